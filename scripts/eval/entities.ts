/**
 * `npm run eval -- entities [--json] [--verbose]`: officials / figures / directives scored per the
 * annotation guidelines on the seed page and the labelled entities-dev pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../src/cli/load-document';
import { annotateDocument } from '../../src/engine/annotate';
import { type Counts, type Gold, scoreDirectives, scoreFigures, scoreOfficials } from './entities-score';

interface PageResult {
  id: string;
  officials: Counts;
  figures: Counts;
  directives: ReturnType<typeof scoreDirectives>;
}

function pages(shared: string): Array<{ id: string; html: string; gold: string }> {
  const out: Array<{ id: string; html: string; gold: string }> = [];
  const seed = join(shared, 'seed');
  if (existsSync(join(seed, 'seed-article.gold.json')))
    out.push({
      id: 'seed',
      html: join(seed, 'seed-article.html'),
      gold: join(seed, 'seed-article.gold.json'),
    });
  const dev = join(shared, 'corpus', 'entities-dev');
  if (existsSync(dev))
    for (const f of readdirSync(dev)
      .filter((f) => f.endsWith('.gold.json'))
      .sort()) {
      const id = f.replace('.gold.json', '');
      out.push({ id, html: join(dev, `${id}.html`), gold: join(dev, f) });
    }
  return out;
}

const prf = (c: { tp: number; fp: number; fn: number }) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const sum = (list: Counts[]) =>
  list.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
const f3 = (n: number) => n.toFixed(3);

export async function runEntityEval(shared: string, args: string[]): Promise<void> {
  const results: PageResult[] = [];
  const only = args.find((a) => a.startsWith('--page='))?.slice(7);
  for (const page of pages(shared)) {
    if (only && !page.id.includes(only)) continue;
    const gold = JSON.parse(readFileSync(page.gold, 'utf8')) as Gold;
    const { annotations } = annotateDocument(await loadDocument(page.html));
    const officials = annotations.flatMap((a) => (a.kind === 'official' ? [a.name] : []));
    const figures = annotations.flatMap((a) => (a.kind === 'figure' ? [a.text] : []));
    const directives = annotations.flatMap((a) =>
      a.kind === 'directive' ? [{ text: a.text, issuer: a.issuer }] : [],
    );
    results.push({
      id: page.id,
      officials: scoreOfficials(officials, gold),
      figures: scoreFigures(figures, gold),
      directives: scoreDirectives(directives, gold),
    });
  }
  const classes = ['officials', 'figures', 'directives'] as const;
  const table = Object.fromEntries(
    classes.map((k) => [k, { ...sum(results.map((r) => r[k])), ...prf(sum(results.map((r) => r[k]))) }]),
  );
  const checked = results.reduce((a, r) => a + r.directives.issuerChecked, 0);
  const right = results.reduce((a, r) => a + r.directives.issuerRight, 0);
  const issuerAccuracy = checked ? right / checked : 1;
  if (args.includes('--json')) {
    console.log(JSON.stringify({ pages: results.length, table, issuerAccuracy, results }, null, 2));
    return;
  }
  console.log(`entities: ${results.length} pages`);
  console.log('class        P      R      F1     tp  fp  fn');
  for (const k of classes) {
    const t = table[k]!;
    console.log(
      `${k.padEnd(11)} ${f3(t.precision)}  ${f3(t.recall)}  ${f3(t.f1)}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`,
    );
  }
  console.log(`issuer accuracy ${f3(issuerAccuracy)} (${right}/${checked})`);
  const quiet = args.includes('--quiet');
  if (quiet) return;
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
