/**
 * `tsx scripts/eval/analyzer-snapshot.ts --save=FILE | --compare=FILE`: the analyzers' output on
 * every bench text, for speed work that must not change a byte of it. `--save` writes the inputs
 * and their annotations (keep FILE outside the repository: it holds publishers' text); `--compare`
 * re-runs the analyzers on the saved inputs, so a later change to article extraction cannot
 * blur the comparison, and lists the pages whose annotations differ.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../src/engine/analyze/analyze';
import { type BenchInput, benchInputs } from '../lib/bench-inputs';

interface Snapshot {
  inputs: BenchInput[];
  /** JSON of each input's annotations, in input order. */
  outputs: string[];
}

const shared = resolve(process.env.NEWSMARK_SHARED ?? resolve(import.meta.dirname, '../../../shared'));
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const hash = (parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);
const run = (inputs: BenchInput[]) => inputs.map((input) => JSON.stringify(analyze(input)));

/** The first character where two strings part, with some context of each. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 80);
  return `  was: …${a.slice(from, i + 120)}\n  now: …${b.slice(from, i + 120)}`;
}

async function main(): Promise<void> {
  const save = arg('save');
  const compare = arg('compare');
  if (!save && !compare) {
    console.error('analyzer-snapshot: pass --save=FILE or --compare=FILE');
    process.exit(2);
  }
  if (save) {
    const inputs = await benchInputs(shared);
    const snapshot: Snapshot = { inputs, outputs: run(inputs) };
    writeFileSync(save, JSON.stringify(snapshot));
    console.log(`snapshot: ${inputs.length} texts, output ${hash(snapshot.outputs)} saved to ${save}`);
    return;
  }
  if (!compare || !existsSync(compare)) {
    console.error(`analyzer-snapshot: no snapshot at ${compare}`);
    process.exit(2);
  }
  const saved: Snapshot = JSON.parse(readFileSync(compare, 'utf8'));
  const outputs = run(saved.inputs);
  const changed = outputs.flatMap((out, i) => (out === saved.outputs[i] ? [] : [i]));
  console.log(
    `snapshot: ${outputs.length} texts, output ${hash(outputs)} (saved ${hash(saved.outputs)}), ${changed.length} differ`,
  );
  for (const i of changed.slice(0, 10))
    console.log(`${saved.inputs[i]!.file}\n${firstDifference(saved.outputs[i]!, outputs[i]!)}`);
  if (changed.length) process.exit(1);
}

await main();
