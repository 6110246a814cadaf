/** Reads the corpora under ../shared into one list of pages with whatever truth each corpus has. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../src/cli/load-document';

export interface ArticleGold {
  isArticle?: boolean;
  title?: string;
  /** The gold gives only the title's beginning. */
  titleIsPrefix?: boolean;
  byline?: string;
  published?: string;
  /** The gold date is a UTC instant (Mercury): the page's own day may be one either side of it. */
  publishedIsUtc?: boolean;
  /** The first words of the body (Mercury): must be in the extracted text. */
  contentStart?: string;
  /** Full article body text. */
  body?: string;
  /** Body is HTML (Readability's expected.html) and needs its text read first. */
  bodyHtml?: string;
  /** Snippets that must be in the text (compared case-insensitively after normalisation). */
  mustInclude?: string[];
  mustExclude?: string[];
}

export interface EvalPage {
  corpus: string;
  id: string;
  file: string;
  url: string;
  gold: ArticleGold;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Minimal CSV reader (quoted fields with doubled quotes), enough for manifest.csv. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

function readabilityPages(dir: string): EvalPage[] {
  const [header, ...rows] = parseCsv(readFileSync(join(dir, 'manifest.csv'), 'utf8'));
  const col = (name: string): number => header!.indexOf(name);
  return rows
    .filter((r) => r.length > 1 && existsSync(join(dir, r[col('dir')]!, 'source.html')))
    .map((r) => {
      const id = r[col('dir')]!;
      const meta = readJson(join(dir, id, 'expected-metadata.json')) as Record<string, string | null>;
      const kind = r[col('kind')] ?? '';
      return {
        corpus: 'readability',
        id,
        file: join(dir, id, 'source.html'),
        url: `http://fakehost/test/${id}/`,
        gold: {
          // Only the news pages are surely articles; blogs, docs and unit pages are left out of isArticle.
          isArticle: kind === 'news-outlet-article' ? true : undefined,
          title: meta.title ?? undefined,
          byline: meta.byline ?? undefined,
          published: meta.publishedTime ?? undefined,
          bodyHtml: readFileSync(join(dir, id, 'expected.html'), 'utf8'),
        },
      };
    });
}

function aebPages(dir: string): EvalPage[] {
  const truth = readJson(join(dir, 'ground-truth.json')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth)
    .filter(([id]) => existsSync(join(dir, 'html', `${id}.html`)))
    .map(([id, t]) => ({
      corpus: 'aeb-dev',
      id: id.slice(0, 12),
      file: join(dir, 'html', `${id}.html`),
      url: t.url,
      gold: { isArticle: true, body: t.articleBody },
    }));
}

interface ViTruth {
  url?: string;
  title?: string;
  title_startswith?: string;
  published_at?: string;
  content_contains?: string[];
  content_contains_lower?: string[];
}

function viPages(dir: string): EvalPage[] {
  const truth = readJson(join(dir, 'ground-truth.json')) as {
    file: string;
    ground_truth_from_tests?: ViTruth;
  }[];
  const pages: EvalPage[] = truth.map((entry) => {
    const t = entry.ground_truth_from_tests ?? {};
    return {
      corpus: 'vi-pages',
      id: entry.file.replace(/^articles\//, '').replace(/\.html$/, ''),
      file: join(dir, entry.file),
      url: t.url ?? 'about:blank',
      gold: {
        isArticle: true,
        title: t.title ?? t.title_startswith,
        titleIsPrefix: !t.title && !!t.title_startswith,
        published: t.published_at,
        mustInclude: [...(t.content_contains ?? []), ...(t.content_contains_lower ?? [])],
      },
    };
  });
  for (const name of readdirSync(join(dir, 'list-pages'))
    .filter((f) => f.endsWith('.html'))
    .sort())
    pages.push({
      corpus: 'vi-pages',
      id: `list:${name.replace(/\.html$/, '')}`,
      file: join(dir, 'list-pages', name),
      url: 'about:blank',
      gold: { isArticle: false },
    });
  return pages;
}

interface SeedGold {
  file: string;
  article: { title: string; byline: string; published: string; mustInclude: string[]; mustExclude: string[] };
}

function seedPages(dir: string): EvalPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => {
      const gold = readJson(join(dir, f)) as SeedGold;
      const a = gold.article;
      return {
        corpus: 'seed',
        id: gold.file.replace(/\.html$/, ''),
        file: join(dir, gold.file),
        url: 'about:blank',
        gold: {
          isArticle: true,
          title: a.title,
          byline: a.byline,
          published: a.published,
          mustInclude: a.mustInclude,
          mustExclude: a.mustExclude,
        },
      };
    });
}

interface MercuryTruth {
  fixture: string;
  url: string;
  title?: string;
  author?: string;
  date_published?: string;
  content_start?: string;
}

/** Mercury Parser's fixtures: title, author, date (a UTC instant) and the body's first words. */
function mercuryPages(dir: string): EvalPage[] {
  const truth = readJson(join(dir, 'ground-truth.json')) as MercuryTruth[];
  return truth
    .filter((t) => existsSync(join(dir, t.fixture)))
    .map((t) => ({
      corpus: 'mercury-dev',
      id: t.fixture.replace(/^fixtures\//, '').replace(/\.html$/, ''),
      file: join(dir, t.fixture),
      url: t.url,
      gold: {
        title: t.title || undefined,
        byline: t.author || undefined,
        published: t.date_published || undefined,
        publishedIsUtc: true,
        contentStart: t.content_start || undefined,
      },
    }));
}

interface TrafilaturaTruth {
  file: string;
  with?: string[];
  without?: string[];
  title?: string;
  author?: string;
  date?: string;
}

/** trafilatura's English evaluation pages: title, author, day, and snippets in / out of the body. */
function trafilaturaPages(dir: string): EvalPage[] {
  const truth = readJson(join(dir, 'evaldata-en.json')) as Record<string, TrafilaturaTruth>;
  return Object.entries(truth)
    .filter(([, t]) => existsSync(join(dir, 'html', t.file)))
    .map(([url, t]) => ({
      corpus: 'trafilatura',
      id: t.file.replace(/\.html?$/, ''),
      file: join(dir, 'html', t.file),
      url: /^https?:/.test(url) ? url : 'about:blank',
      gold: {
        title: t.title || undefined,
        byline: t.author || undefined,
        published: t.date || undefined,
        mustInclude: t.with ?? [],
        mustExclude: t.without ?? [],
      },
    }));
}

export function loadEvalPages(shared: string): EvalPage[] {
  const corpus = join(shared, 'corpus');
  const sources: [string, (dir: string) => EvalPage[]][] = [
    [join(corpus, 'readability'), readabilityPages],
    [join(corpus, 'aeb-dev'), aebPages],
    [join(corpus, 'mercury-dev'), mercuryPages],
    [join(corpus, 'trafilatura-en-dev'), trafilaturaPages],
    [join(corpus, 'vi-pages'), viPages],
    [join(shared, 'seed'), seedPages],
  ];
  return sources.flatMap(([dir, read]) => (existsSync(dir) ? read(dir) : []));
}

/**
 * jsdom's CSS parser throws on some pages' stylesheets (SCSS left in a <style>); browsers just ignore
 * such rules. Every extractor (and the dump) then gets the page without its <style> elements, which carry no text.
 */
export function parsePage(html: string, url: string): Document {
  try {
    return parseHtml(html, url);
  } catch {
    return parseHtml(html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ''), url);
  }
}
