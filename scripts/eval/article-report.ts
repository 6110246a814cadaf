/** Sums page outcomes per corpus and prints the side-by-side table. */
import { median, type Prf, percentile, prfFromCounts } from './score-text';

export interface PageOutcome {
  ms: number;
  /** undefined where the gold has no answer. */
  isArticle?: boolean;
  title?: boolean;
  byline?: boolean;
  date?: boolean;
  contentStart?: boolean;
  body?: Prf;
  included?: boolean[];
  excluded?: boolean[];
}

export interface SideSummary {
  pages: number;
  errors: number;
  title: Rate;
  byline: Rate;
  date: Rate;
  isArticle: Rate;
  contentStart: Rate;
  snippetsIncluded: Rate;
  furnitureExcluded: Rate;
  bodyPages: number;
  bodyMeanP: number;
  bodyMeanR: number;
  bodyMeanF1: number;
  bodyMicro: Prf;
  msMedian: number;
  msP95: number;
}

interface Rate {
  hits: number;
  total: number;
}

/** The extractors scored side by side, in column order. */
export const EXTRACTORS = ['newsmark', 'readability', 'defuddle'] as const;
export type Extractor = (typeof EXTRACTORS)[number];

export type Summary = Record<string, Record<Extractor, SideSummary>>;

function rate(values: (boolean | undefined)[]): Rate {
  const known = values.filter((v): v is boolean => v !== undefined);
  return { hits: known.filter(Boolean).length, total: known.length };
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function side(outcomes: (PageOutcome | null)[]): SideSummary {
  const ok = outcomes.filter((o): o is PageOutcome => o !== null);
  const bodies = ok.map((o) => o.body).filter((b): b is Prf => !!b);
  const sum = (k: 'common' | 'found' | 'gold'): number => bodies.reduce((a, b) => a + b[k], 0);
  const ms = ok.map((o) => o.ms);
  return {
    pages: outcomes.length,
    errors: outcomes.length - ok.length,
    title: rate(ok.map((o) => o.title)),
    byline: rate(ok.map((o) => o.byline)),
    date: rate(ok.map((o) => o.date)),
    isArticle: rate(ok.map((o) => o.isArticle)),
    contentStart: rate(ok.map((o) => o.contentStart)),
    snippetsIncluded: rate(ok.flatMap((o) => o.included ?? [])),
    furnitureExcluded: rate(ok.flatMap((o) => o.excluded ?? [])),
    bodyPages: bodies.length,
    bodyMeanP: mean(bodies.map((b) => b.precision)),
    bodyMeanR: mean(bodies.map((b) => b.recall)),
    bodyMeanF1: mean(bodies.map((b) => b.f1)),
    bodyMicro: prfFromCounts(sum('common'), sum('found'), sum('gold')),
    msMedian: median(ms),
    msP95: percentile(ms, 0.95),
  };
}

export function summarise(
  results: { page: { corpus: string }; outcomes: Record<Extractor, PageOutcome | null> }[],
): Summary {
  const corpora = [...new Set(results.map((r) => r.page.corpus)), 'ALL'];
  const summary: Summary = {};
  for (const corpus of corpora) {
    const rows = results.filter((r) => corpus === 'ALL' || r.page.corpus === corpus);
    const sides = EXTRACTORS.map((name) => [name, side(rows.map((r) => r.outcomes[name]))] as const);
    summary[corpus] = Object.fromEntries(sides) as Record<Extractor, SideSummary>;
  }
  return summary;
}

const fmtRate = (r: Rate): string =>
  r.total ? `${(r.hits / r.total).toFixed(3)} (${r.hits}/${r.total})` : '-';
const fmt3 = (x: number, n: number): string => (n ? x.toFixed(3) : '-');

export function printReport(summary: Summary): void {
  const rows: [string, (s: SideSummary) => string][] = [
    ['pages / errors', (s) => `${s.pages} / ${s.errors}`],
    ['title accuracy', (s) => fmtRate(s.title)],
    ['byline accuracy', (s) => fmtRate(s.byline)],
    ['date accuracy (day)', (s) => fmtRate(s.date)],
    ['isArticle accuracy', (s) => fmtRate(s.isArticle)],
    ['content start found', (s) => fmtRate(s.contentStart)],
    ['body P mean', (s) => fmt3(s.bodyMeanP, s.bodyPages)],
    ['body R mean', (s) => fmt3(s.bodyMeanR, s.bodyPages)],
    ['body F1 mean (per page)', (s) => fmt3(s.bodyMeanF1, s.bodyPages)],
    ['body F1 micro', (s) => fmt3(s.bodyMicro.f1, s.bodyPages)],
    ['snippets included', (s) => fmtRate(s.snippetsIncluded)],
    ['furniture excluded', (s) => fmtRate(s.furnitureExcluded)],
    ['ms/page median', (s) => s.msMedian.toFixed(2)],
    ['ms/page p95', (s) => s.msP95.toFixed(2)],
  ];
  // An extractor that was not run (Defuddle without --defuddle) has no column.
  const ran = EXTRACTORS.filter((name) => {
    const all = summary.ALL?.[name];
    return all !== undefined && all.errors < all.pages;
  });
  for (const [corpus, sides] of Object.entries(summary)) {
    console.log(`\n${corpus}`.padEnd(30) + ran.map((name) => name.padEnd(20)).join(''));
    for (const [label, get] of rows)
      console.log(`  ${label.padEnd(27)}${ran.map((name) => get(sides[name]).padEnd(20)).join('')}`);
  }
  console.log(
    '\nNormalisation: NFC, lower-case, tokens = letter/digit runs (Han/Kana one per character); body = bag of words;' +
      '\ntitle exact after punctuation strip + whitespace fold (gold entities decoded); date = calendar day as written' +
      '\n(a UTC gold instant: any day some time zone gives it); byline: one holds the other\'s whole name ("by"/"theo" dropped);' +
      '\ngold titles also match without one separator-delimited part at an end (a site name, which Newsmark drops);' +
      "\ncontent start: the gold's first words (less their first third) in the text, spaces ignored." +
      '\nBody: the text of the blocks found, whatever the isArticle verdict (scored separately).' +
      '\nTime: findArticle + buildTextModel vs Readability.parse on a clone (jsdom parse and cloning excluded)' +
      '\nvs Defuddle on the page (its own internal clone included); Defuddle gives no isArticle verdict.' +
      (ran.includes('defuddle') ? '' : '\nDefuddle was not run: add --defuddle (about a second a page).'),
  );
}
