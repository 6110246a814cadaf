/**
 * `tsx scripts/eval/directive-scorer/learn.ts [--write] [--with-rule]` (run from the repository
 * root): trains the learned directive scorer (logistic regression per language over the feature
 * kinds of featurize.ts) on the seed and entities-dev gold, reports 5-fold cross-validated P/R/F1
 * (folds by page) of the rules alone, of the scorer alone and of the rules overruled by the scorer
 * at each threshold pair, picks the thresholds by CV F1, and with --write saves the full-data
 * weights as weights.ts beside this file. Scored per sentence (optional sentences ignored; gold
 * that no sentence matches counts as a miss), which reproduces the eval's dev directive counts.
 *
 * Not wired into the engine: see README.md here for what it was measured at on the check set.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Row, type Trained, trainLogistic } from './logistic-train';
import { collectRows, type PageRows, type SentenceRow } from './rows';
import { decideAt, directiveProbability } from './scorer';

const FOLDS = 5;
const ACCEPT = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2];
const DROP = [0, 0.05, 0.1, 0.2, 0.3];

/** A row's features, with the rules' decision as one more when training `--with-rule`. */
function withFeatures(r: SentenceRow, withRule: boolean): string[] {
  return withRule && r.rule ? [...r.features!, 'rule'] : r.features!;
}

/** Training rows: sentences with a cue, optional ones left out. */
const toRows = (rows: SentenceRow[], withRule: boolean): Row[] =>
  rows.flatMap((r) =>
    r.features && r.label !== 'O'
      ? [{ features: withFeatures(r, withRule), label: r.label === 'G' ? 1 : 0 }]
      : [],
  );

interface Scored {
  row: SentenceRow;
  p: number | null;
}

/** Counts of the rules overruled at (accept, drop); `alone`: the scorer's own p > 0.5, without the rules. */
function counts(scored: Scored[], unmatched: number, accept: number, drop: number, alone = false) {
  let tp = 0;
  let fp = 0;
  let fn = unmatched;
  for (const { row, p } of scored) {
    if (row.label === 'O') continue;
    const yes = alone
      ? p !== null && p > 0.5
      : decideAt({ acceptAbove: accept, dropBelow: drop }, p, row.rule);
    if (yes && row.label === 'G') tp++;
    else if (yes) fp++;
    else if (row.label === 'G') fn++;
  }
  const pr = tp / Math.max(1, tp + fp);
  const rc = tp / Math.max(1, tp + fn);
  return { tp, fp, fn, p: pr, r: rc, f1: pr + rc ? (2 * pr * rc) / (pr + rc) : 0 };
}

const fmt = (c: ReturnType<typeof counts>) =>
  `P ${c.p.toFixed(3)} R ${c.r.toFixed(3)} F1 ${c.f1.toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;

/** Held-out probabilities: each page scored by a model trained on the other folds' pages. */
function crossValidate(pages: PageRows[], withRule: boolean): Scored[] {
  const out: Scored[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = pages.filter((_, i) => i % FOLDS !== k).flatMap((p) => p.rows);
    const model = trainLogistic(toRows(train, withRule));
    for (const page of pages.filter((_, i) => i % FOLDS === k))
      for (const row of page.rows)
        out.push({ row, p: row.features ? directiveProbability(model, withFeatures(row, withRule)) : null });
  }
  return out;
}

async function main(): Promise<void> {
  const withRule = process.argv.includes('--with-rule');
  const all = await collectRows(join(process.cwd(), '..', 'shared'));
  const shipped: Record<string, Trained & { acceptAbove: number; dropBelow: number }> = {};
  for (const lang of ['vi', 'en']) {
    const pages = all.filter((p) => p.lang === lang);
    const unmatched = pages.reduce((a, p) => a + p.unmatchedGold, 0);
    const scored = crossValidate(pages, withRule);
    const rules = counts(scored, unmatched, 2, 0);
    console.log(
      `\n${lang}: ${pages.length} pages, ${
        toRows(
          pages.flatMap((p) => p.rows),
          false,
        ).length
      } cue sentences`,
    );
    console.log(`  rules alone            ${fmt(rules)}`);
    console.log(`  scorer alone (p>0.5)   ${fmt(counts(scored, unmatched, 0, 0, true))}`);
    let best = { accept: 2, drop: 0, c: rules };
    for (const accept of ACCEPT)
      for (const drop of DROP) {
        const c = counts(scored, unmatched, accept, drop);
        if (accept <= 1 || drop > 0) console.log(`  accept>${accept} drop<${drop}`.padEnd(25) + fmt(c));
        if (c.f1 > best.c.f1 + 1e-9) best = { accept, drop, c };
      }
    console.log(`  best by CV: accept>${best.accept} drop<${best.drop}: ${fmt(best.c)}`);
    const model = trainLogistic(
      toRows(
        pages.flatMap((p) => p.rows),
        withRule,
      ),
    );
    shipped[lang] = { ...model, acceptAbove: best.accept, dropBelow: best.drop };
  }
  if (process.argv.includes('--write')) writeWeights(shipped);
}

function writeWeights(models: Record<string, unknown>): void {
  const path = join(import.meta.dirname, 'weights.ts');
  const body = JSON.stringify(models, null, 1);
  writeFileSync(
    path,
    `// Generated by scripts/eval/directive-scorer/learn.ts --write from the seed and entities-dev gold: do not edit.\n` +
      `import type { DirectiveModel } from './scorer';\n\n` +
      `export const DIRECTIVE_MODELS: Readonly<Record<string, DirectiveModel>> = ${body};\n`,
  );
  console.log(`wrote ${path}`);
}

void main();
