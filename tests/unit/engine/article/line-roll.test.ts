import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src/cli/load-document';
import { measurePage } from '../../../../src/engine/article/dom-stats';
import { articleOfHtml } from './load-fixture';

const LETTER = [
  'We write because the island ferry is the one link our families, schools and shops have with the mainland.',
  'This winter, storms cut that link twice, and the timetable left people stranded for days without warning.',
  'We ask the council to keep two crossings a day through the season, and to publish the timetable early.',
  'We also ask that fares be reviewed in spring, once the cost of the new fuel contract is finally known.',
].map((s) => `<p>${s} ${s}</p>`);
/** Signatories, one per line: a name and a place, each line with its comma. */
const NAMES = Array.from(
  { length: 100 },
  (_, i) => `Signer ${String.fromCharCode(65 + (i % 26))}${i}, Harbour Road, North Quay<br>`,
).join('');

const page = (roll: string): string =>
  `<!DOCTYPE html><html lang="en"><head><title>A letter on the ferry</title></head><body><div class="post"><h1>A letter on the ferry</h1>${LETTER.join('')}<table><tr><td><span>${roll}</span></td><td><span>${roll}</span></td></tr></table></div></body></html>`;

describe('a roll of names beside the article', () => {
  it('scores no commas for a roll of short lines without full stops', () => {
    const doc = parseHtml(page(NAMES), 'https://example.test/a');
    const { units } = measurePage(doc.body, true);
    const roll = units.filter((u) => u.holder.tagName === 'TR');
    expect(roll.length).toBe(2);
    expect(roll.every((u) => u.commas === 0)).toBe(true);
    // The letter's paragraphs keep theirs.
    expect(units.filter((u) => u.holder.className === 'post').every((u) => u.commas > 0)).toBe(true);
  });

  it('keeps the commas of prose set line by line, whose lines end in full stops', () => {
    const story = Array.from(
      { length: 30 },
      (_, i) => `On day ${i}, at dawn, the boat came in, and then, slowly, it left again.<br>`,
    ).join('');
    const side = Array.from(
      { length: 3 },
      () =>
        `<p>${'Opening hours, prices, parking and tickets for the harbour museum, updated weekly. '.repeat(2)}</p>`,
    ).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><title>The boat</title></head><body><div class="wrap"><div class="story">${story}</div></div><div class="side">${side}</div></body></html>`;
    expect(articleOfHtml(html).text).toContain('the boat came in, and then, slowly');
  });
});
