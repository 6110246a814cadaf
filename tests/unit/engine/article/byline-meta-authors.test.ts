import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const PARAS = `<p>${'The harbour board said the new quay would open in spring, after two years of work and a long dispute over the budget. '.repeat(4)}</p><p>${'Fishing crews welcomed the news, saying the old quay had been unsafe in winter storms for years. '.repeat(4)}</p>`;
const page = (head: string, header = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><title>New quay</title>${head}</head><body><article><header><h1>New quay opens in spring</h1>${header}</header>${PARAS}</article></body></html>`;

describe('author tags repeated, one a writer', () => {
  it('gives every writer, in page order', () => {
    const a = articleOfHtml(
      page('<meta name="DC.Creator" content="Ann Lee"><meta name="DC.Creator" content="Bo Park">'),
    );
    expect(a.byline).toBe('Ann Lee, Bo Park');
  });

  it('keeps names filed surname first apart', () => {
    const a = articleOfHtml(
      page('<meta name="DC.Creator" content="Lee, A."><meta name="DC.Creator" content="Park, Bo de">'),
    );
    expect(a.byline).toBe('Lee, A.; Park, Bo de');
  });

  it('gives a name repeated, or beside the site, once', () => {
    const a = articleOfHtml(
      page(
        '<meta property="og:site_name" content="Harbour News"><meta name="author" content="Ann Lee"><meta name="author" content="Harbour News"><meta name="author" content="Ann Lee">',
      ),
    );
    expect(a.byline).toBe('Ann Lee');
  });
});

describe('a login handle as the metadata author', () => {
  const ld = (author: string): string =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"New quay opens in spring","author":"${author}"}</script>`;

  it('gives way to the writer the page prints', () => {
    const a = articleOfHtml(page(ld('harbour_ed42'), '<span class="author-name">Ann Lee</span>'));
    expect(a.byline).toBe('Ann Lee');
  });

  it('stays where the page prints no name', () => {
    expect(articleOfHtml(page(ld('harbour_ed42'))).byline).toBe('harbour_ed42');
  });

  it('leaves a name without digits alone', () => {
    const a = articleOfHtml(page(ld('Ann Lee'), '<span class="author-name">Bo Park</span>'));
    expect(a.byline).toBe('Ann Lee');
  });
});
