import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const body = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the harbour board said the new ferry would run every hour from May, and that fares for residents would stay at last year's level until the autumn.</p>`,
).join('');

const page = (beforeBody: string, bodyStart = ''): string =>
  `<html><body><article><h1>Harbour gets a new ferry</h1>
    ${beforeBody}<div class="story-body">${bodyStart}${body}</div></article></body></html>`;

describe('the lead picture caption', () => {
  it('opens the body when the picture sits just before the body container', () => {
    const a = articleOfHtml(
      page(
        '<figure><img src="/ferry.jpg" alt=""><figcaption>The new ferry on its trial run in the bay. Photo: Port Authority</figcaption></figure>',
      ),
    );
    expect(a.text.startsWith('The new ferry on its trial run')).toBe(true);
    expect(a.text.indexOf('Photo: Port Authority')).toBeLessThan(a.text.indexOf('Paragraph 1:'));
  });

  it('opens the body when the picture is inside the container under a class the cleaning drops', () => {
    const a = articleOfHtml(
      page(
        '',
        '<div class="top-media"><img src="/ferry.jpg" alt=""><div class="credit">STAFF PHOTO</div><p class="caption">Passengers boarding at the north pier.</p></div>',
      ),
    );
    expect(a.text.startsWith('Passengers boarding at the north pier.')).toBe(true);
  });

  it('reads the caption without the photo credit or the lightbox control', () => {
    const a = articleOfHtml(
      page(
        '<div class="hero"><a class="modal-trigger" href="#">Enlarge image</a><img src="/ferry.jpg" alt=""><p class="caption"><span>The ferry leaving the south quay.</span> <span class="photo-credit">Agency Photos</span></p></div>',
      ),
    );
    expect(a.text.startsWith('The ferry leaving the south quay.')).toBe(true);
    expect(a.text).not.toContain('Agency Photos');
    expect(a.text).not.toContain('Enlarge image');
  });

  it('is left out when other text stands between the picture and the body', () => {
    const a = articleOfHtml(
      page(
        '<figure><img src="/ferry.jpg" alt=""><figcaption>An older ferry, now retired.</figcaption></figure><div class="note">Listen to this article: eight minutes, read by a narrator.</div>',
      ),
    );
    expect(a.text).not.toContain('An older ferry');
  });

  it('does not take an author box or a long promo for a caption', () => {
    const author = articleOfHtml(
      page('<div class="avatar"><img src="/ann.jpg" alt=""><span>By Ann Lee</span></div>'),
    );
    expect(author.text).not.toContain('Ann Lee');
    const promo = `<div class="promo"><img src="/p.jpg" alt=""><p>${'Subscribe for the weekly harbour newsletter with tide tables and events. '.repeat(6)}</p></div>`;
    expect(articleOfHtml(page(promo)).text).not.toContain('weekly harbour newsletter');
  });
});
