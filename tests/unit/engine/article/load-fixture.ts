import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHtml } from '../../../../src/cli/load-document';
import { findArticle } from '../../../../src/engine/article/find-article';
import { buildTextModel } from '../../../../src/engine/text/build-text-model';
import type { FoundArticle } from '../../../../src/engine/types';

export function loadFixture(name: string): Document {
  return parseHtml(
    readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8'),
    'https://example.test/a',
  );
}

export function articleOf(doc: Document): FoundArticle & { text: string } {
  const found = findArticle(doc);
  return { ...found, text: buildTextModel(found.blocks).text };
}

export function articleOfHtml(html: string): FoundArticle & { text: string } {
  return articleOf(parseHtml(html, 'https://example.test/a'));
}
