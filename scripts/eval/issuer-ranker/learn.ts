/**
 * `npx tsx scripts/eval/issuer-ranker/learn.ts [--errors]`: candidate coverage and 5-fold CV (by
 * page) of the issuer ranker on seed + entities-dev: rules alone, ranker alone, and "rules unless
 * the ranker is confident" with its margin chosen by an inner CV on the training folds only.
 */
import { join } from 'node:path';
import { type Row, type Trained, trainLogistic } from '../directive-scorer/logistic-train';
import { collectGroups, type Group } from './rows';

const SHARED = join(process.cwd(), '..', 'shared');
const MARGINS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, Number.POSITIVE_INFINITY];

/** --blind: the ranker never sees which candidate the rules chose (what the kinds alone can do). */
const BLIND = process.argv.includes('--blind');
const RULE_KIND = /(?:^|[|&])(?:src:rule|rule:|not-rule|rk-)/u;
const visible = (f: Iterable<string>): string[] => [...f].filter((k) => !BLIND || !RULE_KIND.test(k));

const prob = (m: Trained, f: Iterable<string>): number => {
  let z = m.bias;
  for (const k of visible(f)) z += m.weights[k] ?? 0;
  return 1 / (1 + Math.exp(-z));
};

function train(groups: Group[], lang: string | null): Trained {
  const rows: Row[] = groups.flatMap((g) =>
    g.candidates.map((c) => ({
      features: visible(c.features).filter((f) => !lang || !f.includes('|')),
      label: c.right ? 1 : 0,
    })),
  );
  return trainLogistic(rows, { l2: Number(process.env.ISSUER_L2 ?? 0.01) });
}

/** The pick under a margin: the ranker's top candidate when it beats the rules' answer by more than `margin`. */
function pick(m: Trained, g: Group, margin: number): boolean {
  const scored = g.candidates.map((c) => ({ c, p: prob(m, c.features) }));
  const rule = scored.find((s) => s.c.features.has('src:rule'));
  let top = rule ?? scored[0];
  for (const s of scored) if (!top || s.p > top.p) top = s;
  if (!top) return false;
  if (rule && top !== rule && top.p - rule.p <= margin) return rule.c.right;
  if (!rule && g.rule === null && top.p <= margin) return false;
  return top.c.right;
}

const folds = (groups: Group[], k: number): Group[][] => {
  const pages = [...new Set(groups.map((g) => g.page))].sort();
  const fold = new Map(pages.map((p, i) => [p, i % k]));
  return Array.from({ length: k }, (_, i) => groups.filter((g) => fold.get(g.page) === i));
};

/** Held-out accuracy for every margin: train on k-1 folds, score the left-out one. */
function cvByMargin(groups: Group[], k: number, swaps?: Array<[number, number]>): number[] {
  const fs = folds(groups, k);
  const right = MARGINS.map(() => 0);
  for (let i = 0; i < k; i++) {
    const m = train(fs.filter((_, j) => j !== i).flat(), null);
    for (const g of fs[i]!)
      MARGINS.forEach((t, x) => {
        const ok = pick(m, g, t);
        right[x]! += ok ? 1 : 0;
        // Fixed (rules wrong, pick right) and broken (rules right, pick wrong).
        if (swaps && ok !== g.ruleRight) swaps[x]![ok ? 0 : 1]++;
      });
  }
  return right;
}

/** Outer CV; each fold's margin is the best by a 4-fold CV inside its own training folds. */
function nested(groups: Group[]): { right: number; margins: number[] } {
  const fs = folds(groups, 5);
  let right = 0;
  const margins: number[] = [];
  for (let i = 0; i < 5; i++) {
    const trainSet = fs.filter((_, j) => j !== i).flat();
    const inner = cvByMargin(trainSet, 4);
    const best = inner.indexOf(Math.max(...inner));
    margins.push(MARGINS[best]!);
    const m = train(trainSet, null);
    for (const g of fs[i]!) right += pick(m, g, MARGINS[best]!) ? 1 : 0;
  }
  return { right, margins };
}

