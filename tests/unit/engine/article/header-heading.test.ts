import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const SHARE = 'Nine Ways To Keep Your Garden Green Through A Dry Summer';
const BODY = [
  'Gardeners across the region face a third dry summer, and water companies have asked for restraint. ',
  'Mulch keeps moisture in the soil, and watering at dusk means less of it is lost to the afternoon sun. ',
  'Plants that come from dry climates, such as lavender and rosemary, need far less water once settled. ',
  'Collecting rain from the roof in a butt gives a supply that costs nothing and is kinder to the plants. ',
]
  .map((t) => `<p>${t.repeat(3)}</p>`)
  .join('');

const page = (header: string, aside = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><title>${SHARE}</title><meta property="og:title" content="${SHARE}"></head>
<body><article>${header}<div class="story">${BODY}</div>${aside}</article></body></html>`;

describe("the heading of the article's own header", () => {
  it('is the title where <title> and og:title both say something else', () => {
    const a = articleOfHtml(
      page('<header><h1>The Quiet Art Of The Dry Garden</h1><p>By Ann Lee</p></header>'),
    );
    expect(a.title).toBe('The Quiet Art Of The Dry Garden');
  });

  it('takes the <h2> of a header without an <h1>', () => {
    const a = articleOfHtml(page('<header><h2>The Quiet Art Of The Dry Garden</h2></header>'));
    expect(a.title).toBe('The Quiet Art Of The Dry Garden');
  });

  it('is not a heading that links away (a logo, a teaser)', () => {
    const a = articleOfHtml(page('<header><h1><a href="/">Green Fingers Weekly Home</a></h1></header>'));
    expect(a.title).toBe(SHARE);
  });

  it('is not a header set after the body (a box of other stories)', () => {
    const a = articleOfHtml(
      page('', '<aside><header><h2>More Stories From The Garden Desk</h2></header></aside>'),
    );
    expect(a.title).toBe(SHARE);
  });

  it("reads a header inside the body's container, ahead of its paragraphs, and a two-word <h1>", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>${SHARE}</title></head><body><article><header><h1>Dry Spell</h1></header>${BODY}</article></body></html>`;
    expect(articleOfHtml(html).title).toBe('Dry Spell');
  });

  it('keeps the metadata title over a two-word <h2> (a kicker, a section label)', () => {
    expect(articleOfHtml(page('<header><h2>Garden News</h2></header>')).title).toBe(SHARE);
  });
});
