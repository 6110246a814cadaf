import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const P1 = `<p>${'The new paper stocker holds a week of newspapers and ties them with a film that clings to itself. '.repeat(3)}</p>`;
const P2 = `<p>${'It also holds cupboard doors shut during a move, so nothing falls out while the furniture is carried. '.repeat(3)}</p>`;
const page = (between: string): string =>
  `<!DOCTYPE html><html lang="en"><head><title>Paper stocker review</title></head><body><article><h1>A paper stocker that also helps you move</h1><div class="body">${P1}${between}${P2}</div></article></body></html>`;

describe('a wrapper holding only a captioned picture', () => {
  it('keeps the caption, a credit given as a link', () => {
    const a = articleOfHtml(
      page(
        '<div class="embedblock"><figure><img src="/p.jpg" width="640"><figcaption>Image: <a href="https://shop.example/item">Shop.example</a></figcaption></figure></div>',
      ),
    );
    expect(a.text).toContain('Image: Shop.example');
    expect(a.text.indexOf('Image: Shop.example')).toBeLessThan(a.text.indexOf('It also holds'));
  });

  it('still drops a wrapper of links beside a picture', () => {
    const a = articleOfHtml(
      page(
        '<div class="embedblock"><img src="/p.jpg"><a href="/a">More paper tips</a> <a href="/b">Moving day</a></div>',
      ),
    );
    expect(a.text).not.toContain('More paper tips');
  });
});
