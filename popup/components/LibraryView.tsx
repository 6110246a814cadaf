import { useEffect, useState } from 'preact/hooks';
import type { NewsmarkDb } from '../../src/store/db';
import { allTags, deleteLibraryPage, LIBRARY_PAGE_SIZE } from '../../src/store/library';
import { t } from '../i18n';
import { loadLibrary, warmLibrarySearch } from '../library-query';
import { useDebounced } from '../use-debounced';
import { useLiveQuery } from '../use-live-query';
import { useTabNotices } from '../use-tab-notices';
import { ViewHeading } from '../views/shared/ViewHeading';
import { type FilterState, LibraryFilters } from './LibraryFilters';
import { LibraryPageItem } from './LibraryPageItem';

const report = (error: unknown) => console.error('Newsmark popup:', error);

/** Every stored page, newest visit first, searchable and filterable; follows the database live. */
export function LibraryView({ db, onShowPage }: { db: NewsmarkDb; onShowPage: (url: string) => void }) {
  const [filter, setFilter] = useState<FilterState>({ query: '', kind: '', tag: '' });
  const [limit, setLimit] = useState(LIBRARY_PAGE_SIZE);
  const settled = useDebounced(filter, 150);
  const result = useLiveQuery(
    () =>
      loadLibrary(
        db,
        { query: settled.query, kind: settled.kind || undefined, tag: settled.tag || undefined },
        limit,
      ),
    [db, settled.query, settled.kind, settled.tag, limit],
  );
  // Once the newest pages show (and again when a write changes them, an import above all),
  // the search gets ready while the reader reads and types: a cheap read when it already is.
  const listed = result !== undefined && result.query === '' && !settled.kind && !settled.tag;
  useEffect(() => {
    if (listed) void warmLibrarySearch(db);
  }, [db, listed, result]);
  const notices = useTabNotices();
  // With the reader's rows gone, a tab showing the page drops their highlights at once.
  const deletePage = (url: string, withReaderRows: boolean) =>
    deleteLibraryPage(db, url, { withReaderRows }).then(
      () => (withReaderRows ? notices.readerAnnotationsChanged(url) : undefined),
      report,
    );
  const changeFilter = (next: FilterState) => {
    setFilter(next);
    setLimit(LIBRARY_PAGE_SIZE);
  };
  const tags = useLiveQuery(() => allTags(db), [db]) ?? [];

  return (
    <section
      class="library-view"
      aria-label={t('tabLibrary')}
      data-testid="library"
      data-query={result?.query}
    >
      <ViewHeading text={t('tabLibrary')} />
      <LibraryFilters value={filter} tags={tags} onChange={changeFilter} />
      {result === undefined ? (
        <p class="status">{t('loading')}</p>
      ) : result.total === 0 ? (
        <p class="status" data-testid="library-empty">
          {t('libraryEmpty')}
        </p>
      ) : (
        <>
          <p class="library-count" role="status">
            {result.matched === 0
              ? t('libraryNoMatch')
              : result.matched === 1
                ? t('libraryCountOne')
                : t('libraryCount', result.complete ? String(result.matched) : `${result.entries.length}+`)}
          </p>
          {result.truncated && <p class="hint">{t('libraryTruncated')}</p>}
          <ul class="library-list">
            {result.entries.map((entry) => (
              <LibraryPageItem
                key={entry.page.url}
                entry={entry}
                onShow={() => onShowPage(entry.page.url)}
                onDelete={(withReaderRows) => deletePage(entry.page.url, withReaderRows)}
              />
            ))}
          </ul>
          {result.matched > result.entries.length && (
            <button
              type="button"
              class="show-more"
              data-testid="library-more"
              onClick={() => setLimit(limit + LIBRARY_PAGE_SIZE)}
            >
              {t('showMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
