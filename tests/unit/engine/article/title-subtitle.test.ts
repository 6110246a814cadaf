import { describe, expect, it } from 'vitest';
import { addsSubtitle } from '../../../../src/engine/article/title';
import { articleOfHtml } from './load-fixture';

const PARAS = `<p>${'The harbour board said the autumn forum would open to the public, with talks on storm defences and the budget. '.repeat(4)}</p><p>${'Fishing crews welcomed the plan, saying the old quay had been unsafe in winter storms for years. '.repeat(4)}</p>`;
// The page's <h1> names its section; the event's name and subtitle are the first subheading.
const page = (ogTitle: string, subheading: string): string =>
  `<!DOCTYPE html><html lang="en"><head><title>Harbour Board</title><meta property="og:title" content="${ogTitle}"></head><body><article><h1>Events and seminars</h1><h2>${subheading}</h2>${PARAS}</article></body></html>`;

describe('a subheading that is the share title and a subtitle', () => {
  it('takes the whole subheading when the <h1> is a section label', () => {
    const a = articleOfHtml(
      page(
        'Harbour Forum 2019 “Storm ready”',
        'Harbour Forum 2019 “Storm ready” ～ from defence to planning ～',
      ),
    );
    expect(a.title).toBe('Harbour Forum 2019 “Storm ready” ～ from defence to planning ～');
  });

  it('keeps the share title when the subheading only begins with its words', () => {
    const a = articleOfHtml(page('Harbour Forum', 'Harbour Forums across the coast'));
    expect(a.title).toBe('Harbour Forum');
  });

  it('needs a mark between the title and the subtitle, spacing aside', () => {
    expect(addsSubtitle('Kansai「早期発見」 ～攻めへ～', 'Kansai「早期発見」')).toBe(true);
    expect(addsSubtitle('Enterprise 2.0 Conference', 'Enterprise 2.0')).toBe(false);
    expect(addsSubtitle('Enterprise 2.0', 'Enterprise 2.0')).toBe(false);
  });
});
