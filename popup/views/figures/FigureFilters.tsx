import type { FigureFilter, FigureSort } from '../../../src/store/insights/figures';
import { t } from '../../i18n';
import { Choice, DateRange, SearchField } from '../shared/FilterControls';
import { figureTypeLabel } from '../shared/format';

export interface FigureControls {
  filter: FigureFilter;
  sort: FigureSort;
}

/** Type, unit, site, date range and text filters, and the sort, of the figures table. */
export function FigureFilters({
  value,
  facets,
  onChange,
}: {
  value: FigureControls;
  facets: { types: string[]; units: string[]; sites: string[] };
  onChange: (next: FigureControls) => void;
}) {
  const set = (patch: Partial<FigureFilter>) => onChange({ ...value, filter: { ...value.filter, ...patch } });
  const { filter } = value;
  return (
    <div class="insights-filters">
      <SearchField
        label={t('insightsFilterText')}
        testId="figures-text"
        value={filter.text ?? ''}
        onInput={(text) => set({ text })}
      />
      <Choice
        label={t('insightsFilterType')}
        testId="figures-type"
        value={filter.type ?? ''}
        options={facets.types}
        labelOf={figureTypeLabel}
        onChange={(v) => set({ type: v || undefined })}
      />
      <Choice
        label={t('insightsFilterUnit')}
        testId="figures-unit"
        value={filter.unit ?? ''}
        options={facets.units}
        onChange={(v) => set({ unit: v || undefined })}
      />
      <Choice
        label={t('insightsFilterSite')}
        testId="figures-site"
        value={filter.site ?? ''}
        options={facets.sites}
        onChange={(v) => set({ site: v || undefined })}
      />
      <DateRange testIds="figures" from={filter.from} to={filter.to} onChange={set} />
      <label>
        <span class="visually-hidden">{t('insightsSort')}</span>
        <select
          data-testid="figures-sort"
          value={value.sort}
          onChange={(e) =>
            onChange({ ...value, sort: (e.currentTarget as HTMLSelectElement).value as FigureSort })
          }
        >
          <option value="value-desc">{t('insightsSortValueDesc')}</option>
          <option value="value-asc">{t('insightsSortValueAsc')}</option>
          <option value="date-desc">{t('insightsSortDateDesc')}</option>
          <option value="date-asc">{t('insightsSortDateAsc')}</option>
        </select>
      </label>
    </div>
  );
}
