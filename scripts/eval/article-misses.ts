/**
 * Dev aid: `npx tsx scripts/eval/article-misses.ts [corpus] [--field=title|byline|date|start|inc]` prints,
 * for Newsmark only, each page's gold and found value where they differ (quicker than the full eval).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../src/cli/load-document';
import { findArticle } from '../../src/engine/article/find-article';
import { buildTextModel } from '../../src/engine/text/build-text-model';
import { loadEvalPages } from './article-corpora';
import { bylineMatches, contentStartFound, dateMatches, normaliseTitle, titleMatches } from './score-text';

const corpus = process.argv.slice(2).find((a) => !a.startsWith('--'));
const field = process.argv.find((a) => a.startsWith('--field='))?.slice('--field='.length);
const shared = join(process.cwd(), '..', 'shared');
for (const page of loadEvalPages(shared).filter((p) => !corpus || p.corpus === corpus)) {
  let doc: Document;
  try {
    doc = parseHtml(readFileSync(page.file, 'utf8'), page.url);
  } catch {
    continue;
  }
  const found = findArticle(doc);
  const g = page.gold;
  const show = (name: string, gold: unknown, got: unknown): void => {
    if (!field || field === name)
      console.log(
        `${page.corpus} ${page.id} ${name}: gold=${JSON.stringify(gold)} found=${JSON.stringify(got)}`,
      );
  };
  if (g.title && !titleMatches(found.title, g.title, g.titleIsPrefix)) show('title', g.title, found.title);
  if (g.byline && !bylineMatches(found.byline, g.byline)) show('byline', g.byline, found.byline);
  if (g.published && !dateMatches(found.published, g.published, g.publishedIsUtc))
    show('date', g.published, found.published);
  if (g.contentStart || g.mustInclude) {
    const text = buildTextModel(found.blocks).text;
    if (g.contentStart && !contentStartFound(text, g.contentStart))
      show('start', g.contentStart, text.slice(0, 200));
    const hay = ` ${normaliseTitle(text)} `;
    for (const s of g.mustInclude ?? []) if (!hay.includes(` ${normaliseTitle(s)} `)) show('inc', s, '');
    for (const s of g.mustExclude ?? []) if (hay.includes(` ${normaliseTitle(s)} `)) show('exc', s, '');
  }
  doc.defaultView?.close();
}
