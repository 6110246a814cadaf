/**
 * `tsx scripts/cpu-prof-summary.ts FILE.cpuprofile [--by=file|function] [--top=N]`: self time of
 * a `node --cpu-prof` profile summed per function (or per source file), largest first.
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) throw new Error('cpu-prof-summary: pass a .cpuprofile file');
const by = process.argv.find((a) => a.startsWith('--by='))?.slice(5) ?? 'function';
const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 30);
const profile: Profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, k) => {
  const dt = profile.timeDeltas[k] ?? 0;
  const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
  const where = url.replace(/^.*\/(src|scripts|node_modules)\//u, '$1/');
  const key =
    by === 'file' ? where || '(native)' : `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + dt);
  total += dt;
});
console.log(`total ${(total / 1000).toFixed(0)} ms sampled`);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(
    `${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`,
  );
