/**
 * `npm run eval -- entities [--json] [--quiet] [--page=ID]`: officials / figures / directives
 * scored per the annotation guidelines. The seed and entities-dev pages print per-page misses
 * (they are for tuning); entities-check prints only its summary rows (P/R/F1 per class, per
 * language, issuer accuracy), never a page of it: reading its misses would tune to it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../src/cli/load-document';
import { annotateDocument } from '../../src/engine/annotate';
import { type Counts, type Gold, scoreDirectives, scoreFigures, scoreOfficials } from './entities-score';

export interface PageResult {
  id: string;
  lang: string;
  officials: Counts;
  figures: Counts;
  directives: ReturnType<typeof scoreDirectives>;
}
export interface Page {
  id: string;
  html: string;
  gold: string;
}

export function labelledPages(dir: string): Page[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const id = f.replace('.gold.json', '');
      return { id, html: join(dir, `${id}.html`), gold: join(dir, f) };
    });
}

export function devPages(shared: string): Page[] {
  const seed = join(shared, 'seed');
  const out: Page[] = [];
  if (existsSync(join(seed, 'seed-article.gold.json')))
    out.push({
      id: 'seed',
      html: join(seed, 'seed-article.html'),
      gold: join(seed, 'seed-article.gold.json'),
    });
  return [...out, ...labelledPages(join(shared, 'corpus', 'entities-dev'))];
}

const prf = (c: { tp: number; fp: number; fn: number }) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const sum = (list: Counts[]) =>
  list.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
const f3 = (n: number) => n.toFixed(3);
const classes = ['officials', 'figures', 'directives'] as const;

/** What an engine run (or a painted page) shows of the three classes. */
export interface Found {
  officials: string[];
  figures: string[];
  directives: Array<{ text: string; issuer: string | null }>;
}

/** The CLI's view: the engine on the page's HTML, as `npm run annotate` prints it. */
export async function engineFound(
  html: string,
): Promise<Found & { lang: string | null; officialTexts: string[] }> {
  const { annotations, article } = annotateDocument(await loadDocument(html));
  return {
    lang: article.lang ?? null,
    officialTexts: annotations.flatMap((a) => (a.kind === 'official' ? [a.text] : [])),
    officials: annotations.flatMap((a) => (a.kind === 'official' ? [a.name] : [])),
    figures: annotations.flatMap((a) => (a.kind === 'figure' ? [a.text] : [])),
    directives: annotations.flatMap((a) =>
      a.kind === 'directive' ? [{ text: a.text, issuer: a.issuer }] : [],
    ),
  };
}

/** One page scored; its language from the id prefix (vi-, en-), else the detected one. */
export function scorePage(page: Page, found: Found, detected: string | null): PageResult {
  const gold = JSON.parse(readFileSync(page.gold, 'utf8')) as Gold;
  const idLang = /^(vi|en)-/u.exec(page.id)?.[1];
  return {
    id: page.id,
    lang: idLang ?? (page.id === 'seed' ? 'vi' : (detected ?? 'other')),
    officials: scoreOfficials(found.officials, gold),
    figures: scoreFigures(found.figures, gold),
    directives: scoreDirectives(found.directives, gold),
  };
}

async function scorePages(list: Page[], only?: string): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const page of list) {
    if (only && !page.id.includes(only)) continue;
    const found = await engineFound(page.html);
    results.push(scorePage(page, found, found.lang));
  }
  return results;
}

/** P/R/F1 per class and issuer accuracy over a set of page results. */
function summarise(results: PageResult[]) {
  const table = Object.fromEntries(
    classes.map((k) => {
      const counts = sum(results.map((r) => r[k]));
      return [k, { ...counts, ...prf(counts) }];
    }),
  ) as Record<
    (typeof classes)[number],
    { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
  >;
  const issuerChecked = results.reduce((a, r) => a + r.directives.issuerChecked, 0);
  const issuerRight = results.reduce((a, r) => a + r.directives.issuerRight, 0);
  return {
    pages: results.length,
    table,
    issuerChecked,
    issuerRight,
    issuer: issuerChecked ? issuerRight / issuerChecked : 1,
  };
}

export function printSummary(name: string, results: PageResult[]): void {
  const groups: Array<[string, PageResult[]]> = [['all', results]];
  for (const lang of ['vi', 'en']) groups.push([lang, results.filter((r) => r.lang === lang)]);
  console.log(`\n${name}: ${results.length} pages`);
  console.log('set  class        P      R      F1     tp  fp  fn');
  for (const [label, group] of groups) {
    if (!group.length) continue;
    const s = summarise(group);
    for (const k of classes) {
      const t = s.table[k];
      console.log(
        `${label.padEnd(4)} ${k.padEnd(11)} ${f3(t.precision)}  ${f3(t.recall)}  ${f3(t.f1)}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`,
      );
    }
    console.log(
      `${label.padEnd(4)} issuer      ${f3(s.issuer)} (${s.issuerRight}/${s.issuerChecked}) over ${group.length} pages`,
    );
  }
}

export function printMisses(results: PageResult[]): void {
  for (const r of results) {
    const lines: string[] = [];
    for (const k of classes) {
      for (const m of r[k].misses) lines.push(`  miss ${k}: ${m}`);
      for (const f of r[k].falsePositives) lines.push(`  fp   ${k}: ${f}`);
    }
    for (const w of r.directives.issuerWrong) lines.push(`  issuer: ${w}`);
    if (lines.length) console.log(`${r.id}\n${lines.join('\n')}`);
  }
}

export async function runEntityEval(shared: string, args: string[]): Promise<void> {
  const only = args.find((a) => a.startsWith('--page='))?.slice(7);
  const dev = await scorePages(devPages(shared), only);
  // The check set is scored whole or not at all: a --page filter never reaches it.
  const check = only ? [] : await scorePages(labelledPages(join(shared, 'corpus', 'entities-check')));
  if (args.includes('--json')) {
    const langs = (rs: PageResult[]) =>
      Object.fromEntries(
        ['all', 'vi', 'en'].map((l) => [l, summarise(l === 'all' ? rs : rs.filter((r) => r.lang === l))]),
      );
    console.log(JSON.stringify({ dev: { ...langs(dev), results: dev }, check: langs(check) }, null, 2));
    return;
  }
  if (!args.includes('--quiet')) printMisses(dev);
  printSummary('entities-dev (seed + entities-dev)', dev);
  if (check.length) printSummary('entities-check (aggregate only)', check);
}
