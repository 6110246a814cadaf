import { useMemo, useState } from 'preact/hooks';
import { figureFacets, figuresCsv, filterFigures } from '../../../src/store/insights/figures';
import { downloadText } from '../../download';
import { t } from '../../i18n';
import { useDebounced } from '../../use-debounced';
import { formatDay, formatValue } from '../shared/format';
import { type InsightsViewProps, sharedDb, useInsights } from '../shared/use-insights';
import { ViewHeading } from '../shared/ViewHeading';
import { VirtualList } from '../shared/VirtualList';
import { type FigureControls, FigureFilters } from './FigureFilters';

const ROW = 62;

/** Every figure across the library as a filterable, sortable table; exports what it shows as CSV. */
export function FiguresView({ onOpenItem, db = sharedDb() }: InsightsViewProps) {
  const model = useInsights(db, ['figures']);
  const [controls, setControls] = useState<FigureControls>({ filter: {}, sort: 'date-desc' });
  const settled = useDebounced(controls, 120);
  const facets = useMemo(() => (model ? figureFacets(model) : { types: [], units: [], sites: [] }), [model]);
  const figures = useMemo(
    () => (model ? filterFigures(model, settled.filter, settled.sort) : []),
    [model, settled],
  );
  if (!model) return <p class="status">{t('loading')}</p>;
  return (
    <section class="insights-view" aria-label={t('insightsFigures')} data-testid="figures-view">
      <ViewHeading text={t('insightsFigures')} />
      <FigureFilters value={controls} facets={facets} onChange={setControls} />
      <div class="insights-bar">
        <p class="library-count" role="status" data-testid="figures-count">
          {t('insightsFiguresCount', String(figures.length))}
        </p>
        <button
          type="button"
          data-testid="figures-export"
          disabled={figures.length === 0}
          onClick={() => downloadText('newsmark-figures.csv', figuresCsv(figures), 'text/csv;charset=utf-8')}
        >
          {t('insightsExportCsv')}
        </button>
      </div>
      {figures.length > 0 && (
        <VirtualList
          id="figures"
          testId="figures-list"
          label={t('insightsFigures')}
          items={figures}
          rowHeight={ROW}
          keyOf={(f) => f.id}
          onActivate={(f) => onOpenItem(f.article.url, f.id)}
          render={(f) => (
            <div class="insights-row figure-row" data-testid="figure" data-id={f.id}>
              <span class="insights-name">
                <mark class="figure-quote">{f.quote}</mark>{' '}
                <span class="figure-value">{formatValue(f.value, f.unit)}</span>{' '}
                <span class="insights-meta">{f.type}</span>
              </span>
              <span class="insights-sentence">{f.sentence}</span>
              <span class="insights-meta">
                {f.article.site} · {formatDay(f.article.date)}
              </span>
            </div>
          )}
        />
      )}
    </section>
  );
}
