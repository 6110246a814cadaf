import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../../src/cli/load-document';
import { answerPanel, type PanelSession } from '../../../src/content/panel-link';
import { buildTextModel } from '../../../src/engine/text/build-text-model';

const EXTENSION = 'newsmark-id';
const HREF = 'https://news.example/story?utm_source=mail#top';
const URL_KEY = 'https://news.example/story';

function session(
  wanted: string | null = null,
): PanelSession & { reveal: ReturnType<typeof vi.fn<(range: Range) => void>> } {
  const doc = parseHtml('<!doctype html><body><p>The minister ordered a review of 12 contracts.</p></body>');
  const model = buildTextModel([{ kind: 'paragraph', element: doc.querySelector('p')! }]);
  return {
    articleModel: model,
    pageUrl: URL_KEY,
    wantedNote: () => wanted,
    reveal: vi.fn<(range: Range) => void>(),
  };
}

const ask = (s: ReturnType<typeof session>, message: unknown, sender = EXTENSION) =>
  answerPanel(message, sender, EXTENSION, s, HREF, s.reveal);

describe('answerPanel (the content script side of the side panel)', () => {
  it('tells the panel its page key, and the highlight waiting for its note', () => {
    expect(ask(session('row-1'), { type: 'panel/which-page' })).toEqual({ url: URL_KEY, editNote: 'row-1' });
    expect(ask(session(), { type: 'panel/which-page' })).toEqual({ url: URL_KEY, editNote: null });
  });

  it('reveals the range the panel names on its own page', () => {
    const s = session();
    const start = 'The minister ordered a review of '.length;
    expect(ask(s, { type: 'panel/reveal', url: URL_KEY, start, end: start + 12 })).toEqual({
      revealed: true,
    });
    expect(s.reveal).toHaveBeenCalledTimes(1);
    expect((s.reveal.mock.calls[0]![0] as Range).toString()).toBe('12 contracts');
  });

  it('reveals nothing for another page, a range past the text, or a malformed range', () => {
    const s = session();
    expect(ask(s, { type: 'panel/reveal', url: 'https://news.example/other', start: 0, end: 3 })).toEqual({
      revealed: false,
    });
    expect(ask(s, { type: 'panel/reveal', url: URL_KEY, start: 0, end: 10_000 })).toEqual({
      revealed: false,
    });
    expect(ask(s, { type: 'panel/reveal', url: URL_KEY, start: 5, end: 5 })).toBeUndefined();
    expect(s.reveal).not.toHaveBeenCalled();
  });

  it('ignores messages from anyone but the extension, and messages that are not the panel’s', () => {
    const s = session('row-1');
    expect(ask(s, { type: 'panel/which-page' }, 'another-extension')).toBeUndefined();
    expect(ask(s, { type: 'popup/reader-annotations-changed' })).toBeUndefined();
    expect(ask(s, null)).toBeUndefined();
  });
});
