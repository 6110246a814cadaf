import { useEffect, useRef, useState } from 'preact/hooks';
import type { NewsmarkDb } from '../src/store/db';
import { LibraryView } from './components/LibraryView';
import { OpenPanelButton } from './components/OpenPanelButton';
import { PageTab } from './components/PageTab';
import { SettingsView } from './components/SettingsView';
import { type PopupView, Tabs } from './components/Tabs';
import { CROSS_ARTICLE_VIEWS } from './panel/views';
import { type Reveal, RevealContext } from './reveal';
import type { TabLink, TabTarget } from './tab-link';

/** Where the app runs: the toolbar popup, or the side panel (Chromium) / sidebar (Firefox). */
export type Surface = 'popup' | 'panel';

/**
 * The popup and side panel: "This page" (the active tab's page, or one picked in the library),
 * the library of every stored page, the cross-article views, and settings with backup and
 * import. With a `link` it follows the active tab; `targetUrl` pins one page (tests, ?url=).
 */
export function App({
  db,
  targetUrl,
  link,
  initialView = 'page',
  surface = 'popup',
}: {
  db: NewsmarkDb;
  targetUrl?: Promise<string | null>;
  link?: TabLink;
  initialView?: PopupView;
  surface?: Surface;
}) {
  const [view, setView] = useState<PopupView>(initialView);
  const [target, setTarget] = useState<TabTarget | undefined>(undefined);
  /** A page picked in the library, shown instead of the tab's until the tab changes. */
  const [picked, setPicked] = useState<string | null>(null);
  /** Highlights whose editor was opened at the page's request: each opens once. */
  const openedNotes = useRef(new Set<string>());
  useEffect(() => {
    if (link)
      return link.follow((next) => {
        const fresh = next.editNote !== null && !openedNotes.current.has(next.editNote);
        if (fresh) {
          openedNotes.current.add(next.editNote!);
          setView('page');
        }
        setTarget(fresh ? next : { ...next, editNote: null });
        setPicked(null);
      });
    targetUrl?.then(
      (url) => setTarget({ tabId: null, url, editNote: null }),
      () => setTarget({ tabId: null, url: null, editNote: null }),
    );
    return undefined;
  }, [link, targetUrl]);
  const showPage = (pageUrl: string) => {
    setPicked(pageUrl);
    setView('page');
  };
  const url = target === undefined ? undefined : (picked ?? target.url);
  const tabId = target?.tabId ?? null;
  const reveal: Reveal | null =
    link && tabId !== null && url ? (start, end) => link.reveal(tabId, url, start, end) : null;
  const extra = CROSS_ARTICLE_VIEWS.find((v) => v.id === view);

  return (
    <RevealContext.Provider value={reveal}>
      <main class={`surface-${surface}`}>
        <Tabs current={view} onSelect={setView} />
        <div class="panel" role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
          {view === 'page' && (
            <PageTab db={db} url={url} editNote={picked ? null : (target?.editNote ?? null)} />
          )}
          {view === 'library' && <LibraryView db={db} onShowPage={showPage} />}
          {view === 'settings' && <SettingsView db={db} />}
          {extra && <extra.component db={db} onShowPage={showPage} />}
        </div>
        {surface === 'popup' && <OpenPanelButton />}
      </main>
    </RevealContext.Provider>
  );
}
