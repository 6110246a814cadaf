/**
 * `tsx scripts/eval/directive-sentences.ts [out.tsv]`: every sentence of the entities-dev pages
 * with its gold label (G directive, O optional, N not) and whether the analyzer found it (F), so
 * a cue class can be weighed on all dev sentences, not only the misses. Dev pages only.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../src/cli/load-document';
import { annotateDocument } from '../../src/engine/annotate';
import { splitSentences } from '../../src/engine/text/sentences';
import { type Gold, keyMatches } from './entities-score';

const dir = join(process.cwd(), '..', 'shared', 'corpus', 'entities-dev');

async function main(): Promise<void> {
  const rows: string[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.gold.json'))
    .sort()) {
    const id = f.replace('.gold.json', '');
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
    const { annotations, model, article } = annotateDocument(await loadDocument(join(dir, `${id}.html`)));
    if (!model) continue;
    const text = article.text;
    const found = new Set(annotations.filter((a) => a.kind === 'directive').map((a) => a.start));
    const optional = (gold.directives_optional ?? []).map((o) => (typeof o === 'string' ? o : o.key));
    for (const s of splitSentences(text, model.blocks)) {
      const t = text.slice(s.start, s.end).replace(/\s+/gu, ' ');
      const label = gold.directives.some((g) => keyMatches(t, g.key))
        ? 'G'
        : optional.some((k) => keyMatches(t, k))
          ? 'O'
          : 'N';
      rows.push([id, label, found.has(s.start) ? 'F' : '-', s.kind, t].join('\t'));
    }
  }
  writeFileSync(process.argv[2] ?? '/dev/stdout', `${rows.join('\n')}\n`);
}

void main();
