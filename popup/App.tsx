import { useEffect, useState } from 'preact/hooks';
import type { NewsmarkDb } from '../src/store/db';
import { LibraryView } from './components/LibraryView';
import { PageTab } from './components/PageTab';
import { SettingsView } from './components/SettingsView';
import { type PopupView, Tabs } from './components/Tabs';

/**
 * The popup: "This page" (the active tab's page, or one picked in the library), the library
 * of every stored page, and settings with backup and import.
 */
export function App({
  db,
  targetUrl,
  initialView = 'page',
}: {
  db: NewsmarkDb;
  targetUrl: Promise<string | null>;
  initialView?: PopupView;
}) {
  const [view, setView] = useState<PopupView>(initialView);
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    targetUrl.then(setUrl, () => setUrl(null));
  }, [targetUrl]);
  const showPage = (pageUrl: string) => {
    setUrl(pageUrl);
    setView('page');
  };

  return (
    <main>
      <Tabs current={view} onSelect={setView} />
      <div class="panel" role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
        {view === 'page' && <PageTab db={db} url={url} />}
        {view === 'library' && <LibraryView db={db} onShowPage={showPage} />}
        {view === 'settings' && <SettingsView db={db} />}
      </div>
    </main>
  );
}
