/**
 * `tsx scripts/perf-ab.ts DIR [--ms=N] [--stage=analyze|tokenize] [--lang=vi]`: the analyzers of another copy
 * of the tree (DIR, e.g. a `git archive` of the base commit) against this one's, in one process,
 * passes alternated A B A B over every bench text. On a shared machine whose speed drifts from
 * minute to minute, alternating in one process compares the two at the same moments; the medians
 * of CPU ms per pass, their ratio, the median of each pair's ratio and the ratio of
 * the fastest passes (the least disturbed by other processes) are printed.
 *
 * Unexplained (perf15, load 3-12 on 2 cores): two identical copies gave B/A 1.01, but trees whose
 * valgrind counts agreed within 2% and whose benches could not be told apart gave B/A 1.66-1.97,
 * and with the two trees swapped the changed one still came out slower by 9%. A run of the same
 * pair loaded both dynamically showed the tree imported second slower whichever it was (1.04 and
 * 1.06 on the fastest passes). Count instructions too before believing a ratio past ~1.1.
 *
 * The analyze stage is bimodal (perf17, load 3-8): two identical copies gave B/A 1.01-1.03 in
 * three runs and 1.30 in a fourth; a faster tree gave 0.94 three times and 1.22-1.26 three
 * times. Run it several times and read the runs that agree; a single ratio near 1.25 says
 * nothing. `--lang` runs only one language's texts (a pack's change shows larger there).
 */
import { resolve } from 'node:path';
import { analyze } from '../src/engine/analyze/analyze';
import { tokenize } from '../src/engine/text/words';
import type { AnalyzerInput } from '../src/engine/types';
import { benchInputs } from './lib/bench-inputs';

const shared = resolve(process.env.NEWSMARK_SHARED ?? resolve(import.meta.dirname, '../../shared'));
const other = process.argv[2];
if (!other) throw new Error('perf-ab: pass the directory of the other tree');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const minMs = Number(arg('ms') ?? 10000);
const stage = arg('stage') ?? 'analyze';

type Run = (input: AnalyzerInput) => unknown;
const load = async (dir: string): Promise<Run> => {
  if (stage === 'tokenize') {
    // Trees before perf19 filled a second array of the lower-cased words when given one, as analyze did.
    const m: { tokenize: (text: string, lowerOut?: string[]) => unknown } = await import(
      resolve(dir, 'src/engine/text/words.ts')
    );
    return (input) => m.tokenize(input.text, []);
  }
  const m: { analyze: typeof analyze } = await import(resolve(dir, 'src/engine/analyze/analyze.ts'));
  return m.analyze;
};
const a = await load(other);
const b: Run = stage === 'tokenize' ? (input) => tokenize(input.text) : analyze;

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;

// `--lang=vi`: only the texts of one language (a change to one pack shows larger against its own texts).
const lang = arg('lang');
const inputs = (await benchInputs(shared)).filter((i) => !lang || i.lang.startsWith(lang));
const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text, 'utf8'), 0);
const pass = (run: Run): number => {
  const c = cpuMs();
  for (const input of inputs) run(input);
  return cpuMs() - c;
};
for (let k = 0; k < 5; k++) {
  pass(a);
  pass(b);
}
const ta: number[] = [];
const tb: number[] = [];
const t0 = performance.now();
// A B, then B A: whichever runs second in a pair meets the first's garbage, so the order alternates.
while (performance.now() - t0 < minMs || ta.length < 7) {
  if (ta.length % 2 === 0) {
    ta.push(pass(a));
    tb.push(pass(b));
  } else {
    tb.push(pass(b));
    ta.push(pass(a));
  }
}
const ratios = ta.map((x, k) => tb[k]! / x);
const mbps = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
const ma = median(ta);
const mb = median(tb);
console.log(
  `perf-ab ${stage}: ${ta.length} pass pairs; A ${ma.toFixed(1)} ms (${mbps(ma)} MB/s per CPU s), B ${mb.toFixed(1)} ms (${mbps(mb)} MB/s per CPU s), B/A ${(mb / ma).toFixed(3)}; median of pair ratios ${median(ratios).toFixed(3)}; fastest passes B/A ${(Math.min(...tb) / Math.min(...ta)).toFixed(3)}`,
);
