import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../../src/engine/article/byline';
import { articleOfHtml } from './load-fixture';

const PARAS = `<p>${'The harbour board said the new quay would open in spring, after two years of work and a long dispute over the budget. '.repeat(4)}</p><p>${'Fishing crews welcomed the news, saying the old quay had been unsafe in winter storms for years. '.repeat(4)}</p>`;
const page = (lang: string, header: string): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>New quay</title></head><body><article><header><h1>New quay opens in spring</h1>${header}</header>${PARAS}</article></body></html>`;

describe('a byline after an "Author:" label', () => {
  it('drops the label from the name', () => {
    expect(cleanByline('Author: Ann Lee')).toBe('Ann Lee');
    expect(cleanByline('著者：山田花子')).toBe('山田花子');
  });

  it('reads a labelled line with no byline class', () => {
    const a = articleOfHtml(page('en', '<div><a href="/people/12/">Author: Ann Lee</a></div>'));
    expect(a.byline).toBe('Ann Lee');
  });

  it('reads a name in a script without capitals', () => {
    const a = articleOfHtml(page('ja', '<div><a href="/people/12/">著者：山田花子</a></div>'));
    expect(a.byline).toBe('山田花子');
  });
});
