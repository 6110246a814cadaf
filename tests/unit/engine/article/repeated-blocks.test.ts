import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const body = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the council voted to keep the night bus to the hospital, saying that nurses on late shifts, who had signed a petition, had no other way home.</p>`,
).join('');
const caption =
  'Nurses and porters wait for the last bus outside the hospital gates on Friday night, as they have done since the cuts were announced in the spring.';
const slide = `<li><img src="a.jpg" alt=""><div class="caption"><div class="caption-full">${caption} less</div><div class="caption-truncated">${caption.slice(0, 90)} ... more</div></div></li>`;

describe('blocks repeating earlier text', () => {
  it('are read once: a gallery caption given in full and clipped, for each slide', () => {
    const a = articleOfHtml(
      `<html><body><article><h1>Night bus kept</h1><div class="story"><ul class="gallery">${slide}${slide}</ul>${body}</div></article></body></html>`,
    );
    expect(a.text).toContain('Paragraph 5:');
    expect(a.text.split('Nurses and porters').length - 1).toBe(1);
  });

  it('keep short lines that repeat, as a refrain', () => {
    const a = articleOfHtml(
      `<html><body><article><h1>Night bus kept</h1><div class="story">${body}<p>No bus, no shift.</p><p>${body.slice(3, 60)}</p><p>No bus, no shift.</p></div></article></body></html>`,
    );
    expect(a.text.split('No bus, no shift.').length - 1).toBe(2);
  });
});

describe('a paragraph repeated side by side', () => {
  it('is kept: the page itself is a run of the same text', () => {
    const same = `<p>${'The same placeholder sentence, repeated as the page was written, stays in the text. '.repeat(2)}</p>`;
    const a = articleOfHtml(
      `<html><body><article><h1>Night bus kept</h1><div class="story">${same}${same}${same}</div></article></body></html>`,
    );
    expect(a.text.split('The same placeholder sentence').length - 1).toBe(6);
  });
});

describe('prose repeats', () => {
  it('keep prose paragraphs the author repeats in two parts of the story', () => {
    const prose = `<p>${'A paragraph the author chose to say twice, once in each part of the story. '.repeat(2)}</p>`;
    const a = articleOfHtml(
      `<html><body><article><h1>Night bus kept</h1><div class="story"><div>${body}${prose}</div><h2>Later</h2><div><p>One more line of prose in the second part.</p>${prose}</div></div></article></body></html>`,
    );
    expect(a.text.split('A paragraph the author chose').length - 1).toBe(4);
  });
});
