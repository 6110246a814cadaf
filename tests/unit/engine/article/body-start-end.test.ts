import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const para = (n: number): string =>
  `<p class="story-text__paragraph">Paragraph ${n}: the county engineers said the bridge would stay open to buses, cyclists and walkers while the deck is rebuilt, and lorries would be sent round by the ring road.</p>`;
const paras = (from: number, to: number): string =>
  Array.from({ length: to - from + 1 }, (_, i) => para(from + i)).join('');

describe('the body split across far-apart containers', () => {
  const html = `<html><body><main>
    <section class="row"><div class="col"><div class="col-inner"><h1>Bridge to close for repairs</h1>
      <div class="story-text">${paras(1, 3)}</div></div></div></section>
    <section class="row"><div class="ad-slot"><a href="/ad">Advertisement</a></div></section>
    <section class="row"><div class="col"><div class="col-inner">
      <div class="story-text">${paras(4, 12)}</div></div></div></section>
    <section class="row"><div class="col"><ul class="more"><li><a href="/x">Another story about roads and cycling lanes</a></li><li><a href="/y">Weather for the weekend</a></li></ul></div></section>
  </main></body></html>`;

  it('reads both parts, in order', () => {
    const a = articleOfHtml(html);
    expect(a.text.startsWith('Paragraph 1:')).toBe(true);
    expect(a.text).toContain('Paragraph 12:');
    expect(a.text.indexOf('Paragraph 3:')).toBeLessThan(a.text.indexOf('Paragraph 4:'));
    expect(a.text).not.toContain('Advertisement');
    expect(a.text).not.toContain('Weather for the weekend');
  });

  it('does not join a short teaser that shares the body class', () => {
    const a = articleOfHtml(
      html.replace(
        '</main>',
        '<div class="col"><div class="story-text"><p>And a short teaser for another story about buses.</p></div></div></main>',
      ),
    );
    expect(a.text).toContain('Paragraph 12:');
    expect(a.text).not.toContain('short teaser');
  });
});

describe('the lead paragraph set beside the headline', () => {
  it('is read when it follows the <h1> in the header, outside the body container', () => {
    const a = articleOfHtml(`<html><body><main>
      <header class="intro"><h1>Bridge to close for repairs</h1>
        <p>The river crossing will shut for six months from March while its deck is replaced, the county said on Tuesday, after years of patching.</p>
        <div class="meta">By Ann Lee</div></header>
      <div class="story">${paras(1, 6)}</div></main></body></html>`);
    expect(a.blocks[0]?.kind).toBe('lead');
    expect(a.text.startsWith('The river crossing will shut')).toBe(true);
    expect(a.text).toContain('Paragraph 6:');
  });

  it('leaves out a header block that holds a headline, though its class says lead', () => {
    const a = articleOfHtml(`<html><body><main>
      <section class="media-item story-lead"><h2 class="headline">Bridge to close for repairs</h2><p>Roads</p></section>
      <div class="story">${paras(1, 6)}</div></main></body></html>`);
    expect(a.text).not.toContain('Bridge to close');
    expect(a.text.startsWith('Paragraph 1:')).toBe(true);
  });

  it('takes neither a photo caption nor the byline line after the headline as the lead', () => {
    const a = articleOfHtml(`<html><body><main>
      <header><h1>Bridge to close for repairs</h1>
        <div class="meta">by Harbour Desk Staff / 2016.12.01, updated later that day with new comments</div>
        <div class="pic"><img src="b.jpg"><span>In this file photo, workers inspect the bridge deck in the rain, as seen from the river bank below.</span></div></header>
      <div class="story">${paras(1, 6)}</div></main></body></html>`);
    expect(a.text.startsWith('Paragraph 1:')).toBe(true);
  });
});
