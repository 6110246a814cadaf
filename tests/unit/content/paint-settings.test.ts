import { afterEach, describe, expect, it, vi } from 'vitest';
import { askPaintSettings, requestPaintSettings } from '../../../src/content/paint-settings';
import type {
  IncomingMessage,
  MessageReply,
  PaintSettings,
  SendToBackground,
} from '../../../src/shared/messages';

const NO_FIGURES: PaintSettings = { official: true, figure: false, directive: true };

/** A background that answers `reply` after `ms`, recording what it was asked. */
function background(reply: MessageReply | undefined | Error, ms = 0) {
  const asked: IncomingMessage[] = [];
  // A fake background that answers every request with `reply`, whatever the request's type.
  const send = ((message: IncomingMessage) => {
    asked.push(message);
    return new Promise<MessageReply | undefined>((done, fail) =>
      setTimeout(() => (reply instanceof Error ? fail(reply) : done(reply)), ms),
    );
  }) as SendToBackground;
  return { asked, send };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('askPaintSettings', () => {
  it('asks with a content/paint-settings-requested message and returns the answer', async () => {
    const { asked, send } = background({ ok: true, paint: NO_FIGURES });
    expect(await askPaintSettings(send)).toEqual(NO_FIGURES);
    expect(asked).toEqual([{ type: 'content/paint-settings-requested' }]);
  });

  it('gives null for an error reply, a malformed answer, no answer or a failed send', async () => {
    const replies: (MessageReply | undefined | Error)[] = [
      { ok: false, code: 'storage-failed', error: 'broken' },
      { ok: true, stored: 0 },
      { ok: true, paint: { official: 'yes' } as unknown as PaintSettings },
      undefined,
      new Error('Could not establish connection. Receiving end does not exist.'),
    ];
    for (const reply of replies) expect(await askPaintSettings(background(reply).send)).toBeNull();
  });
});

describe('requestPaintSettings', () => {
  it('resolves as soon as the answer comes, after handing it over', async () => {
    vi.useFakeTimers();
    const answered = vi.fn();
    let settled = false;
    const ready = requestPaintSettings(
      background({ ok: true, paint: NO_FIGURES }, 20).send,
      answered,
      300,
    ).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(25);
    expect(settled).toBe(true);
    expect(answered).toHaveBeenCalledWith(NO_FIGURES);
    await ready;
  });

  it('stops waiting after the limit (paint everything), and still hands over a late answer', async () => {
    vi.useFakeTimers();
    const answered = vi.fn();
    let settled = false;
    requestPaintSettings(background({ ok: true, paint: NO_FIGURES }, 1_000).send, answered, 300).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(299);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(settled).toBe(true);
    expect(answered).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(answered).toHaveBeenCalledWith(NO_FIGURES);
  });

  it('resolves at once on a failure, handing nothing over', async () => {
    const answered = vi.fn();
    await requestPaintSettings(background(new Error('no background')).send, answered, 60_000);
    expect(answered).not.toHaveBeenCalled();
  });
});
