import { useState } from 'preact/hooks';
import { isoTime, localDate, publishedTime } from '../../src/shared/dates';
import type { AutoKind } from '../../src/shared/records';
import type { LibraryEntry } from '../../src/store/library';
import type { PageMatch } from '../../src/store/search';
import { t, uiLanguage } from '../i18n';
import { CATEGORY_LABELS } from './CategoryCounts';
import { DeletePageConfirm } from './DeletePageConfirm';
import { Swatch } from './Swatch';

const KINDS: AutoKind[] = ['official', 'figure', 'directive'];

/** One stored page: title, site, when it was published and read, counts per kind, matching quotes, and its actions. */
export function LibraryPageItem({
  entry,
  onShow,
  onDelete,
}: {
  entry: LibraryEntry & { match?: PageMatch };
  onShow: () => void;
  onDelete: (withReaderRows: boolean) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { page, counts, readerCount, match } = entry;
  // The article's own date, as the page gave it; the list is in order of reading.
  const published = publishedTime(page.published);
  const read = localDate(page.lastSeen, uiLanguage());
  return (
    <li class="library-item" data-testid="library-page" data-url={page.url}>
      <button type="button" class="link-button library-title" onClick={onShow} title={t('showPage')}>
        {page.title ?? page.url}
      </button>
      <p class="library-meta">
        {page.site && <span>{page.site}</span>}
        {published !== null && (
          <time dateTime={isoTime(published) ?? undefined}>{localDate(published, uiLanguage())}</time>
        )}
        {read && (
          <time dateTime={isoTime(page.lastSeen) ?? undefined} class="library-read">
            {t('libraryRead', read)}
          </time>
        )}
      </p>
      <ul class="mini-counts">
        {KINDS.map((kind) => (
          <li key={kind} aria-label={`${CATEGORY_LABELS[kind]()}: ${counts[kind]}`}>
            <Swatch kind={kind} />
            <span aria-hidden="true">{counts[kind]}</span>
          </li>
        ))}
        {readerCount > 0 && (
          <li>
            <span class="swatch reader-yellow" aria-hidden="true" />
            {t('readerCount', String(readerCount))}
          </li>
        )}
      </ul>
      {match && match.samples.length > 0 && (
        <ul class="match-samples">
          {match.samples.map((row) => (
            <li key={row.id}>
              <q>{row.body && !row.quote ? row.body : row.quote}</q>
              {row.body && row.quote && <span class="item-meta"> — {row.body}</span>}
            </li>
          ))}
        </ul>
      )}
      {confirming ? (
        <DeletePageConfirm
          readerCount={readerCount}
          onCancel={() => setConfirming(false)}
          onConfirm={(withReaderRows) => {
            setConfirming(false);
            onDelete(withReaderRows);
          }}
        />
      ) : (
        <div class="row-actions">
          <a class="button-link" href={page.url} target="_blank" rel="noopener noreferrer">
            {t('openArticle')}
          </a>
          <button
            type="button"
            class="danger"
            data-testid="library-delete"
            onClick={() => setConfirming(true)}
          >
            {t('deletePage')}
          </button>
        </div>
      )}
    </li>
  );
}
