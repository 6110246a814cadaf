/**
 * `tsx scripts/eval/directive-diff.ts --compare=FILE`: the directives (and their issuers) that
 * changed since an analyzer snapshot, page by page, to read a rule's effect on unlabelled text.
 * FILE is written by analyzer-snapshot.ts --save (outside the repository).
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/analyze/analyze';
import type { BenchInput } from '../lib/bench-inputs';

interface Directive {
  start: number;
  end: number;
  issuer?: string | null;
}
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const file = arg('compare');
if (!file) {
  console.error('directive-diff: pass --compare=FILE (from analyzer-snapshot.ts --save)');
  process.exit(2);
}
const saved: { inputs: BenchInput[]; outputs: string[] } = JSON.parse(readFileSync(file, 'utf8'));
const directivesOf = (json: string): Directive[] =>
  (JSON.parse(json) as { kind: string }[]).filter((a) => a.kind === 'directive') as unknown as Directive[];
const key = (d: Directive) => `${d.start}:${d.end}`;
let changed = 0;
saved.inputs.forEach((input, i) => {
  const was = new Map(directivesOf(saved.outputs[i]!).map((d) => [key(d), d]));
  const now = new Map(directivesOf(JSON.stringify(analyze(input))).map((d) => [key(d), d]));
  const lines: string[] = [];
  const quote = (d: Directive) =>
    input.text.slice(d.start, Math.min(d.end, d.start + 110)).replace(/\s+/gu, ' ');
  for (const [k, d] of now) {
    const old = was.get(k);
    if (!old) lines.push(`  + ${quote(d)} [${d.issuer}]`);
    else if (old.issuer !== d.issuer) lines.push(`  ~ ${quote(d)} [${old.issuer} -> ${d.issuer}]`);
  }
  for (const [k, d] of was) if (!now.has(k)) lines.push(`  - ${quote(d)} [${d.issuer}]`);
  if (lines.length) {
    changed += lines.length;
    console.log(`${input.file}\n${lines.join('\n')}`);
  }
});
console.log(`${changed} directive changes over ${saved.inputs.length} texts`);
