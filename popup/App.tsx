import { useEffect, useState } from 'preact/hooks';
import type { NewsmarkDb } from '../src/store/db';
import { PageView } from './components/PageView';
import { t } from './i18n';
import { loadPage } from './load-page';
import { useLiveQuery } from './use-live-query';

/** The popup: finds the page to show, then follows its record in the database live. */
export function App({ db, targetUrl }: { db: NewsmarkDb; targetUrl: Promise<string | null> }) {
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    targetUrl.then(setUrl, () => setUrl(null));
  }, [targetUrl]);
  const doc = useLiveQuery(async () => (url ? loadPage(db, url) : null), [db, url]);

  if (url === undefined || (url && doc === undefined)) return <p class="status">{t('loading')}</p>;
  if (!doc)
    return (
      <p class="status empty" data-testid="empty">
        {t('emptyPage')}
      </p>
    );
  return <PageView doc={doc} />;
}
