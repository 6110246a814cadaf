import { describe, expect, it, vi } from 'vitest';
import { openPanel, panelMessageAction } from '../../../src/background/open-panel';

describe('openPanel', () => {
  it('opens Chromium’s side panel for the tab, synchronously (inside the user gesture)', async () => {
    const open = vi.fn(async () => {});
    const reply = openPanel({ sidePanel: { open } }, 7);
    expect(open).toHaveBeenCalledWith({ tabId: 7 }); // before any await
    expect(await reply).toEqual({ opened: 'panel' });
  });

  it('opens Firefox’s sidebar where there is no side panel API', async () => {
    const open = vi.fn(async () => {});
    expect(await openPanel({ sidebarAction: { open } }, 7)).toEqual({ opened: 'panel' });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('falls back to the popup when the panel refuses (no user gesture), and to nothing', async () => {
    const refused = async () => {
      throw new Error('may only be called in response to a user gesture');
    };
    const openPopup = vi.fn(async () => {});
    expect(await openPanel({ sidebarAction: { open: refused }, action: { openPopup } }, 1)).toEqual({
      opened: 'popup',
    });
    expect(await openPanel({ sidebarAction: { open: refused }, action: { openPopup: refused } }, 1)).toEqual({
      opened: null,
    });
    expect(await openPanel({}, 1)).toEqual({ opened: null });
  });

  it('survives an API that throws instead of rejecting', async () => {
    const sidePanel = {
      open: () => {
        throw new Error('no window');
      },
    };
    expect(await openPanel({ sidePanel }, 3)).toEqual({ opened: null });
  });
});

describe('panelMessageAction', () => {
  const top = { id: 'ext', frameId: 0, tab: { id: 4 }, url: 'https://news.example/a' };

  it('opens for "content/open-panel" from the top frame of a tab of this extension', () => {
    expect(panelMessageAction({ type: 'content/open-panel' }, top, 'ext')).toEqual({ open: 4 });
  });

  it('opens nothing for a subframe, another extension or a sender without a tab', () => {
    for (const sender of [
      { ...top, frameId: 2 },
      { ...top, id: 'other' },
      { id: 'ext', frameId: 0 },
    ]) {
      expect(panelMessageAction({ type: 'content/open-panel' }, sender, 'ext')).toBe('leave');
    }
  });

  it('leaves the panel’s own messages unanswered and passes every other message on', () => {
    const wanted = { type: 'content/note-wanted', url: 'https://news.example/a', id: 'r1' };
    expect(panelMessageAction(wanted, top, 'ext')).toBe('leave');
    expect(panelMessageAction({ type: 'content/paint-settings-requested' }, top, 'ext')).toBeNull();
    expect(panelMessageAction('junk', top, 'ext')).toBeNull();
  });
});
