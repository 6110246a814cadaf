// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PaintSettings } from '../../../../popup/components/PaintSettings';
import { tabNotices } from '../../../../popup/tab-notices';
import { TabNoticesContext } from '../../../../popup/use-tab-notices';
import { type NewsmarkDb, openNewsmarkDb } from '../../../../src/store/db';
import { readPaintSettings } from '../../../../src/store/library-settings';
import { byTestId, click, fakeTabs, until } from '../../helpers/popup-dom';

let db: NewsmarkDb;
let host: HTMLElement;
afterEach(async () => {
  render(null, host);
  host.remove();
  db?.close();
  await Dexie.delete('newsmark');
});

const checkbox = (kind: string) => byTestId(host, `paint-${kind}`)[0] as HTMLInputElement | undefined;

describe('PaintSettings', () => {
  it('stores a switch and tells every web page to repaint, with every setting', async () => {
    db = openNewsmarkDb();
    // The popup opened as a tab: its own tab is not a web page; tab 3's address is hidden.
    const tabs = fakeTabs([
      { id: 1, url: 'https://tin.example/bai', script: true },
      { id: 2, url: 'chrome-extension://id/popup.html?view=settings', script: true },
      { id: 3, script: true },
    ]);
    host = document.createElement('div');
    document.body.append(host);
    render(
      <TabNoticesContext.Provider value={tabNotices(tabs.api)}>
        <PaintSettings db={db} />
      </TabNoticesContext.Provider>,
      host,
    );
    await until(() => checkbox('figure')?.checked === true);

    click(checkbox('figure'));
    await until(() => tabs.sent.length === 2);
    const off = { official: true, figure: false, directive: true, reader: true };
    expect(await readPaintSettings(db)).toEqual(off);
    expect(tabs.sent).toEqual([
      { tabId: 1, message: { type: 'popup/paint-settings-changed', paint: off }, frameId: 0 },
      { tabId: 3, message: { type: 'popup/paint-settings-changed', paint: off }, frameId: 0 },
    ]);
    await until(() => checkbox('figure')?.checked === false);

    click(checkbox('figure'));
    await until(() => tabs.sent.length === 4);
    expect(tabs.sent[3]?.message).toEqual({
      type: 'popup/paint-settings-changed',
      paint: { official: true, figure: true, directive: true, reader: true },
    });
  });
});
