import { describe, expect, it } from 'vitest';
import { mayShow, type NoticeTabsApi, tabNotices } from '../../../popup/tab-notices';
import { fakeTabs } from '../helpers/popup-dom';

const PAGE = 'https://tin.example/bai';

describe('mayShow', () => {
  it('matches a visible address by page key, and lets a hidden one through', () => {
    expect(mayShow(`${PAGE}?utm_source=x#top`, PAGE)).toBe(true);
    expect(mayShow('https://tin.example/khac', PAGE)).toBe(false);
    expect(mayShow(undefined, PAGE)).toBe(true);
    expect(mayShow('chrome-extension://abc/popup.html', PAGE)).toBe(false);
    expect(mayShow('about:blank', null)).toBe(false);
    expect(mayShow('https://any.example/', null)).toBe(true);
  });
});

describe('tabNotices', () => {
  it('tells the tabs that may show the page, in their top frame, and skips the others', async () => {
    const { api, sent } = fakeTabs([
      { id: 1, url: PAGE, script: true },
      { id: 2, url: 'https://tin.example/khac', script: true },
      { id: 3, script: true }, // address hidden: told anyway
      { id: 4, url: 'chrome://newtab/' },
      { url: PAGE, script: true }, // no id (a devtools window): cannot be told
    ]);
    await tabNotices(api).readerAnnotationsChanged(PAGE);
    // Tab 3 may show another page: the notice names none, so it learns nothing of this one.
    expect(sent).toEqual([
      { tabId: 1, message: { type: 'popup/reader-annotations-changed' }, frameId: 0 },
      { tabId: 3, message: { type: 'popup/reader-annotations-changed' }, frameId: 0 },
    ]);
    expect(JSON.stringify(sent)).not.toContain(PAGE);
  });

  it('tells every web page about paint settings and ignores tabs without our script', async () => {
    const { api, sent } = fakeTabs([
      { id: 1, url: PAGE, script: true },
      { id: 2, url: 'https://other.example/', script: false },
      { id: 3 },
      { id: 4, url: 'https://third.example/a', script: true },
    ]);
    const paint = { official: true, figure: false, directive: true };
    await expect(tabNotices(api).paintSettingsChanged(paint)).resolves.toBeUndefined();
    expect(sent.map((s) => s.tabId)).toEqual([1, 4]);
    expect(sent[0]?.message).toEqual({ type: 'popup/paint-settings-changed', paint });
  });

  it('does nothing, quietly, without a tabs API or when the query fails', async () => {
    await expect(tabNotices(undefined).readerAnnotationsChanged(PAGE)).resolves.toBeUndefined();
    const failing: NoticeTabsApi = {
      query: () => Promise.reject(new Error('no tabs')),
      sendMessage: () => Promise.reject(new Error('unreachable')),
    };
    await expect(tabNotices(failing).readerAnnotationsChanged(PAGE)).resolves.toBeUndefined();
  });
});
