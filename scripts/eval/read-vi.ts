/**
 * `tsx scripts/eval/read-vi.ts <file>`: prints the Vietnamese analyzers' output (directives with
 * issuers, officials, figures) on a plain-text file of paragraphs (blank-line separated), for
 * reading by hand against the guidelines. The text stays outside the repository.
 */
import { readFileSync } from 'node:fs';
import { directives, figures, officials, run } from '../../tests/unit/engine/analyze/helpers';

const paras = readFileSync(process.argv[2]!, 'utf8')
  .split(/\n\s*\n/u)
  .map((p) => p.replace(/\s+/gu, ' ').trim())
  .filter(Boolean);
const out = run('vi', ...paras);
const only = process.argv[3];
if (!only || only === 'd')
  for (const d of directives(out)) console.log(`D [${d.issuer}] ${d.text.slice(0, 140)}`);
if (!only || only === 'o') console.log(`O ${[...new Set(officials(out).map((o) => o.name))].join(' | ')}`);
if (!only || only === 'f')
  console.log(
    `F ${figures(out)
      .map((f) => f.text)
      .join(' | ')}`,
  );
