import { describe, expect, it } from 'vitest';
import { decodeCharRefs } from '../../../../src/engine/article/char-refs';
import { toIsoDay } from '../../../../src/engine/article/dates';
import { cleanTitle } from '../../../../src/engine/article/title';
import { articleOfHtml } from './load-fixture';

const PARAS = `<p>${'The harbour board said the new quay would open in spring, after two years of work and a long dispute over the budget. '.repeat(4)}</p><p>${'Fishing crews welcomed the news, saying the old quay had been unsafe in winter storms for years. '.repeat(4)}</p>`;
const page = (head: string, top = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><title>Page title</title>${head}</head><body><article>${top}${PARAS}</article></body></html>`;
const none = (): string[] => [];

describe('character references in metadata', () => {
  it('decodes numeric, named and double-encoded references', () => {
    expect(decodeCharRefs('Ch&#237;nh s&#225;ch m&#x1edb;i')).toBe('Chính sách mới');
    expect(decodeCharRefs('Chi&amp;#7871;n l&amp;#432;&amp;#7907;c')).toBe('Chiến lược');
    expect(decodeCharRefs('Caf&eacute; &amp;amp; Cr&egrave;me')).toBe('Café & Crème');
    expect(decodeCharRefs('Fish &chips; 5 &lt 6')).toBe('Fish &chips; 5 &lt 6');
  });

  it('shows a double-encoded og:title and a JSON-LD headline as characters', () => {
    const og = articleOfHtml(
      page('<meta property="og:title" content="Chi&amp;#7871;n l&amp;#432;&amp;#7907;c m&#7899;i">'),
    );
    expect(og.title).toBe('Chiến lược mới');
    const ld = articleOfHtml(
      page(
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ch&#237;nh s&#225;ch"}</script>`,
      ),
    );
    expect(ld.title).toBe('Chính sách');
  });
});

describe('bylines that are not a writer', () => {
  it('skips a domain or the site name and takes the "By" line', () => {
    const a = articleOfHtml(
      page(
        '<meta name="author" content="NEWS.EXAMPLE.VN"><meta property="og:site_name" content="Globex">',
        '<div>By <span>Ann Lee</span></div>',
      ),
    );
    expect(a.byline).toBe('Ann Lee');
    const b = articleOfHtml(
      page('<meta name="author" content="Globex"><meta property="og:site_name" content="Globex">'),
    );
    expect(b.byline).toBeNull();
  });

  it('keeps a writer whose personal site bears their name', () => {
    const a = articleOfHtml(
      page('<meta name="author" content="Ann Lee"><meta property="og:site_name" content="Ann Lee">'),
    );
    expect(a.byline).toBe('Ann Lee');
  });

  it('skips edition notes and placeholders', () => {
    expect(
      articleOfHtml(page('<meta name="author" content="Revised Edition Edited by Bo Tran">')).byline,
    ).toBeNull();
    expect(articleOfHtml(page('<meta name="author" content="No Author">')).byline).toBeNull();
  });

  it('reads a "By" glued to the name, and not a "By the ..." phrase', () => {
    expect(articleOfHtml(page('', '<div><span>By</span><a href="/a">Ann Lee</a></div>')).byline).toBe(
      'Ann Lee',
    );
    expect(articleOfHtml(page('', '<div>By the numbers: three quays</div>')).byline).toBeNull();
  });
});

describe('the headline against the metadata title', () => {
  it('takes the <h1> when the metadata title adds a section or site around it', () => {
    const a = articleOfHtml(
      page(
        '<meta property="og:title" content="Opinion | Quay opens in spring">',
        '<h1>Quay opens in spring</h1>',
      ),
    );
    expect(a.title).toBe('Quay opens in spring');
    const wide = articleOfHtml(
      page(
        '<meta property="og:title" content="港の新岸壁が春に開業 ｜ 港湾ニュース">',
        '<h1>港の新岸壁が春に開業</h1>',
      ),
    );
    expect(wide.title).toBe('港の新岸壁が春に開業');
  });

  it('takes the <h1> when the metadata title is a cut-down variant of it', () => {
    const a = articleOfHtml(
      page(
        '<meta property="og:title" content="Quay opens in spring">',
        '<h1>Harbour quay finally opens in spring after two years of delays</h1>',
      ),
    );
    expect(a.title).toBe('Harbour quay finally opens in spring after two years of delays');
  });

  it('keeps the metadata title against a labelled or barely different <h1>', () => {
    const label = articleOfHtml(
      page(
        '<meta property="og:title" content="Quay opens in spring">',
        '<h1>Local News | Quay opens in spring</h1>',
      ),
    );
    expect(label.title).toBe('Quay opens in spring');
    const the = articleOfHtml(
      page('<meta property="og:title" content="Quay opens in spring">', '<h1>The quay opens in spring</h1>'),
    );
    expect(the.title).toBe('Quay opens in spring');
  });

  it('ignores a metadata title that is only the site name', () => {
    const a = articleOfHtml(
      page('<meta property="og:title" content="harbour-news.example">', '<h1>Quay opens in spring</h1>'),
    );
    expect(a.title).toBe('Page title');
  });

  it('splits at full-width separators and "_"', () => {
    expect(cleanTitle('港の新岸壁が春に開業_港湾ニュース', '港湾ニュース', null, none, false)).toBe(
      '港の新岸壁が春に開業',
    );
  });
});

describe('published dates', () => {
  it('reads year-first CJK dates and English abbreviated months', () => {
    expect(toIsoDay('2019年4月4日 09:43')).toBe('2019-04-04');
    expect(toIsoDay('2019/04/04')).toBe('2019-04-04');
    expect(toIsoDay('Nov. 20, 2019')).toBe('2019-11-20');
    expect(toIsoDay('07/03/2026 08:47')).toBe('2026-03-07');
  });

  it('reads <meta value>, a custom element with datetime, and a date in the byline line', () => {
    expect(
      articleOfHtml(page('<meta property="article:published_time" value="2021-05-06T10:00:00Z">')).published,
    ).toBe('2021-05-06');
    expect(
      articleOfHtml(page('', '<relative-time datetime="2020-07-07T12:10:51Z">on Jul 7</relative-time>'))
        .published,
    ).toBe('2020-07-07');
    expect(
      articleOfHtml(page('', '<div class="author">Written by Ann Lee on 1 June 2019 at 08:34 PM</div>'))
        .published,
    ).toBe('2019-06-01');
  });
});
