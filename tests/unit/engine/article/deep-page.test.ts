/**
 * Hostile pages nest thousands of levels deep. The finder walks with stacks of its own, so such a
 * page costs time, never a "Maximum call stack size exceeded" in the engine or the CLI.
 * jsdom itself inserts nodes recursively (it overflows near 10,000 levels in a test worker) and
 * slowly (quadratic), so the chain is 6,000 deep, past where the old recursive walks overflowed,
 * built once top down with the DOM API, and handed to the CLI through its loader.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../../../src/cli/load-document';
import { runCli } from '../../../../src/cli/run-cli';
import { articleOf } from './load-fixture';

const DEPTH = 6_000;
const PARAGRAPHS = [
  'The river board opened the new footbridge on Tuesday, two weeks later than planned, after a long argument about the railings.',
  'Cyclists will have to walk across at busy hours, the board said, and the lights on the bridge stay on until midnight every day.',
  'Shop owners on both banks said they hoped for more visitors in spring, though some worried about noise, litter, and parking.',
  'The board will count crossings over the summer, publish the figures in the autumn, and may widen the path if it is crowded.',
];

let deepPage: Document;

/** A short article at the bottom of DEPTH nested <div>s. */
function buildDeepPage(): Document {
  const doc = parseHtml(
    '<html><head><title>Footbridge opens | River News</title></head><body><div id="top"></div></body></html>',
    'https://example.test/deep',
  );
  let parent = doc.getElementById('top')!;
  for (let i = 0; i < DEPTH; i++) parent = parent.appendChild(doc.createElement('div'));
  // Filled while detached: jsdom's insertion walks up every ancestor.
  const article = doc.createElement('article');
  article.innerHTML = `<h1>Footbridge opens</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
  parent.appendChild(article);
  return doc;
}

vi.mock('../../../../src/cli/load-document', async (original) => {
  const actual = await original<typeof import('../../../../src/cli/load-document')>();
  return { ...actual, loadDocument: async () => deepPage };
});

describe('a page nested 6,000 levels deep', () => {
  beforeAll(() => {
    deepPage = buildDeepPage();
  }, 180_000);

  it('findArticle returns and finds the article text', () => {
    const a = articleOf(deepPage);
    for (const p of PARAGRAPHS) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Footbridge opens');
  });

  it('the CLI prints the article instead of an error', async () => {
    let out = '';
    const code = await runCli(['deep.html'], { out: (t) => (out += t), err: () => {} });
    expect(code).toBe(0);
    // A four-paragraph page is too short to count as an article, so only its record is checked.
    const line = JSON.parse(out.trim()) as { error?: string; article?: { title: string } };
    expect(line.error).toBeUndefined();
    expect(line.article?.title).toBe('Footbridge opens');
  });
});
