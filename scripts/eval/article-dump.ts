/**
 * Dev aid: `npx tsx scripts/eval/article-dump.ts out.json` writes, for every eval page, what findArticle found
 * (title, byline, date, isArticle, block count, body text hash), so two commits' dumps can be diffed page by page
 * with `--compare=a.json b.json` (only the intended pages should change).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findArticle } from '../../src/engine/article/find-article';
import { buildTextModel } from '../../src/engine/text/build-text-model';
import { loadEvalPages, parsePage } from './article-corpora';

type Dump = Record<string, Record<string, unknown>>;
const args = process.argv.slice(2);
const compare = args.find((a) => a.startsWith('--compare='))?.slice('--compare='.length);
if (compare) {
  const a = JSON.parse(readFileSync(compare, 'utf8')) as Dump;
  const b = JSON.parse(readFileSync(args.find((x) => !x.startsWith('--')) ?? '', 'utf8')) as Dump;
  let changed = 0;
  for (const id of Object.keys(b)) {
    const was = a[id] ?? {};
    const now = b[id] ?? {};
    const diffs = Object.keys(now).filter((k) => JSON.stringify(was[k]) !== JSON.stringify(now[k]));
    if (!diffs.length) continue;
    changed++;
    for (const k of diffs) console.log(`${id} ${k}: ${JSON.stringify(was[k])} -> ${JSON.stringify(now[k])}`);
  }
  console.log(`${changed} of ${Object.keys(b).length} pages changed`);
} else {
  const out: Dump = {};
  const shared = resolve(process.env.NEWSMARK_SHARED ?? resolve(import.meta.dirname, '../../../shared'));
  for (const page of loadEvalPages(shared)) {
    const doc = parsePage(readFileSync(page.file, 'utf8'), page.url);
    const found = findArticle(doc);
    const text = buildTextModel(found.blocks).text;
    out[`${page.corpus}/${page.id}`] = {
      title: found.title,
      byline: found.byline,
      published: found.published,
      isArticle: found.isArticle,
      blocks: found.blocks.length,
      chars: text.length,
      text: createHash('sha1').update(text).digest('hex').slice(0, 12),
    };
    doc.defaultView?.close();
  }
  writeFileSync(args[0] ?? 'article-dump.json', JSON.stringify(out, null, 1));
}
