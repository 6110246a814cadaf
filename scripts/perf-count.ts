/**
 * `tsx scripts/perf-count.ts [--stage=analyze|tokenize|figures|directives] [--tree=DIR] [--passes=3,6] [--lang=vi]`:
 * instructions per pass of a stage over the bench texts, counted by valgrind (cachegrind, no cache
 * simulation) with V8 made deterministic (one thread, fixed hash and random seeds). On the shared
 * machine CPU time swings by +-5% between identical runs; the tokenize count repeats to the
 * instruction (294 M twice, perf15), but the analyze count of one unchanged tree gave 1093, 1163 and
 * 1233 M in three runs on one day (perf15): count A and B side by side, more than once, before
 * reading a change under ~6% from it. (--predictable-gc-schedule did not steady it: 1237 and 1251 M,
 * and its small fixed heap tripled the tokenize count's collections.) The difference between two pass counts is divided out, which
 * leaves start-up and module loading behind. `--tree` counts another copy of the repository (a
 * `git archive` of the base commit) with this driver. Needs valgrind; an analyze count takes
 * minutes (it runs ~50x slower), a tokenize or figures count about one. `--lang` counts only the
 * texts of one language (a change to one language pack shows larger against its own texts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const stage = arg('stage') ?? 'tokenize';
const tree = resolve(arg('tree') ?? resolve(import.meta.dirname, '..'));
const lang = arg('lang') ?? '';
const [few, many] = (arg('passes') ?? '3,6').split(',').map(Number) as [number, number];
// The texts bench-inputs cached: the driver reads them without loading the document parser.
const CACHE = join(tmpdir(), 'newsmark-bench-texts.json');
if (!existsSync(CACHE)) throw new Error('perf-count: run `npm run bench` once to cache the bench texts');

const DRIVER = `
import { readFileSync } from 'node:fs';
import { analyze } from './src/engine/analyze/analyze';
import { findFigures } from './src/engine/analyze/figures/find-figures';
import { findOfficials } from './src/engine/analyze/officials/find-officials';
import { numberConvention, packFor } from './src/engine/lang/packs';
import { splitSentences } from './src/engine/text/sentences';
import { tokenize } from './src/engine/text/words';
const cache = JSON.parse(readFileSync(${JSON.stringify(CACHE)}, 'utf8'));
const [stage, passes, lang] = [process.argv[2], Number(process.argv[3]), process.argv[4] ?? ''];
const inputs = Object.keys(cache).sort().map((k) => cache[k].input)
  .filter((i) => i && i.text && i.lang.startsWith(lang));
// The directives stage reads the officials and sentences computed before the passes.
const directives = stage !== 'directives' ? [] : inputs.filter((i) => packFor(i.lang)).map((i) => {
  const pack = packFor(i.lang);
  // Trees before perf19 take the lower-cased words as a second array; later ones ignore it.
  const lower = [];
  const words = tokenize(i.text, lower);
  const officials = findOfficials(i.text, pack, words, lower);
  let sentences = [];
  const run = () => pack.findDirectives({ text: i.text, blocks: i.blocks, officials: officials.annotations,
    entities: officials.entities, words, sentences: (w) => (sentences = splitSentences(i.text, i.blocks,
      w && ((b) => i.blocks.filter((x) => w(x)).includes(b)))) });
  run();
  return () => pack.findDirectives({ text: i.text, blocks: i.blocks, officials: officials.annotations,
    entities: officials.entities, words, sentences: () => sentences });
});
for (let p = 0; p < passes; p++) {
  for (const run of directives) run();
  for (const i of inputs) {
    if (stage === 'analyze') analyze(i);
    else if (stage === 'tokenize') { if (packFor(i.lang)) tokenize(i.text, []); }
    else if (stage === 'figures') { const n = numberConvention(i.lang); if (n) findFigures(i.text, n); }
  }
}
`;

const dir = mkdtempSync(join(tmpdir(), 'perf-count-'));
const bundle = join(dir, 'driver.mjs');
await build({
  stdin: { contents: DRIVER, resolveDir: tree, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  logLevel: 'warning',
});

function instructions(passes: number): number {
  const out = join(dir, `cg-${passes}`);
  execFileSync(
    'valgrind',
    [
      '--tool=cachegrind',
      '--cache-sim=no',
      `--cachegrind-out-file=${out}`,
      process.execPath,
      '--single-threaded',
      '--hash-seed=1',
      '--random-seed=1',
      '--predictable',
      bundle,
      stage,
      String(passes),
      lang,
    ],
    { stdio: 'ignore' },
  );
  const summary = readFileSync(out, 'utf8').match(/^summary: (\d+)/mu);
  if (!summary) throw new Error('perf-count: no summary in the cachegrind output');
  return Number(summary[1]);
}

const perPass = (instructions(many) - instructions(few)) / (many - few);
rmSync(dir, { recursive: true, force: true });
console.log(
  `perf-count ${stage}${lang ? ` ${lang}` : ''} (${tree}): ${(perPass / 1e6).toFixed(0)} M instructions per pass`,
);
