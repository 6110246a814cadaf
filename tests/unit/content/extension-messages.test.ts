import { describe, expect, it, vi } from 'vitest';
import {
  dispatchExtensionMessage,
  type ExtensionMessageHandlers,
} from '../../../src/content/extension-messages';

const ID = 'extension-id';

function handlers(): ExtensionMessageHandlers & Record<string, ReturnType<typeof vi.fn>> {
  return { command: vi.fn(), readerAnnotationsChanged: vi.fn(), paintSettingsChanged: vi.fn() };
}

describe('dispatchExtensionMessage', () => {
  it('routes each message type to its handler', () => {
    const h = handlers();
    const paint = { official: false, figure: true, directive: true };
    expect(dispatchExtensionMessage({ type: 'popup/paint-settings-changed', paint }, ID, ID, h)).toBe(true);
    expect(h.paintSettingsChanged).toHaveBeenCalledWith(paint);
    dispatchExtensionMessage({ type: 'popup/reader-annotations-changed' }, ID, ID, h);
    expect(h.readerAnnotationsChanged).toHaveBeenCalledWith();
    dispatchExtensionMessage(
      { type: 'background/reader-command', action: 'highlight', colour: 'blue' },
      ID,
      ID,
      h,
    );
    expect(h.command).toHaveBeenCalledWith('highlight', 'blue');
  });

  it('ignores other senders and malformed paint settings', () => {
    const h = handlers();
    const paint = { official: false, figure: true, directive: true };
    expect(dispatchExtensionMessage({ type: 'popup/paint-settings-changed', paint }, 'other', ID, h)).toBe(
      false,
    );
    expect(dispatchExtensionMessage({ type: 'popup/paint-settings-changed', paint }, undefined, ID, h)).toBe(
      false,
    );
    const bad = [
      { type: 'popup/paint-settings-changed' },
      { type: 'popup/paint-settings-changed', paint: { official: false, figure: true } },
      { type: 'popup/paint-settings-changed', paint: { ...paint, figure: 'off' } },
      { type: 'content/paint-settings-requested' },
    ];
    for (const message of bad) expect(dispatchExtensionMessage(message, ID, ID, h)).toBe(false);
    expect(h.paintSettingsChanged).not.toHaveBeenCalled();
  });
});
