import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const PARAS = `<p>${'The harbour board said the new quay would open in spring, after two years of work and a long dispute over the budget. '.repeat(4)}</p><p>${'Fishing crews welcomed the news, saying the old quay had been unsafe in winter storms for years. '.repeat(4)}</p>`;
const page = (inArticle: string, after: string): string =>
  `<!DOCTYPE html><html lang="en"><head><title>New quay</title></head><body><article><h1>New quay opens in spring</h1>${inArticle}${PARAS}</article>${after}</body></html>`;
const thread = `<div class="post-comments"><div class="post-comments-item"><div class="post-comments-item-author"><span>Ben Ward</span></div><p>Great news for the crews.</p></div></div>`;

describe('bylines and comment threads', () => {
  it("never takes a commenter's name, marked up like a byline, as the article's byline", () => {
    expect(articleOfHtml(page('', thread)).byline).toBeNull();
  });

  it("still reads the article's own byline mark on a page with comments", () => {
    expect(articleOfHtml(page('<div class="author">By Ann Lee</div>', thread)).byline).toBe('Ann Lee');
  });
});

describe('a "By" label set apart from the name', () => {
  it('reads the name from the block after a "By" of its own', () => {
    const label = '<div class="side"><div><p><strong>By</strong></p></div><div><p>Ann Lee</p></div></div>';
    expect(articleOfHtml(page('', label)).byline).toBe('Ann Lee');
  });

  it('takes no paragraph of prose after a lone "By" as a name', () => {
    const label = `<div class="side"><p><strong>By</strong></p><p>${'The quay was built by the town in the last century and has been repaired many times since. '.repeat(3)}</p></div>`;
    expect(articleOfHtml(page('', label)).byline).toBeNull();
  });
});
