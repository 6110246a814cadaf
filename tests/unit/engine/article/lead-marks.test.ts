import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const BODY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the council said the new routes would open in spring, after the depot works, and that fares would stay as they are for the rest of the year.</p>`,
).join('');

const DEK = 'A short guide to the bus routes that change this spring, and what riders should expect.';

function page(between: string): string {
  return `<!doctype html><html lang="en"><head><title>Bus routes</title></head><body><main><header><h1>Bus routes change in spring</h1><p class="story-dek">${DEK}</p>${between}</header><div class="story-body">${BODY}</div></main></body></html>`;
}

function leadText(html: string): string | undefined {
  return articleOfHtml(html)
    .blocks.find((b) => b.kind === 'lead')
    ?.element.textContent?.trim();
}

describe('the lead marked by its class', () => {
  it('is the page dek, not the intro of the last item of a round-up before the body', () => {
    const item = (n: number): string =>
      `<div class="pick"><div class="pick__intro">Pick ${n}: a folding seat for the long ride home, light enough to carry all day.</div></div>`;
    expect(leadText(page(`${item(1)}${item(2)}`))).toBe(DEK);
  });

  it('is not the caption of the lead picture', () => {
    const figure =
      '<figure class="lead-image"><img src="bus.jpg" alt=""><figcaption class="lead-image__caption">A bus waits at the depot on the morning the new routes were announced.</figcaption></figure>';
    expect(leadText(page(figure))).toBe(DEK);
  });

  it('is still read when one element carries the mark, and when a wrapper and its paragraph share it', () => {
    expect(leadText(page(''))).toBe(DEK);
    const nested = page('').replace(
      `<p class="story-dek">${DEK}</p>`,
      `<div class="story-dek"><p class="story-dek">${DEK}</p></div>`,
    );
    expect(leadText(nested)).toBe(DEK);
  });
});
