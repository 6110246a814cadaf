import { useEffect, useState } from 'preact/hooks';
import type { NewsmarkDb } from '../../../src/store/db';
import { loadPeople, warmPersonPages } from '../../../src/store/insights/first-paint';
import type { PeopleSort } from '../../../src/store/insights/people';
import { listPeople } from '../../../src/store/insights/people';
import { t, tCount } from '../../i18n';
import { useDebounced } from '../../use-debounced';
import { useLiveQuery } from '../../use-live-query';
import { formatDay } from '../shared/format';
import { type InsightsViewProps, sharedDb } from '../shared/use-insights';
import { ViewHeading } from '../shared/ViewHeading';
import { VirtualList } from '../shared/VirtualList';
import { PersonPage } from './PersonPage';

const ROW = 44;

/**
 * Reads the pages and directives into a held model from a later task, so a person's page
 * opens at once: the list paints from the people alone.
 */
function warmDirectives(db: NewsmarkDb): () => void {
  const timer = setTimeout(() => {
    warmPersonPages(db).catch((error: unknown) => console.warn('Newsmark popup:', error));
  }, 0);
  return () => clearTimeout(timer);
}

/** Every official across the library, one entry per person; opens a person's page. */
export function PeopleView({ onOpenItem, db = sharedDb() }: InsightsViewProps) {
  // The list needs only the people (first-paint.ts): their mentions and the directives (a
  // person's page lists those they issued) are read when a page opens, or once the list is
  // shown (warmDirectives).
  const everyone = useLiveQuery(() => loadPeople(db), [db]);
  useEffect(() => (everyone ? warmDirectives(db) : undefined), [db, everyone]);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<PeopleSort>('latest');
  const [open, setOpen] = useState<string | null>(null);
  const settled = useDebounced(query, 120);
  if (!everyone) return <p class="status">{t('loading')}</p>;
  if (open && everyone.some((p) => p.key === open))
    return (
      <PersonPage
        db={db}
        personKey={open}
        onBack={() => setOpen(null)}
        onPerson={setOpen}
        onOpenItem={onOpenItem}
      />
    );
  const people = listPeople(everyone, settled, sort);
  return (
    <section class="insights-view" aria-label={t('insightsPeople')} data-testid="people-view">
      <ViewHeading text={t('insightsPeople')} />
      <div class="insights-filters">
        <label>
          <span class="visually-hidden">{t('insightsPeopleSearch')}</span>
          <input
            type="search"
            data-testid="people-search"
            placeholder={t('insightsPeopleSearch')}
            value={query}
            autocomplete="off"
            spellcheck={false}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label>
          <span class="visually-hidden">{t('insightsSort')}</span>
          <select
            data-testid="people-sort"
            value={sort}
            onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as PeopleSort)}
          >
            <option value="latest">{t('insightsSortLatest')}</option>
            <option value="articles">{t('insightsSortArticles')}</option>
          </select>
        </label>
      </div>
      <p class="library-count" role="status">
        {tCount('insightsPeopleCount', people.length)}
      </p>
      {people.length > 0 && (
        <VirtualList
          id="people"
          testId="people-list"
          label={t('insightsPeople')}
          items={people}
          rowHeight={ROW}
          keyOf={(p) => p.key}
          onActivate={(p) => setOpen(p.key)}
          render={(p) => (
            <div class="insights-row" data-testid="person" data-key={p.key}>
              <span class="insights-name">{p.name}</span>
              <span class="insights-meta">
                {tCount('insightsArticleCount', p.articleCount)} · {formatDay(p.latest)}
              </span>
            </div>
          )}
        />
      )}
    </section>
  );
}
