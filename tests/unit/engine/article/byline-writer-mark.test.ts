import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const PARAS = `<p>${'The harbour board said the new quay would open in spring, after two years of work and a long dispute over the budget. '.repeat(4)}</p><p>${'Fishing crews welcomed the news, saying the old quay had been unsafe in winter storms for years. '.repeat(4)}</p>`;
const page = (header: string): string =>
  `<!DOCTYPE html><html lang="en"><head><title>New quay</title></head><body><article><header><h1>New quay opens in spring</h1>${header}</header>${PARAS}</article></body></html>`;

describe('a byline marked as the writer', () => {
  it('reads the name from a "writer" class beside the date', () => {
    const a = articleOfHtml(
      page('<div><span class="writer">Ann Lee</span><span class="date">2019/04/13</span></div>'),
    );
    expect(a.byline).toBe('Ann Lee');
  });

  it('reads it under a compound class too', () => {
    const a = articleOfHtml(page('<p class="article-writer-name">Bob Hart</p>'));
    expect(a.byline).toBe('Bob Hart');
  });
});
