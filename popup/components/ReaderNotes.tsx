import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderRow } from '../../src/shared/records';
import type { NewsmarkDb } from '../../src/store/db';
import { restoreReaderAnnotation } from '../../src/store/library-reader';
import {
  deleteReaderAnnotation,
  readerAnnotationsForPage,
  updateReaderAnnotation,
} from '../../src/store/reader-annotations';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { useTabNotices } from '../use-tab-notices';
import { type ReaderNoteActions, ReaderNoteItem } from './ReaderNoteItem';

/** How long a deleted row can be brought back. */
export const UNDO_MS = 6_000;

const report = (error: unknown) => console.error('Newsmark popup:', error);

/**
 * "Your highlights & notes": the reader's rows of this page in reading order, editable. After
 * each change the tabs showing the page are told, so they repaint without a reload.
 */
export function ReaderNotes({
  db,
  url,
  editNote = null,
}: {
  db: NewsmarkDb;
  url: string;
  /** A highlight whose note editor opens at once. */
  editNote?: string | null;
}) {
  const rows = useLiveQuery(() => readerAnnotationsForPage(db, url), [db, url]);
  const [deleted, setDeleted] = useState<ReaderRow | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const notices = useTabNotices();
  const tellPages = () => notices.readerAnnotationsChanged(url);

  const actions: ReaderNoteActions = {
    // The editor waits for this: on failure it stays open with the text and says why.
    saveBody: (id, body) => updateReaderAnnotation(db, id, { body }).then(tellPages),
    setColour: (id, colour) => updateReaderAnnotation(db, id, { colour }).then(tellPages, report),
    remove: (row) => {
      deleteReaderAnnotation(db, row.id).then(() => {
        clearTimeout(timer.current);
        setDeleted(row);
        timer.current = setTimeout(() => setDeleted(null), UNDO_MS);
        return tellPages();
      }, report);
    },
  };
  const undo = () => {
    if (!deleted) return;
    clearTimeout(timer.current);
    setDeleted(null);
    restoreReaderAnnotation(db, deleted).then(tellPages, report);
  };

  return (
    <section class="section reader-section" aria-labelledby="reader-heading">
      <h2 id="reader-heading" class="section-heading">
        <span class="swatch reader-yellow" aria-hidden="true" />
        {t('readerSection')}
        <span class="section-count">{rows?.length ?? ''}</span>
      </h2>
      {rows && rows.length === 0 && <p class="none">{t('readerNone')}</p>}
      {rows && rows.length > 0 && (
        <ul class="items reader-items">
          {rows.map((row) => (
            <ReaderNoteItem key={row.id} row={row} actions={actions} openEditor={row.id === editNote} />
          ))}
        </ul>
      )}
      {deleted && (
        <div class="undo-bar" role="status">
          <span>{t('deletedOne')}</span>
          <button type="button" data-testid="reader-note-undo" onClick={undo}>
            {t('undo')}
          </button>
        </div>
      )}
    </section>
  );
}
