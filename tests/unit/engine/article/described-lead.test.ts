import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const DEK =
  'After a week of storms that cut the island off twice, the council has agreed to keep two ferry crossings a day all winter, and to review fares in spring.';
const BODY = [
  'The decision came at a late meeting on Tuesday, after residents filled the village hall to ask for a safer timetable.',
  'The operator said it would add a relief crew in December, when the harbour is busiest with freight and with mail.',
  'Councillors said the cost of the new fuel contract would be known by March, and fares would be set after that.',
  'Island schools said pupils who board on the mainland would be able to come home every weekend once again.',
].map((s) => `<p>${s} ${s}</p>`);

/** The dek sits in the header, wrappers away from the body, with no class naming it a lead. */
const page = (description: string, dek = DEK, body = BODY.join('')): string =>
  `<!DOCTYPE html><html lang="en"><head><title>Ferry keeps winter crossings</title><meta property="og:description" content="${description}"></head><body><div class="main"><div class="head"><div class="title-wrap"><h1>Ferry keeps winter crossings</h1></div><div class="a"><div class="b"><div class="c"><div class="d"><p>${dek}</p></div></div></div></div></div><div class="row"><div class="col"><div class="inner"><div class="text">${body}</div></div></div></div></div></body></html>`;

describe('a dek the page also gives as its description', () => {
  it('is read before the body, also when the description is cut short', () => {
    const cut = `${DEK.slice(0, 90)}…`;
    for (const description of [DEK, cut]) {
      const a = articleOfHtml(page(description));
      expect(a.text.startsWith('After a week of storms')).toBe(true);
      expect(a.blocks[0]?.kind).toBe('lead');
    }
  });

  it('is not read when the description is another text, or too short to tell', () => {
    const other = articleOfHtml(
      page('A guide to the ferry timetable, fares and crossings for the island this winter season.'),
    );
    expect(other.text).not.toContain('After a week of storms');
    const short = articleOfHtml(
      page(
        'After a week of storms',
        'After a week of storms the ferry runs again, as the council said it would on Tuesday.',
      ),
    );
    expect(short.text).not.toContain('the ferry runs again');
  });

  it('is not read twice when the body opens with the description', () => {
    const first = BODY[0]!.replace(/<\/?p>/g, '');
    const a = articleOfHtml(page(first, first));
    expect(a.text.split('The decision came at a late meeting').length - 1).toBe(2);
  });
});
