import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/load-document';
import { annotateDocument } from '../../../src/engine/annotate';
import { MAX_ANALYZED_CHARS, MAX_AUTO_ANNOTATIONS } from '../../../src/engine/limits';

const PARAGRAPH =
  '<p>On 4 March the minister said the fund had paid out $4.3 billion, up 2.9 percent on 2023, to 1,200 towns.</p>';

function page(paragraphs: number): Document {
  return parseHtml(
    `<!doctype html><html lang="en"><head><title>Long report</title></head><body><article><h1>Long report</h1>${PARAGRAPH.repeat(paragraphs)}</article></body></html>`,
  );
}

describe('engine limits on huge pages', () => {
  it('analyses an ordinary article whole', () => {
    const result = annotateDocument(page(20));
    expect(result.truncated).toBe(false);
    expect(result.annotations.at(-1)!.end).toBeGreaterThan(result.article.text.length - PARAGRAPH.length);
  });

  it('keeps the whole text but analyses only whole blocks up to the limit, and caps the annotations', () => {
    const paragraphs = Math.ceil((MAX_ANALYZED_CHARS * 1.5) / (PARAGRAPH.length - 7));
    const result = annotateDocument(page(paragraphs));
    expect(result.truncated).toBe(true);
    expect(result.article.text.length).toBeGreaterThan(MAX_ANALYZED_CHARS);
    expect(result.annotations.length).toBeGreaterThan(0);
    expect(result.annotations.length).toBeLessThanOrEqual(MAX_AUTO_ANNOTATIONS);
    for (const a of result.annotations) {
      expect(a.end).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
      expect(result.article.text.slice(a.start, a.end)).toBe(a.text);
    }
  }, 120_000);

  it('reads one paragraph of 14,000 sentences without overflowing the stack, in bounded time', () => {
    // One block of ~1.3 MB: the text model once spread a part per character into one call.
    const sentences = Array.from(
      { length: 14_000 },
      (_, i) => `The council said ${i + 1} new schools would open next year in the northern district.`,
    );
    const doc = parseHtml(
      `<!doctype html><html lang="en"><head><title>One paragraph</title></head><body><article><h1>One paragraph</h1><p>${sentences.join(' ')}</p></article></body></html>`,
    );
    const started = performance.now();
    const result = annotateDocument(doc);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(result.article.isArticle).toBe(true);
    expect(result.article.text.length).toBeGreaterThan(1_000_000);
    expect(result.annotations.length).toBeGreaterThan(0);
    expect(result.annotations.length).toBeLessThanOrEqual(MAX_AUTO_ANNOTATIONS);
    const last = result.annotations.at(-1)!;
    expect(result.article.text.slice(last.start, last.end)).toBe(last.text);
  }, 60_000);
});
