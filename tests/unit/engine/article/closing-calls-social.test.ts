import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const para = (n: number): string =>
  `<p>Paragraph ${n}: the harbour board said the new ferry berth would open in May, and that the old pier would stay in use for fishing boats, dinghies and the lifeboat until then.</p>`;
const story = (closing: string): string =>
  `<html><body><main><h1>Ferry berth to open in May</h1><div class="story">${[1, 2, 3, 4, 5].map(para).join('')}${closing}</div></main></body></html>`;

describe('calls to action closing the body', () => {
  it('drops a closing line asking the reader to follow the site on social networks', () => {
    const a = articleOfHtml(
      story(
        '<p><strong>Follow The Harbour Times on Instagram and on Facebook @HarbourTimes. Send us a tip at tips@example.org.</strong></p>',
      ),
    );
    expect(a.text).toContain('Paragraph 5:');
    expect(a.text).not.toContain('Follow The Harbour Times');
  });

  it('drops a closing line offering the news on the reader\u2019s phone, and one inviting them to join a forum', () => {
    const a = articleOfHtml(
      story(
        '<p>Get the latest local news straight to your phone with the Harbour Times app.</p><p>Join our reader forums to keep talking about the coast.</p>',
      ),
    );
    expect(a.text).toContain('Paragraph 5:');
    expect(a.text).not.toContain('straight to your phone');
    expect(a.text).not.toContain('Join our reader forums');
  });

  it('keeps a closing sentence of the story that mentions following up or an app', () => {
    const a = articleOfHtml(
      story(
        '<p>The board did not follow up on the complaint, and the ferry company said its booking app would carry the new timetable.</p>',
      ),
    );
    expect(a.text).toContain('did not follow up on the complaint');
  });

  it('keeps a call-like line that is not at the end of the body', () => {
    const a = articleOfHtml(
      story(`<p>Follow the works on Facebook, the board told residents at the meeting.</p>${para(6)}`),
    );
    expect(a.text).toContain('Follow the works on Facebook');
    expect(a.text).toContain('Paragraph 6:');
  });
});
