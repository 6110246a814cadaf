import { describe, expect, it } from 'vitest';
import { httpPageKey, pageKey } from '../../../src/shared/page-url';

describe('pageKey', () => {
  it('drops the fragment and tracking parameters, keeps the rest in order', () => {
    expect(pageKey('https://news.example/a?id=7&utm_source=x&fbclid=y&page=2#comments')).toBe(
      'https://news.example/a?id=7&page=2',
    );
  });

  it('leaves no bare question mark when every parameter was tracking', () => {
    expect(pageKey('https://news.example/a?UTM_Medium=mail&gclid=1')).toBe('https://news.example/a');
  });

  it('keeps parameters that only look similar', () => {
    expect(pageKey('https://news.example/a?utmost=1&ref=home')).toBe(
      'https://news.example/a?utmost=1&ref=home',
    );
  });
});

describe('httpPageKey', () => {
  it('keys http(s) addresses and refuses every other scheme and junk', () => {
    expect(httpPageKey('HTTPS://News.Example/a?utm_source=x#c')).toBe('https://news.example/a');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'https://',
      ' ',
    ])
      expect(httpPageKey(bad), bad).toBeNull();
  });
});
