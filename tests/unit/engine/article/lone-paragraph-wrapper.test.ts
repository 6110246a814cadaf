import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

// One long paragraph alone in a <div> (an editor's block wrapper), then the rest of the story as
// short paragraphs and a text-only <div> straight in the article: the wrapper must not pass for the body.
const long =
  'The harbour board said on Tuesday that the old ferry pier, closed since the spring storms, would reopen for foot passengers in June, that cars would wait until the autumn, and that the repair, paid for from the reserve fund, had cost less than feared.';
const page = (wrapped: string): string => `<html><body><article><h1>Pier to reopen</h1>
  ${wrapped}
  <h2>Timetable</h2>
  <p>Boats every hour</p>
  <p>Night boats on Fridays</p>
  <h2>Fares</h2>
  <div>Fares stay as they are, the board said, and season tickets bought before the closure will run on for the months lost.</div>
</article></body></html>`;

describe('a paragraph alone in a wrapper <div>', () => {
  it('reads as a paragraph of the article around it, so the rest of the story is kept', () => {
    const a = articleOfHtml(page(`<div><p>${long}</p></div>`));
    expect(a.text).toContain('old ferry pier');
    expect(a.text).toContain('Boats every hour');
    expect(a.text).toContain('season tickets');
  });

  it('is kept as the container when the wrapper holds more than the one paragraph', () => {
    const a = articleOfHtml(page(`<div><p>${long}</p><p>${long.replace('Tuesday', 'Monday')}</p></div>`));
    expect(a.text).toContain('on Monday');
  });
});
