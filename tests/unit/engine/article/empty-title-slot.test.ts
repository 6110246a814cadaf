import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const para = (n: number): string =>
  `<p>Paragraph ${n}: buses will replace trains between the two towns on Sundays in June, leaving from the station forecourt every twenty minutes, and bicycles can be carried on request.</p>`;
const page = (title: string, h1: string): string =>
  `<html><head><title>${title}</title></head><body><div class="page"><h1 class="logo">${h1}</h1>
    <div class="content"><h2>Replacement Buses on Sunday Services</h2>${[1, 2, 3].map(para).join('')}
    <h2>Where to Find the Stops</h2>${[4, 5, 6].map(para).join('')}</div></div></body></html>`;

describe('a <title> with its headline slot left empty', () => {
  it('takes the first subheading of the article as the title when there is no headline <h1>', () => {
    const a = articleOfHtml(page('Valley Railways -', ''));
    expect(a.title).toBe('Replacement Buses on Sunday Services');
    expect(a.text.startsWith('Paragraph 1:')).toBe(true);
    expect(a.text).toContain('Where to Find the Stops');
  });

  it('takes the shown <h1> headline over a subheading', () => {
    const a = articleOfHtml(page('| Valley Railways', 'Sunday Trains Give Way to Buses in June'));
    expect(a.title).toBe('Sunday Trains Give Way to Buses in June');
  });

  it('keeps a filled <title>, not the first subheading', () => {
    const a = articleOfHtml(page('Buses replace Sunday trains in June - Valley Railways', ''));
    expect(a.title).toBe('Buses replace Sunday trains in June');
  });
});