async function main(): Promise<void> {
  const all = await collectGroups(SHARED);
  const pct = (a: number, b: number) => `${(a / Math.max(1, b)).toFixed(3)} (${a}/${b})`;
  for (const lang of ['all', 'vi', 'en'] as const) {
    const gs = lang === 'all' ? all : all.filter((g) => g.lang === lang);
    const ruleRight = gs.filter((g) => g.ruleRight).length;
    const covered = gs.filter((g) => g.candidates.some((c) => c.right)).length;
    const wrong = gs.filter((g) => !g.ruleRight);
    const wrongCovered = wrong.filter((g) => g.candidates.some((c) => c.right)).length;
    const mean = gs.reduce((a, g) => a + g.candidates.length, 0) / Math.max(1, gs.length);
    console.log(
      `${lang.padEnd(3)} rules ${pct(ruleRight, gs.length)}  coverage ${pct(covered, gs.length)}  ` +
        `rule errors with gold among candidates ${wrongCovered}/${wrong.length}  candidates/directive ${mean.toFixed(1)}`,
    );
  }
  // Per source: how often a candidate it gives is the gold issuer, overall and on the rules' errors.
  const SOURCES = [
    'src:rule',
    'src:prev',
    'off:d0',
    'off:d1',
    'off:d2',
    'off:d3',
    'src:body',
    'art:main',
    'art:first-official',
    'int:subject',
    'int:closing',
    'int:quoted',
    'int:last-authority',
    'int:last-body',
    'int:person',
  ];
  const wrongAll = all.filter((g) => !g.ruleRight);
  const holds = (gs: Group[], src: string) =>
    gs.filter((g) => g.candidates.some((c) => c.right && c.features.has(src))).length;
  const only = (src: string) =>
    wrongAll.filter((g) => {
      const right = g.candidates.filter((c) => c.right);
      return right.length > 0 && right.every((c) => c.features.has(src));
    }).length;
  console.log('source               gives gold (of 231)  on rule errors (of 28)  only source on rule errors');
  for (const src of SOURCES)
    console.log(
      `${src.padEnd(20)} ${String(holds(all, src)).padStart(5)}  ${String(holds(wrongAll, src)).padStart(20)}  ${String(only(src)).padStart(20)}`,
    );
  const kinds = new Map<string, [number, number]>();
  for (const g of all) {
    const k = [...(g.candidates.find((c) => c.features.has('src:rule'))?.features ?? ['rule:null'])].find(
      (f) => f.startsWith('rule:'),
    )!;
    const e = kinds.get(`${g.lang} ${k}`) ?? [0, 0];
    kinds.set(`${g.lang} ${k}`, [e[0] + (g.ruleRight ? 1 : 0), e[1] + 1]);
  }
  console.log(
    `rules right by answer kind: ${[...kinds]
      .sort()
      .map(([k, [r, t]]) => `${k} ${r}/${t}`)
      .join(', ')}`,
  );
  // The ranker is trained on both languages at once (language-crossed kinds let it tell them apart).
  const swaps = MARGINS.map((): [number, number] => [0, 0]);
  const byMargin = cvByMargin(all, 5, swaps);
  console.log(
    `CV by margin (all), right +fixed -broken: ${MARGINS.map((t, x) => `${t}:${byMargin[x]} +${swaps[x]![0]} -${swaps[x]![1]}`).join('  ')}`,
  );
  const n = nested(all);
  console.log(
    `nested CV (margin chosen inside each fold): ${pct(n.right, all.length)} margins ${n.margins.join(',')}`,
  );
  for (const lang of ['vi', 'en'] as const) {
    const gs = all.filter((g) => g.lang === lang);
    const r = cvByMargin(gs, 5);
    console.log(
      `${lang} only, CV by margin: ${MARGINS.map((t, x) => `${t}:${r[x]}`).join('  ')} of ${gs.length}`,
    );
  }
  if (process.argv.includes('--errors'))
    for (const g of all.filter((x) => !x.ruleRight))
      console.log(
        `${g.page}: rule ${g.rule} ≠ ${g.gold}; right: ${
          g.candidates
            .filter((c) => c.right)
            .map((c) => `${c.name} [${[...c.features].filter((f) => !f.includes('|')).join(' ')}]`)
            .join('; ') || '-'
        }`,
      );
}

await main();
