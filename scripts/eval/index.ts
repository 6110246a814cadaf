/**
 * `npm run eval [-- article|entities] [--json]`: scores the engine on ../shared (corpus and
 * seed) and prints the tables. Never gates: CI prints it for the record.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runArticleEval } from './article';
import { runEntityEval } from './entities';
import { runPaintedEval } from './entities-painted';

const shared = resolve(process.env.NEWSMARK_SHARED ?? resolve(import.meta.dirname, '../../../shared'));
const args = process.argv.slice(2);
const parts = args.filter((a) => !a.startsWith('--'));
const wanted = parts.length ? parts : ['article', 'entities'];

if (!existsSync(shared)) {
  console.log(`eval: no shared folder at ${shared}; set NEWSMARK_SHARED to score the corpus.`);
  process.exit(0);
}
for (const part of wanted) {
  if (part === 'article') await runArticleEval(shared, args);
  else if (part === 'entities') await runEntityEval(shared, args);
  else if (part === 'painted') await runPaintedEval(shared, args);
  else {
    console.error(`eval: unknown part "${part}" (article, entities, painted)`);
    process.exit(2);
  }
}
