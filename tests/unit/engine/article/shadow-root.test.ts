import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src/cli/load-document';
import { articleOf } from './load-fixture';

const PARAGRAPHS = [
  'The harbour authority opened the new ferry terminal on Monday, three months later than planned, after a long dispute over the cost of the pier.',
  'Passengers will be able to buy tickets at the gate, by phone, or from machines on the quay, and the first boats leave at six in the morning.',
  'Local shops said they expected more visitors over the summer, though some worried about parking, noise, and the queues on the coast road.',
  'The council will review the timetable in the autumn, once it knows how many people use the service, and may add a late boat on Fridays.',
];

/** A page whose article is rendered inside a web component's open shadow root. */
function shadowPage(withLightArticle: boolean): Document {
  const doc = parseHtml(
    `<html><head><title>Ferry terminal opens | Coast Post</title></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
      <news-story id="story"></news-story>
      ${withLightArticle ? '<div class="teaser"><p>Short note about the weather on the coast this week.</p></div>' : ''}
      <footer><a href="/about">About us</a></footer>
    </body></html>`,
    'https://example.test/a',
  );
  const host = doc.getElementById('story')!;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<article><h1>Ferry terminal opens</h1><div class="body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>
    <aside class="related"><a href="/x">Other news one</a> <a href="/y">Other news two</a></aside></article>`;
  return doc;
}

describe('findArticle and open shadow roots', () => {
  it('finds an article rendered inside an open shadow root', () => {
    const a = articleOf(shadowPage(false));
    expect(a.isArticle).toBe(true);
    for (const p of PARAGRAPHS) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Other news one');
    expect(a.text).not.toContain('Ferry terminal opens');
  });

  it('prefers the shadow article over a short note in the light tree', () => {
    const a = articleOf(shadowPage(true));
    expect(a.text).toContain(PARAGRAPHS[0]);
    expect(a.text).not.toContain('weather on the coast');
  });

  it('reads a page with no shadow roots as before', () => {
    const doc = parseHtml(
      `<html><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
      'https://example.test/a',
    );
    const a = articleOf(doc);
    expect(a.text).toContain(PARAGRAPHS[2]);
  });
});
