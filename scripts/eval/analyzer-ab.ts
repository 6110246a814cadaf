/**
 * `tsx scripts/eval/analyzer-ab.ts --base=DIR --inputs=FILE [--seconds=N]`: the analyzers' speed in
 * this checkout against another checkout (DIR, e.g. the main worktree), on the inputs of an
 * analyzer snapshot (see analyzer-snapshot.ts). On a shared machine two processes timed one after
 * the other differ by more than a speed change of a few percent; here both run in one process,
 * round by round in alternating order, so a load burst slows both alike. Which module is imported
 * first can favour it (up to some 2% in trials), so the comparison runs twice, each side first
 * once, and the two ratios are combined. Two identical checkouts read within about 1%.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { analyze as Analyze } from '../../src/engine/analyze/analyze';
import type { AnalyzerInput } from '../../src/engine/types';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const here = resolve(import.meta.dirname, '../..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** One process: CPU seconds per round of each checkout, in the order given. */
async function timeRounds(roots: string[], inputs: AnalyzerInput[], seconds: number): Promise<number[][]> {
  const runs: Array<typeof Analyze> = [];
  for (const root of roots) runs.push((await import(resolve(root, 'src/engine/analyze/analyze.ts'))).analyze);
  for (let k = 0; k < 4; k++) for (const run of runs) for (const input of inputs) run(input);
  const rounds: number[][] = roots.map(() => []);
  const t0 = performance.now();
  for (let r = 0; performance.now() - t0 < seconds * 1000; r++) {
    for (const k of r % 2 ? [1, 0] : [0, 1]) {
      const cpu = process.cpuUsage();
      for (const input of inputs) runs[k]!(input);
      const used = process.cpuUsage(cpu);
      rounds[k]!.push((used.user + used.system) / 1e6);
    }
  }
  return rounds;
}

async function main(): Promise<void> {
  const base = arg('base');
  const file = arg('inputs');
  const seconds = Number(arg('seconds') ?? 30);
  if (!base || !file) {
    console.error('analyzer-ab: pass --base=DIR --inputs=SNAPSHOT_FILE [--seconds=N]');
    process.exit(2);
  }
  const inputs: AnalyzerInput[] = JSON.parse(readFileSync(file, 'utf8')).inputs;
  const order = arg('order');
  if (order) {
    // A child run: print the rounds of the two checkouts in the order asked.
    const roots = order === 'base-first' ? [base, here] : [here, base];
    console.log(JSON.stringify(await timeRounds(roots, inputs, seconds)));
    return;
  }
  const megabytes = inputs.reduce((sum, i) => sum + Buffer.byteLength(i.text), 0) / 1e6;
  const ratios: number[] = [];
  for (const first of ['base-first', 'this-first']) {
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        import.meta.filename,
        `--base=${base}`,
        `--inputs=${file}`,
        `--seconds=${seconds}`,
        `--order=${first}`,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    const [a, b] = JSON.parse(out.trim().split('\n').at(-1)!) as number[][];
    const [baseRounds, thisRounds] = first === 'base-first' ? [a!, b!] : [b!, a!];
    ratios.push(median(baseRounds.map((t, i) => t / thisRounds[i]!)));
    console.log(
      `${first}: base ${(megabytes / median(baseRounds)).toFixed(2)} MB/s, this ${(megabytes / median(thisRounds)).toFixed(2)} MB/s per CPU second (${baseRounds.length} rounds)`,
    );
  }
  // An advantage of the module imported first enters the two ratios with opposite signs: their
  // geometric mean cancels it.
  const speedup = Math.sqrt(ratios[0]! * ratios[1]!);
  console.log(
    `this checkout is ${((speedup - 1) * 100).toFixed(1)}% faster than ${base} (per-round median, order bias cancelled)`,
  );
}

await main();
