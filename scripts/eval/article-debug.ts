/** Dev aid: `npx tsx scripts/eval/article-debug.ts <page.html>...` prints what findArticle found and how long it took. */
import { readFileSync } from 'node:fs';
import { parseHtml } from '../../src/cli/load-document';
import { findArticle } from '../../src/engine/article/find-article';
import { buildTextModel } from '../../src/engine/text/build-text-model';

const showText = process.argv.includes('--text');
for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const doc = parseHtml(readFileSync(file, 'utf8'), 'http://localhost/');
  const t0 = performance.now();
  const found = findArticle(doc);
  const t1 = performance.now();
  const model = buildTextModel(found.blocks);
  const t2 = performance.now();
  const { blocks, ...meta } = found;
  console.log(file, JSON.stringify(meta), `find ${(t1 - t0).toFixed(1)}ms text ${(t2 - t1).toFixed(1)}ms`);
  console.log(
    `  ${blocks.length} blocks: ${blocks
      .map((b) => `${b.kind[0]}:${b.element.tagName}`)
      .join(' ')
      .slice(0, 300)}`,
  );
  if (showText) console.log(model.text);
}
