import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src/cli/load-document';
import { runInSlices } from '../../../../src/content/yielding';
import { findArticle, findArticleSteps } from '../../../../src/engine/article/find-article';
import { readMetadata, readMetadataSteps, readSignals } from '../../../../src/engine/article/metadata';
import { runToEnd } from '../../../../src/engine/steps';
import type { FoundArticle } from '../../../../src/engine/types';
import { loadFixture } from './load-fixture';

const FIXTURES = ['vi-sapo-theo.html', 'comments-related.html', 'list-page.html', 'br-text-div.html'];

/** Runs the steps one by one, counting the yields. */
function stepped(doc: Document): { found: FoundArticle; yields: number } {
  const steps = findArticleSteps(doc);
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { found: step.value, yields };
    yields += 1;
  }
}

/** The same result: equal metadata, and the very same elements as blocks. */
function expectSame(a: FoundArticle, b: FoundArticle): void {
  const { blocks: blocksA, ...restA } = a;
  const { blocks: blocksB, ...restB } = b;
  expect(restA).toEqual(restB);
  expect(blocksA.map((block) => block.kind)).toEqual(blocksB.map((block) => block.kind));
  blocksA.forEach((block, i) => {
    expect(block.element).toBe(blocksB[i]?.element);
    expect(block.skip ?? []).toEqual(blocksB[i]?.skip ?? []);
  });
}

describe('findArticleSteps', () => {
  it.each(FIXTURES)('finds in steps what findArticle finds at once: %s', (name) => {
    const doc = loadFixture(name);
    const { found, yields } = stepped(doc);
    expectSame(found, findArticle(doc));
    expectSame(runToEnd(findArticleSteps(doc)), found);
    // At least: after the signals, the page measure, the containers, the title's three parts and the blocks.
    expect(yields).toBeGreaterThanOrEqual(8);
  });

  it('gives the same result when paused at every step (the content script)', async () => {
    const doc = loadFixture('comments-related.html');
    const sliced = await runInSlices(findArticleSteps(doc), 0);
    expectSame(sliced, findArticle(doc));
    expect(sliced.isArticle).toBe(true);
  });

  it('yields more often when the strict pass finds too little and a loose pass runs', () => {
    // A short story: the strict pass finds less prose than an article needs, so both passes run.
    const short = parseHtml(
      '<!doctype html><body><div class="content"><p>The ferry runs twice a day from the harbour.</p></div></body>',
      'https://example.test/a',
    );
    const long = loadFixture('comments-related.html');
    expect(stepped(short).yields).toBeGreaterThan(stepped(long).yields);
    expect(stepped(short).found.isArticle).toBe(false);
  });

  it('reads a document without a body in steps too, and finds no article there', () => {
    const doc = parseHtml('<!doctype html><title>Frames</title>', 'https://example.test/a');
    doc.documentElement.removeChild(doc.body);
    const { found, yields } = stepped(doc);
    // Its metadata, the tests compiled first (cold, ~12 ms of CPU in one step in a browser).
    expect(yields).toBeGreaterThan(10);
    expect(found.isArticle).toBe(false);
    expect(found.blocks).toEqual([]);
    expect(found.title).toBe('Frames');
  });

  it('yields inside the measure of a page with many elements, with the same result', () => {
    // 3,000 short list items beside a story: one walk of the page opens over 6,000 elements.
    const items = Array.from({ length: 3000 }, (_, i) => `<li><a href="/t/${i}">Topic ${i}</a></li>`).join(
      '',
    );
    const story = Array.from(
      { length: 12 },
      (_, i) =>
        `<p>The council met on day ${i} to discuss the harbour budget, the ferry timetable and the roads.</p>`,
    ).join('');
    const big = parseHtml(
      `<!doctype html><body><article>${story}</article><div><ul>${items}</ul></div></body>`,
      'https://example.test/big',
    );
    const small = parseHtml(
      `<!doctype html><body><article>${story}</article></body>`,
      'https://example.test/small',
    );
    const { found, yields } = stepped(big);
    expectSame(found, findArticle(big));
    expect(found.isArticle).toBe(true);
    // The measure yields every 2,000 elements it opens: three more times than on the story alone.
    expect(yields).toBeGreaterThanOrEqual(stepped(small).yields + 3);
  });

  it('reads the metadata in steps (the marks, the title in five parts, the byline by source, the date), with the same result', () => {
    for (const name of FIXTURES) {
      const doc = loadFixture(name);
      const steps = readMetadataSteps(doc, readSignals(doc), doc.body);
      let yields = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) yields += 1;
      expect(yields).toBeGreaterThanOrEqual(8);
      expect(step.value).toEqual(readMetadata(doc, readSignals(doc), doc.body));
    }
  });

  it('yields inside the collection of the blocks of a long article, with the same result', () => {
    // 400 paragraphs: the block walk yields every 64 elements it turns into blocks.
    const paragraphs = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `<p>The council met on day ${i} to discuss the harbour budget, the ferry timetable and the roads.</p>`,
      ).join('');
    const page = (n: number) =>
      parseHtml(`<!doctype html><body><article>${paragraphs(n)}</article></body>`, 'https://example.test/a');
    const long = page(400);
    const { found, yields } = stepped(long);
    expectSame(found, findArticle(long));
    expect(found.blocks).toHaveLength(400);
    expect(yields).toBeGreaterThanOrEqual(stepped(page(12)).yields + 6);
  });
});
