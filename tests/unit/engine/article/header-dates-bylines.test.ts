import { describe, expect, it } from 'vitest';
import { nameFromProfileUrl } from '../../../../src/engine/article/byline';
import { toIsoDay } from '../../../../src/engine/article/dates';
import { articleOfHtml } from './load-fixture';

const PARAS = `<p>${'The island council said the ferry would keep two winter crossings a day, after a long dispute over fuel costs and crew. '.repeat(4)}</p><p>${'Residents welcomed the news, saying the old timetable had left them stranded for days in storms. '.repeat(4)}</p>`;

describe('dates only in the visible header', () => {
  it('reads a date line nested deep after the headline', () => {
    const a = articleOfHtml(`<html lang="en"><body><div class="top">
      <div><div><div><div><h1>Ferry keeps winter crossings</h1></div></div></div></div>
      <div><div><span>Island Courier</span></div><div><div><span>Updated: Dec 15, 2016 2:57 PM</span></div></div></div>
      <div class="c">${PARAS}</div></div></body></html>`);
    expect(a.published).toBe('2016-12-15');
  });

  it('does not take a date from the body or a page without one', () => {
    const a = articleOfHtml(`<html lang="en"><body><h1>Ferry keeps winter crossings</h1>
      <div class="c">${PARAS}<p>${'The next review of the timetable is due on March 3, 2027, the council said in a statement on its site. '.repeat(3)}</p></div></body></html>`);
    expect(a.published).toBeNull();
  });

  it('reads the date as JavaScript and Unix date print it', () => {
    expect(toIsoDay('Mon Aug 03 12:45:00 EDT 2015')).toBe('2015-08-03');
    expect(toIsoDay('Tue Feb 4 09:00 2020')).toBe('2020-02-04');
    expect(toIsoDay('Opening hours 12:45 to 2015')).toBeNull();
  });
});

describe('a writer given as a profile URL', () => {
  it('spells the name from the profile path', () => {
    expect(nameFromProfileUrl('https://news.example/editors/ann-lee/')).toBe('Ann Lee');
    expect(nameFromProfileUrl('https://news.example/people/mary-ann-de-vries')).toBe('Mary Ann De Vries');
  });

  it('gives nothing for a bare account or an article path', () => {
    expect(nameFromProfileUrl('https://social.example/islandcourier')).toBeNull();
    expect(
      nameFromProfileUrl('https://news.example/2020/01/ferry-keeps-two-winter-crossings-a-day'),
    ).toBeNull();
    expect(nameFromProfileUrl('Ann Lee')).toBeNull();
  });

  it('is the byline when metadata has only the URL', () => {
    const a = articleOfHtml(
      `<html lang="en"><head><meta property="article:author" content="https://news.example/editors/ann-lee"></head><body><article><h1>Ferry keeps winter crossings</h1>${PARAS}</article></body></html>`,
    );
    expect(a.byline).toBe('Ann Lee');
  });
});
