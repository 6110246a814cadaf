import { useEffect, useMemo, useState } from 'preact/hooks';
import { readsAsWritten } from '../../../src/shared/figure-display';
import { figureFacets, figuresCsv, filterFigures } from '../../../src/store/insights/figures';
import { FIRST_FIGURE_SORT } from '../../../src/store/insights/figures-first';
import { loadFiguresFirstScreen } from '../../../src/store/insights/first-paint';
import { loadInsights } from '../../../src/store/insights/load';
import { downloadText } from '../../download';
import { t, tCount } from '../../i18n';
import { useDebounced } from '../../use-debounced';
import { useLiveQuery } from '../../use-live-query';
import { figureTypeLabel, formatDay, formatValue } from '../shared/format';
import { type InsightsViewProps, sharedDb } from '../shared/use-insights';
import { ViewHeading } from '../shared/ViewHeading';
import { VirtualList } from '../shared/VirtualList';
import { type FigureControls, FigureFilters } from './FigureFilters';

const ROW = 62;
const NO_FACETS = { types: [], units: [], sites: [] };

const unfiltered = ({ filter, sort }: FigureControls) =>
  sort === FIRST_FIGURE_SORT && Object.values(filter).every((v) => v === undefined || v === '');

/** Every figure across the library as a filterable, sortable table; exports what it shows as CSV. */
export function FiguresView({ onOpenItem, db = sharedDb() }: InsightsViewProps) {
  // The stored first screen paints first (first-paint.ts); every figure is read after that
  // paint, from a later task, and takes over: filters, sorts, scrolling past it and export.
  const first = useLiveQuery(() => loadFiguresFirstScreen(db), [db]);
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (first === undefined) return;
    const timer = setTimeout(() => setPainted(true), 0);
    return () => clearTimeout(timer);
  }, [first === undefined]);
  const model = useLiveQuery(
    () => (painted ? loadInsights(db, ['figures']) : Promise.resolve(undefined)),
    [db, painted],
  );
  const [controls, setControls] = useState<FigureControls>({ filter: {}, sort: FIRST_FIGURE_SORT });
  const settled = useDebounced(controls, 120);
  const facets = useMemo(() => (model ? figureFacets(model) : (first?.facets ?? NO_FACETS)), [model, first]);
  const figures = useMemo(
    () =>
      model
        ? filterFigures(model, settled.filter, settled.sort)
        : first && unfiltered(settled)
          ? first.items
          : undefined,
    [model, first, settled],
  );
  if (!model && !first) return <p class="status">{t('loading')}</p>;
  // A filter set before every figure is read waits for them, its controls still in place.
  const count = figures && (model ? figures.length : first?.total);
  return (
    <section class="insights-view" aria-label={t('insightsFigures')} data-testid="figures-view">
      <ViewHeading text={t('insightsFigures')} />
      <FigureFilters value={controls} facets={facets} onChange={setControls} />
      <div class="insights-bar">
        <p class="library-count" role="status" data-testid="figures-count">
          {count === undefined ? t('loading') : tCount('insightsFiguresCount', count)}
        </p>
        <button
          type="button"
          data-testid="figures-export"
          disabled={!model || !figures?.length}
          onClick={() =>
            figures && downloadText('newsmark-figures.csv', figuresCsv(figures), 'text/csv;charset=utf-8')
          }
        >
          {t('insightsExportCsv')}
        </button>
      </div>
      {figures && figures.length > 0 && (
        <VirtualList
          id="figures"
          testId="figures-list"
          label={t('insightsFigures')}
          items={figures}
          rowHeight={ROW}
          keyOf={(f) => f.id}
          onActivate={(f) => onOpenItem(f.article.url, f.id)}
          render={(f) => {
            const value = formatValue(f.value, f.unit, f.valueTo);
            return (
              <div class="insights-row figure-row" data-testid="figure" data-id={f.id}>
                <span class="insights-name">
                  <mark class="figure-quote">{f.quote}</mark>{' '}
                  {!readsAsWritten(value, f.quote) && <span class="figure-value">{value} </span>}
                  <span class="insights-meta">{figureTypeLabel(f.type)}</span>
                </span>
                <span class="insights-sentence">{f.sentence}</span>
                <span class="insights-meta">
                  {f.article.site} · {formatDay(f.article.date)}
                </span>
              </div>
            );
          }}
        />
      )}
    </section>
  );
}
