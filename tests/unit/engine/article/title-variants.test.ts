import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../../src/engine/article/title';
import { articleOfHtml } from './load-fixture';

const PARAS = `<p>${'The island council said the ferry would keep two winter crossings a day, after a long dispute over fuel costs and crew. '.repeat(4)}</p><p>${'Residents welcomed the news, saying the old timetable had left them stranded for days in storms. '.repeat(4)}</p>`;
const page = (head: string, top = '', before = '', docTitle = 'Page title'): string =>
  `<!DOCTYPE html><html lang="en"><head><title>${docTitle}</title>${head}</head><body>${before}<article>${top}${PARAS}</article></body></html>`;
const none = (): string[] => [];

describe('the visible headline against a rewritten share or search title', () => {
  it("takes the article's <h1>, which <title> repeats, over a different og:title", () => {
    const a = articleOfHtml(
      page(
        '<meta property="og:title" content="Island ferry timetable saved for the winter">',
        '<h1>Storms: ferry keeps two winter crossings a day</h1>',
        '',
        'Storms: ferry keeps two winter crossings a day - Island Courier',
      ),
    );
    expect(a.title).toBe('Storms: ferry keeps two winter crossings a day');
  });

  it('keeps og:title when the <h1> is a label cut down from it, plural forms aside', () => {
    const a = articleOfHtml(
      page(
        '<meta property="og:title" content="The 4 Winter Ferry Crossings Islanders Rely On, and Why They Matter">',
        '<h1>Islander Ferry Crossing</h1>',
        '',
        'Islander Ferry Crossing | Island Courier',
      ),
    );
    expect(a.title).toBe('The 4 Winter Ferry Crossings Islanders Rely On, and Why They Matter');
  });

  it('still takes the <h1> when og:title lacks one of its words', () => {
    const a = articleOfHtml(
      page(
        '<meta property="og:title" content="The 4 Winter Ferry Crossings Islanders Rely On, and Why They Matter">',
        '<h1>Islander Ferry Strike</h1>',
        '',
        'Islander Ferry Strike | Island Courier',
      ),
    );
    expect(a.title).toBe('Islander Ferry Strike');
  });

  it('keeps og:title when <title> does not bear the <h1> out', () => {
    const a = articleOfHtml(
      page(
        '<meta property="og:title" content="Island ferry timetable saved for the winter">',
        '<h1>Storms: ferry keeps two winter crossings a day</h1>',
        '',
        'Island ferry timetable saved for the winter | Island Courier',
      ),
    );
    expect(a.title).toBe('Island ferry timetable saved for the winter');
  });

  it('keeps the metadata title against a label, a hidden or an out-of-article <h1>', () => {
    const meta = '<meta property="og:title" content="Ferry keeps two winter crossings a day">';
    const both = (h1: string): string => `Ferry keeps two winter crossings a day - ${h1}`;
    expect(articleOfHtml(page(meta, '<h1>Island news</h1>', '', both('Island news'))).title).toBe(
      'Ferry keeps two winter crossings a day',
    );
    const hidden = 'Archive of island stories';
    expect(articleOfHtml(page(meta, `<h1 hidden>${hidden}</h1>`, '', both(hidden))).title).toBe(
      'Ferry keeps two winter crossings a day',
    );
    const outside = 'The Island Courier daily';
    expect(articleOfHtml(page(meta, '', `<h1>${outside}</h1>`, both(outside))).title).toBe(
      'Ferry keeps two winter crossings a day',
    );
  });
});

describe('site names around the title', () => {
  it('drops the site name set off without spaces', () => {
    expect(
      cleanTitle('Ferry keeps winter crossings:Island Courier', 'Island Courier', null, none, false),
    ).toBe('Ferry keeps winter crossings');
  });

  it("drops a part that is the page's logo heading, and a section after the headline", () => {
    const headings = (): string[] => ['島の新聞'];
    expect(cleanTitle('フェリーが冬も一日二便を維持_地域_島の新聞', null, null, headings, true)).toBe(
      'フェリーが冬も一日二便を維持',
    );
    expect(cleanTitle('島の新聞 - フェリーが冬も一日二便を維持', null, null, headings, true)).toBe(
      'フェリーが冬も一日二便を維持',
    );
  });

  it('drops a separator left with nothing after or before it', () => {
    expect(cleanTitle('Island Courier -', null, null, none, true)).toBe('Island Courier');
    expect(cleanTitle('| Ferry keeps winter crossings', null, null, none, false)).toBe(
      'Ferry keeps winter crossings',
    );
    expect(cleanTitle('Ferry keeps winter crossings - 2 a day', null, null, none, false)).toBe(
      'Ferry keeps winter crossings - 2 a day',
    );
  });

  it('keeps a title whose end only looks like a site name', () => {
    expect(cleanTitle('Why the Island Courier matters', 'Island Courier', null, none, false)).toBe(
      'Why the Island Courier matters',
    );
  });
});
