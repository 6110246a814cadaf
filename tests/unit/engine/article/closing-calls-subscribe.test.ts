import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const body = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the library board said the reading room would open until nine from March, and that membership would stay free for pupils and pensioners.</p>`,
).join('');

const page = (closing: string): string =>
  `<html><body><article><h1>Library opens late</h1><div class="story-body">${body}${closing}</div></article></body></html>`;

describe('calls to action that close the body', () => {
  it('are left out: subscribe, log in and app notes after the last paragraph', () => {
    const a = articleOfHtml(
      page(
        '<p>Subscribe now to our evening edition for the full story.</p><p>Already a subscriber? Log in for immediate access.</p><p>For breaking news, download our free apps for phones and tablets.</p>',
      ),
    );
    expect(a.text).toContain('Paragraph 6:');
    expect(a.text).not.toMatch(/Subscribe now|Log in|download our/u);
  });

  it('stay when they are the article’s own prose: long, or before other paragraphs', () => {
    const long = `<p>The board also said that the subscription fee for the digital archive, which ${'researchers and local historians use every week, '.repeat(4)}would not rise.</p>`;
    expect(articleOfHtml(page(long)).text).toContain('subscription fee');
    const inside = articleOfHtml(
      `<html><body><article><h1>Library opens late</h1><div class="story-body"><p>Readers can sign up for a card at the desk.</p>${body}</div></article></body></html>`,
    );
    expect(inside.text).toContain('sign up for a card');
  });
});
