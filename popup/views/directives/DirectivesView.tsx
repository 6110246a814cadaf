import { useMemo, useState } from 'preact/hooks';
import {
  type DirectiveFilter,
  type DirectiveGrouping,
  filterDirectives,
  groupDirectives,
} from '../../../src/store/insights/directives';
import type { DirectiveItem } from '../../../src/store/insights/model';
import { t, tCount } from '../../i18n';
import { useDebounced } from '../../use-debounced';
import { type InsightsViewProps, sharedDb, useInsights } from '../shared/use-insights';
import { ViewHeading } from '../shared/ViewHeading';
import { VirtualList } from '../shared/VirtualList';
import { DirectiveFilters } from './DirectiveFilters';
import { DirectiveRow } from './DirectiveRow';

/** Two lines of sentence and one of who, where and when; a due date adds a line, a heading is one. */
const ROW = 68;
const DUE_LINE = 18;
const HEADING = 30;
const HEADER = 'header';

type Line = { kind: typeof HEADER; label: string; count: number } | { kind: 'item'; item: DirectiveItem };

const lineHeight = (l: Line): number =>
  l.kind === HEADER ? HEADING : l.item.deadline !== null ? ROW + DUE_LINE : ROW;

/** Directives across the library, grouped by issuer or addressee, with their due dates. */
export function DirectivesView({
  onOpenItem,
  db = sharedDb(),
  now: givenNow,
}: InsightsViewProps & { now?: number }) {
  const model = useInsights(db, ['directives']);
  // "This week" is the week the view opened in; a fixed time also keeps the memo below stable.
  const [now] = useState(() => givenNow ?? Date.now());
  const [filter, setFilter] = useState<DirectiveFilter>({});
  const [dueThisWeek, setDueThisWeek] = useState(false);
  const [grouping, setGrouping] = useState<DirectiveGrouping | ''>('issuer');
  const settled = useDebounced(filter, 120);
  const lines = useMemo((): Line[] => {
    if (!model) return [];
    const items = filterDirectives(model, { ...settled, dueWeekOf: dueThisWeek ? now : undefined });
    if (!grouping) return items.map((item) => ({ kind: 'item', item }));
    return groupDirectives(items, grouping).flatMap((g): Line[] => [
      { kind: HEADER, label: g.label || t('insightsUnnamed'), count: g.items.length },
      ...g.items.map((item): Line => ({ kind: 'item', item })),
    ]);
  }, [model, settled, dueThisWeek, grouping, now]);
  if (!model) return <p class="status">{t('loading')}</p>;
  const count = lines.filter((l) => l.kind === 'item').length;
  const sites = [...new Set(model.directives.map((d) => d.article.site))].filter(Boolean).sort();
  return (
    <section class="insights-view" aria-label={t('insightsDirectives')} data-testid="directives-view">
      <ViewHeading text={t('insightsDirectives')} />
      <DirectiveFilters
        filter={filter}
        sites={sites}
        dueThisWeek={dueThisWeek}
        grouping={grouping}
        onFilter={setFilter}
        onDueThisWeek={setDueThisWeek}
        onGrouping={setGrouping}
      />
      <p class="library-count" role="status" data-testid="directives-count">
        {tCount('insightsDirectivesCount', count)}
      </p>
      {lines.length > 0 && (
        <VirtualList
          id="directives"
          testId="directives-list"
          label={t('insightsDirectives')}
          items={lines}
          rowHeight={lineHeight}
          keyOf={(l) => (l.kind === HEADER ? `h:${l.label}` : l.item.id)}
          onActivate={(l) => (l.kind === 'item' ? onOpenItem(l.item.article.url, l.item.id) : undefined)}
          render={(l) =>
            l.kind === HEADER ? (
              <div class="insights-group" data-testid="directive-group">
                {l.label} <span class="insights-meta">({l.count})</span>
              </div>
            ) : (
              <DirectiveRow item={l.item} />
            )
          }
        />
      )}
      {count === 0 && <p class="status">{t('insightsNoDirectives')}</p>}
    </section>
  );
}
