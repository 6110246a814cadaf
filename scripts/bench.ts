/**
 * `npm run bench`: the analyzers' throughput on the corpus article texts. Texts are extracted
 * once with the engine; then `analyze` alone is timed (warm, several rounds, one core).
 * Targets: ≥ 20 MB/s of article text for all three analyzers, < 2 ms for the seed article.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/engine/analyze/analyze';
import type { AnalyzerInput } from '../src/engine/types';
import { benchInputs } from './lib/bench-inputs';

const TARGET_MBPS = 20;
const TARGET_SEED_MS = 2;
const shared = resolve(process.env.NEWSMARK_SHARED ?? resolve(import.meta.dirname, '../../shared'));

interface Timing {
  best: number;
  median: number;
  /** Median CPU time of this process per round (user + system): what one core spends, whatever the load. */
  cpu: number;
  rounds: number;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;

/** Times `work` in rounds (warm, at least `minMs` and 5 rounds): best and median wall ms, median CPU ms. */
function time(work: () => void, minMs: number): Timing {
  // Warm up until the optimising compiler has caught up: on a loaded machine its background
  // thread lags, and one round would leave the timed rounds running unoptimised code.
  const warm = performance.now();
  for (let k = 0; k < 3 || performance.now() - warm < minMs / 2; k++) work();
  const wall: number[] = [];
  const cpu: number[] = [];
  const t0 = performance.now();
  while (performance.now() - t0 < minMs || wall.length < 5) {
    const t = performance.now();
    const c = cpuMs();
    work();
    cpu.push(cpuMs() - c);
    wall.push(performance.now() - t);
  }
  return { best: Math.min(...wall), median: median(wall), cpu: median(cpu), rounds: wall.length };
}

// The machine is shared: a trivial pass over the same text (one regex over every word) is timed
// alongside, so "analyze costs N word passes" stays comparable when the load changes.
const WORD = /[\p{L}\p{N}]+/gu;
function baselinePass(inputs: AnalyzerInput[]): number {
  let n = 0;
  for (const input of inputs) for (const _ of input.text.matchAll(WORD)) n++;
  return n;
}

async function main(): Promise<void> {
  if (!existsSync(shared)) {
    console.log(`bench: no shared folder at ${shared}; set NEWSMARK_SHARED.`);
    return;
  }
  const inputs = await benchInputs(shared, process.argv.includes('--fresh'));
  const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text, 'utf8'), 0);
  const minMs = Number(process.argv.find((a) => a.startsWith('--ms='))?.slice(5) ?? 3000);
  const all = time(() => {
    for (const input of inputs) analyze(input);
  }, minMs);
  const base = time(() => baselinePass(inputs), minMs / 3);
  const seed = inputs[0]!;
  const seedTime = time(() => analyze(seed), minMs / 4);
  const mbps = (ms: number) => bytes / 1e6 / (ms / 1000);
  const vi = inputs.filter((i) => i.lang === 'vi');
  console.log(
    `bench: ${inputs.length} article texts (${vi.length} vi), ${(bytes / 1e6).toFixed(2)} MB, ${all.rounds} rounds`,
  );
  console.log(
    `  all analyzers: best ${mbps(all.best).toFixed(1)} MB/s, median ${mbps(all.median).toFixed(1)} MB/s wall; ${mbps(all.cpu).toFixed(1)} MB/s per CPU second (target ${TARGET_MBPS})`,
  );
  console.log(
    `  word-regex baseline: best ${mbps(base.best).toFixed(1)} MB/s; analyze costs ${(all.best / base.best).toFixed(1)} baseline passes (load-robust)`,
  );
  console.log(`  mean per page: ${(all.best / inputs.length).toFixed(3)} ms (best round)`);
  console.log(
    `  seed article: best ${seedTime.best.toFixed(3)} ms, median ${seedTime.median.toFixed(3)} ms (target < ${TARGET_SEED_MS})`,
  );
}

await main();
