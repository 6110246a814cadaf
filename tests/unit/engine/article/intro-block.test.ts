import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const para = (cls: string, text: string): string => `<p class="${cls}">${text.repeat(3)}</p>`;
const BODY = [
  'The council voted on Tuesday to keep the harbour ferry running through the winter, after a long debate. ',
  'Fares will rise by a small amount in January, and the timetable will stay as it is for now, officials said. ',
  'The operator had warned that fuel costs, wages and repairs had risen faster than the fares it collects. ',
  'A review of the service is due in the spring, when the council will look again at the subsidy it pays. ',
  'Passengers who use the ferry to reach work said they were relieved, though some would like later boats. ',
]
  .map((t) => para('txt', t))
  .join('');

/** The intro in a block of its own, a sibling of the part that holds the body's container. */
const page = (introClass: string): string =>
  `<!DOCTYPE html><html lang="en"><head><title>Ferry saved</title></head><body><main><div class="wrap">
<div class="top-part">
<p class="note">We may earn a commission from links on this page. <a href="/terms">Terms</a></p>
${para(introClass, 'The harbour ferry will keep sailing this winter, the town council decided after a vote. ')}
${para(introClass, 'The decision ends months of doubt for the hundreds of people who cross the harbour daily. ')}
</div>
<div class="main-part"><div class="toc"><a href="#a">Vote</a> <a href="#b">Fares</a></div>
<div class="story">${BODY}</div></div>
</div></main></body></html>`;

describe('intro paragraphs in a block before the body part', () => {
  it('joins paragraphs styled like the body, ahead of it, and leaves the note beside them out', () => {
    const a = articleOfHtml(page('txt'));
    expect(a.text).toContain('The harbour ferry will keep sailing');
    expect(a.text).toContain('The decision ends months of doubt');
    expect(a.text.indexOf('The decision ends')).toBeLessThan(a.text.indexOf('The council voted'));
    expect(a.text).not.toContain('We may earn a commission');
  });

  it('does not join paragraphs set in another style (teasers, promos)', () => {
    const a = articleOfHtml(page('promo-text'));
    expect(a.text).not.toContain('The harbour ferry will keep sailing');
    expect(a.text).toContain('The council voted');
  });
});
