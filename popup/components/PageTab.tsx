import type { NewsmarkDb } from '../../src/store/db';
import { t } from '../i18n';
import { loadPage } from '../load-page';
import { useLiveQuery } from '../use-live-query';
import { PageView } from './PageView';
import { ReaderNotes } from './ReaderNotes';

/**
 * "This page": one page's record followed live, with the reader's own notes under it;
 * `editNote` opens the note editor of that highlight (the reader pressed "Note" on the page).
 */
export function PageTab({
  db,
  url,
  editNote = null,
}: {
  db: NewsmarkDb;
  url: string | null | undefined;
  editNote?: string | null;
}) {
  const doc = useLiveQuery(async () => (url ? loadPage(db, url) : null), [db, url]);
  if (url === undefined || (url && doc === undefined)) return <p class="status">{t('loading')}</p>;
  if (!doc || !url)
    return (
      <p class="status empty" data-testid="empty">
        {t('emptyPage')}
      </p>
    );
  return <PageView doc={doc} reader={<ReaderNotes db={db} url={url} editNote={editNote} />} />;
}
