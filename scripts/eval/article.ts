/**
 * `npm run eval -- article [--corpus=name] [--verbose] [--json] [--newsmark-only] [--defuddle]`: scores src/engine/article on every
 * corpus in ../shared/corpus and the seed, side by side with @mozilla/readability (on a clone, since it
 * mutates) and, with --defuddle, Defuddle (on the page itself, last: it reads the live page's styles), run in the same
 * process on the same jsdom documents and scored by the same rules. Normalisation: score-text.ts.
 */
import { readFileSync } from 'node:fs';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { decodeCharRefs } from '../../src/engine/article/char-refs';
import { findArticle } from '../../src/engine/article/find-article';
import { buildTextModel } from '../../src/engine/text/build-text-model';
import { type EvalPage, loadEvalPages, parsePage } from './article-corpora';
import { blockTextOfHtml } from './article-html-text';
import { type Extractor, type PageOutcome, printReport, summarise } from './article-report';
import {
  bodyScore,
  bylineMatches,
  contentStartFound,
  dateMatches,
  normaliseTitle,
  titleMatches,
} from './score-text';

export interface ExtractorOutput {
  /** undefined: the extractor gives no verdict (Defuddle). */
  isArticle?: boolean;
  title: string | null;
  byline: string | null;
  published: string | null;
  text: string;
  ms: number;
}

function runNewsmark(doc: Document): ExtractorOutput {
  const t0 = performance.now();
  const found = findArticle(doc);
  // Body is scored on what the finder extracts, whatever its isArticle verdict (scored on its own),
  // so a wrong verdict is not counted twice; Readability, too, extracts whatever it is given.
  const text = buildTextModel(found.blocks).text;
  const ms = performance.now() - t0;
  return {
    isArticle: found.isArticle,
    title: found.title,
    byline: found.byline,
    published: found.published,
    text,
    ms,
  };
}

function runReadability(doc: Document): ExtractorOutput {
  const clone = doc.cloneNode(true) as Document;
  const isArticle = isProbablyReaderable(doc);
  const t0 = performance.now();
  const parsed = new Readability(clone).parse();
  const ms = performance.now() - t0;
  return {
    isArticle,
    title: parsed?.title ?? null,
    byline: parsed?.byline ?? null,
    published: parsed?.publishedTime ?? null,
    text: parsed?.content ? blockTextOfHtml(parsed.content) : '',
    ms,
  };
}

/** Defuddle without its async extractors (they fetch transcripts and posts from the network). */
async function runDefuddle(doc: Document, url: string): Promise<ExtractorOutput> {
  // It logs each page's broken JSON-LD with a stack trace: noise in the report, not a failure.
  const logError = console.error;
  console.error = () => {};
  const t0 = performance.now();
  const parsed = await Defuddle(doc, url, { useAsync: false }).finally(() => {
    console.error = logError;
  });
  const ms = performance.now() - t0;
  return {
    title: parsed.title || null,
    byline: parsed.author || null,
    published: parsed.published || null,
    text: parsed.content ? blockTextOfHtml(parsed.content) : '',
    ms,
  };
}

function score(page: EvalPage, goldBody: string | null, out: ExtractorOutput): PageOutcome {
  const g = page.gold;
  const haystack = ` ${normaliseTitle(out.text)} `;
  const inText = (snippet: string): boolean =>
    haystack.includes(` ${normaliseTitle(decodeCharRefs(snippet))} `);
  return {
    ms: out.ms,
    isArticle:
      g.isArticle === undefined || out.isArticle === undefined ? undefined : out.isArticle === g.isArticle,
    title: g.title ? titleMatches(out.title, g.title, g.titleIsPrefix) : undefined,
    byline: g.byline ? bylineMatches(out.byline, g.byline) : undefined,
    date: g.published ? dateMatches(out.published, g.published, g.publishedIsUtc) : undefined,
    contentStart: g.contentStart ? contentStartFound(out.text, g.contentStart) : undefined,
    body: goldBody === null ? undefined : bodyScore(out.text, goldBody),
    included: g.mustInclude?.map(inText),
    excluded: g.mustExclude?.map((s) => !inText(s)),
  };
}

export async function runArticleEval(shared: string, args: string[]): Promise<void> {
  const only = args.find((a) => a.startsWith('--corpus='))?.slice('--corpus='.length);
  const verbose = args.includes('--verbose');
  const compare = !args.includes('--newsmark-only');
  // Defuddle takes about a second a page here and its jsdom pages add up to gigabytes over a whole
  // run, so it is scored only when asked for.
  const withDefuddle = compare && args.includes('--defuddle');
  const pages = loadEvalPages(shared).filter((p) => !only || p.corpus === only);
  const results: { page: EvalPage; outcomes: Record<Extractor, PageOutcome | null>; note?: string }[] = [];
  for (const page of pages) {
    const outcomes: Record<Extractor, PageOutcome | null> = {
      newsmark: null,
      readability: null,
      defuddle: null,
    };
    let doc: Document;
    try {
      doc = parsePage(readFileSync(page.file, 'utf8'), page.url);
    } catch (error) {
      const note = `jsdom could not parse: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      results.push({ page, outcomes, note });
      if (verbose) console.log(`${page.corpus.padEnd(12)} ${page.id.padEnd(40)} ${note}`);
      continue;
    }
    const goldBody = page.gold.body ?? (page.gold.bodyHtml ? blockTextOfHtml(page.gold.bodyHtml) : null);
    const notes: string[] = [];
    let oursOut: ExtractorOutput | null = null;
    // Defuddle last: it is given the page itself and may change it.
    const runs: [Extractor, () => ExtractorOutput | Promise<ExtractorOutput>][] = [
      ['newsmark', () => runNewsmark(doc)],
      ['readability', () => runReadability(doc)],
      ['defuddle', () => runDefuddle(doc, page.url)],
    ];
    for (const [name, run] of runs) {
      if (name !== 'newsmark' && !compare) continue;
      if (name === 'defuddle' && !withDefuddle) continue;
      try {
        const out = await run();
        if (name === 'newsmark') oursOut = out;
        outcomes[name] = score(page, goldBody, out);
      } catch (error) {
        notes.push(`${name} error: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const note = notes.length ? notes.join('; ') : undefined;
    results.push({ page, outcomes, note });
    if (verbose) {
      const f = (o: PageOutcome | null): string => (o?.body ? o.body.f1.toFixed(3) : '  -  ');
      const flags = (o: PageOutcome | null): string =>
        [
          o?.isArticle === false ? 'ART' : '',
          o?.title === false ? 'TTL' : '',
          o?.byline === false ? 'BYL' : '',
          o?.date === false ? 'DAT' : '',
          o?.contentStart === false ? 'START' : '',
          o?.included?.includes(false) ? 'INC' : '',
          o?.excluded?.includes(false) ? 'EXC' : '',
        ]
          .filter(Boolean)
          .join(',');
      const ours = outcomes.newsmark;
      console.log(
        `${page.corpus.padEnd(12)} ${page.id.padEnd(40)} F1 ${f(ours)} vs ${f(outcomes.readability)} / ${f(outcomes.defuddle)}  ${flags(ours).padEnd(16)}` +
          (oursOut
            ? ` title=${JSON.stringify(oursOut.title)} date=${oursOut.published} by=${JSON.stringify(oursOut.byline)}`
            : '') +
          (note ? `  ${note}` : ''),
      );
    }
    doc.defaultView?.close();
  }
  const summary = summarise(results);
  if (args.includes('--json')) console.log(JSON.stringify(summary, null, 2));
  else printReport(summary);
}
