/**
 * `tsx scripts/perf-stages.ts [--ms=N] [--lang=en|vi]`: where the analyzers' CPU goes, by stage,
 * over every bench text. Each stage runs alone over all texts (warm, rounds for at least N ms,
 * median CPU ms of this process) with the earlier stages' results precomputed, so a stage's
 * number is its own cost. The stages together should come near `analyze` as a whole (also timed);
 * the rest is the garbage their allocations leave to the next stage.
 *
 * The last rows place what analyze adds to its stages: the stages run text by text, each after
 * the others (as analyze runs them) rather than each over every text, and its own merge and sort.
 */
import { resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { analyze } from '../src/engine/analyze/analyze';
import { findDirectives } from '../src/engine/analyze/directives/find-directives';
import { findFigures } from '../src/engine/analyze/figures/find-figures';
import { groupEntities } from '../src/engine/analyze/officials/entities';
import { findOfficials } from '../src/engine/analyze/officials/find-officials';
import { numberConvention, packFor } from '../src/engine/lang/packs';
import { type Sentence, splitSentences } from '../src/engine/text/sentences';
import { tokenize } from '../src/engine/text/words';
import type { Annotation, TextBlock } from '../src/engine/types';
import { benchInputs } from './lib/bench-inputs';

const shared = resolve(process.env.NEWSMARK_SHARED ?? resolve(import.meta.dirname, '../../shared'));
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const minMs = Number(arg('ms') ?? 2000);
const onlyLang = arg('lang');

/** Runs only the stages whose name starts so (for a `node --cpu-prof` run of one stage). */
const only = arg('only');

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// Garbage collection pauses (main thread, wall ms) as V8 reports them.
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;

/** Median CPU ms of `work` (warm, rounds for at least minMs); yields after, so GC entries arrive. */
async function time(work: () => void): Promise<number> {
  const warm = performance.now();
  for (let k = 0; k < 3 || performance.now() - warm < minMs / 3; k++) work();
  const cpu: number[] = [];
  const t0 = performance.now();
  while (performance.now() - t0 < minMs || cpu.length < 5) {
    const c = cpuMs();
    work();
    cpu.push(cpuMs() - c);
  }
  await new Promise((r) => setTimeout(r, 10));
  return median(cpu);
}

const all = await benchInputs(shared);
const inputs = all.filter((i) => packFor(i.lang) && (!onlyLang || i.lang.startsWith(onlyLang)));
const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text, 'utf8'), 0);

const rows: Array<[string, number, number]> = [];
/** A stage's median CPU ms per pass and its GC ms per pass (all rounds, warm-up included). */
const stage = async (name: string, work: () => void) => {
  if (only && !name.trim().startsWith(only)) return;
  const gc0 = gcMs;
  let passes = 0;
  const cpu = await time(() => {
    passes++;
    work();
  });
  rows.push([name, cpu, (gcMs - gc0) / passes]);
};
// The whole and the tokenizer first: computing every stage's inputs before them was seen to leave
// the tokenizer in a state 5x slower (see words.ts), which the bench (analyze alone) never shows.
await stage('analyze (all)', () => {
  for (const input of inputs) analyze(input);
});
await stage('tokenize', () => {
  for (const input of inputs) tokenize(input.text);
});

if (only && rows.length) await report();
// Every stage's inputs, computed once.
const pre = inputs.map((input) => {
  const pack = packFor(input.lang)!;
  const words = tokenize(input.text);
  const officials = findOfficials(input.text, pack, words);
  // The blocks the pack asks to split, and what it got.
  let wanted: ((b: TextBlock) => boolean) | undefined;
  let sentences: Sentence[] = [];
  pack.findDirectives({
    text: input.text,
    blocks: input.blocks,
    officials: officials.annotations,
    entities: officials.entities,
    words,
    sentences: (w) => {
      const kept = input.blocks.filter((b) => !w || w(b));
      wanted = w ? (b) => kept.includes(b) : undefined;
      sentences = splitSentences(input.text, input.blocks, w && wanted);
      return sentences;
    },
  });
  return { input, pack, words, officials, wanted, sentences };
});

await stage('figures', () => {
  for (const { input } of pre) findFigures(input.text, numberConvention(input.lang)!);
});
await stage('officials: titled', () => {
  for (const { input, pack, words } of pre) pack.findTitledOfficials(input.text, words);
});
await stage('officials: all', () => {
  for (const { input, pack, words } of pre) findOfficials(input.text, pack, words);
});
await stage('  of which grouping', () => {
  for (const { input, pack, words } of pre) groupEntities(pack.findTitledOfficials(input.text, words));
});
await stage('sentence split', () => {
  for (const { input, wanted } of pre) splitSentences(input.text, input.blocks, wanted);
});
await stage('directives (given sentences)', () => {
  for (const { input, pack, words, officials, sentences } of pre)
    pack.findDirectives({
      text: input.text,
      blocks: input.blocks,
      officials: officials.annotations,
      entities: officials.entities,
      words,
      sentences: () => sentences,
    });
});

// What analyze adds: the stages text by text (words given), and its merge of their results.
const results = pre.map(({ input, pack, words }) => {
  const officials = findOfficials(input.text, pack, words);
  const figures = findFigures(input.text, numberConvention(input.lang)!);
  const directives = findDirectives(
    input.text,
    pack,
    input.blocks,
    officials.annotations,
    officials.entities,
    words,
  );
  return { officials: officials.annotations, figures, directives };
});
await stage('stages text by text', () => {
  for (const { input, pack, words } of pre) {
    findFigures(input.text, numberConvention(input.lang)!);
    const officials = findOfficials(input.text, pack, words);
    findDirectives(input.text, pack, input.blocks, officials.annotations, officials.entities, words);
  }
});
await stage('merge and sort', () => {
  for (const r of results) {
    const all: Annotation[] = [...r.officials, ...r.figures, ...r.directives];
    all.sort((a, b) => a.start - b.start || a.end - b.end);
  }
});

await stage('analyze (all) again', () => {
  for (const input of inputs) analyze(input);
});

await report();

async function report(): Promise<void> {
  const mbps = (ms: number) => bytes / 1e6 / (ms / 1000);
  console.log(
    `perf-stages: ${inputs.length} texts${onlyLang ? ` (${onlyLang})` : ''}, ${(bytes / 1e6).toFixed(2)} MB; median CPU ms per pass over all`,
  );
  const total = rows[0]![1];
  const line = (name: string, ms: number, gc?: number) =>
    console.log(
      `  ${name.padEnd(30)} ${ms.toFixed(1).padStart(7)} ms  ${((100 * ms) / total).toFixed(0).padStart(3)}%  ${mbps(ms).toFixed(1).padStart(6)} MB/s${gc === undefined ? '' : `  gc ${gc.toFixed(1).padStart(5)} ms`}`,
    );
  for (const [name, ms, gc] of rows) line(name, ms, gc);
  // The sums analyze is compared with: each stage alone, and the stages as analyze runs them.
  const ms = (name: string) => rows.find(([n]) => n === name)?.[1] ?? 0;
  const alone = ['tokenize', 'figures', 'officials: all', 'sentence split', 'directives (given sentences)'];
  if (alone.every(ms))
    line(
      '= sum of stages alone',
      alone.map(ms).reduce((a, b) => a + b),
    );
  const inTurn = ['tokenize', 'stages text by text', 'merge and sort'];
  if (inTurn.every(ms))
    line(
      '= tokenize + text by text + merge',
      inTurn.map(ms).reduce((a, b) => a + b),
    );
  process.exit(0);
}
