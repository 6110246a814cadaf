import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../../src/engine/article/byline';
import { articleOfHtml } from './load-fixture';

const PARAS = `<p>${'The harbour board said the new quay would open in spring, after two years of work and a long dispute over the budget. '.repeat(4)}</p><p>${'Fishing crews welcomed the news, saying the old quay had been unsafe in winter storms for years. '.repeat(4)}</p>`;
const page = (head: string, top = ''): string =>
  `<!DOCTYPE html><html lang="en"><head><title>New quay</title>${head}</head><body><article><h1>New quay</h1>${top}${PARAS}</article></body></html>`;

describe('byline text forms', () => {
  it('drops a "Posted on <date> by" line before the name', () => {
    expect(cleanByline('Posted on September 21, 2020 by Ann Lee')).toBe('Ann Lee');
    expect(cleanByline('Posted on September 21, 2020')).toBeNull();
  });

  it('drops the social handle printed after the name', () => {
    expect(cleanByline('Ann Lee @annlee_news')).toBe('Ann Lee');
    expect(cleanByline('@harbourdesk')).toBe('@harbourdesk');
  });

  it('reads a bare "By" label as no name', () => {
    expect(cleanByline('By')).toBeNull();
    expect(cleanByline('Theo')).toBe('Theo');
    expect(cleanByline('By Ann Lee')).toBe('Ann Lee');
  });

  it('turns a surname-first name round', () => {
    expect(cleanByline('Lee, Ann')).toBe('Ann Lee');
    expect(cleanByline('Ann Lee, Bob Hart')).toBe('Ann Lee, Bob Hart');
  });

  it('drops an outlet name in capitals glued to the name', () => {
    expect(cleanByline('By Ann LeeHARBOUR DAILY NEWS')).toBe('Ann Lee');
    expect(cleanByline('Ann McLEAN')).toBe('Ann McLEAN');
  });

  it('drops a year-first date after the name', () => {
    expect(cleanByline('Harbour Desk Staff 2019年04月28日 08時00分')).toBe('Harbour Desk Staff');
    expect(cleanByline('Ann Lee 2019/04/28')).toBe('Ann Lee');
  });

  it('reads a signature set off by a dash', () => {
    const a = articleOfHtml(page('', '<div><em>---- by Ann Lee</em></div>'));
    expect(a.byline).toBe('Ann Lee');
  });
});

describe('byline sources', () => {
  it('reads the share card\'s "Written by" label', () => {
    const head =
      '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ann Lee">';
    expect(articleOfHtml(page(head)).byline).toBe('Ann Lee');
    const other =
      '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">';
    expect(articleOfHtml(page(other)).byline).toBeNull();
  });

  it('completes a first name alone in metadata from the visible byline', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ann"}}</script>';
    expect(articleOfHtml(page(ld, '<p class="byline">By Ann Lee</p>')).byline).toBe('Ann Lee');
    expect(articleOfHtml(page(ld, '<p class="byline">By Bob Hart</p>')).byline).toBe('Ann');
  });

  it("takes the article's author tag before the page-wide author, which may name the publisher", () => {
    const tags =
      '<meta name="author" content="Harbour Media Group"><meta property="article:author" content="Ann Lee">';
    expect(articleOfHtml(page(tags)).byline).toBe('Ann Lee');
    // A profile URL in article:author gives way to the page-wide name.
    const url =
      '<meta name="author" content="Bob Hart"><meta property="article:author" content="https://social.example/harbourdaily">';
    expect(articleOfHtml(page(url)).byline).toBe('Bob Hart');
  });
});
