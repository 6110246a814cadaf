import type { FigureFilter, FigureSort } from '../../../src/store/insights/figures';
import { t } from '../../i18n';
import { fromDateInput, toDateInput } from '../shared/format';

export interface FigureControls {
  filter: FigureFilter;
  sort: FigureSort;
}

function Choice({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <label>
      <span class="visually-hidden">{label}</span>
      <select
        data-testid={testId}
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{label}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
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
      <label>
        <span class="visually-hidden">{t('insightsFilterText')}</span>
        <input
          type="search"
          data-testid="figures-text"
          placeholder={t('insightsFilterText')}
          value={filter.text ?? ''}
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <Choice
        label={t('insightsFilterType')}
        testId="figures-type"
        value={filter.type ?? ''}
        options={facets.types}
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
      <label>
        <span class="insights-label">{t('insightsFrom')}</span>
        <input
          type="date"
          data-testid="figures-from"
          value={toDateInput(filter.from)}
          onChange={(e) => set({ from: fromDateInput((e.currentTarget as HTMLInputElement).value) })}
        />
      </label>
      <label>
        <span class="insights-label">{t('insightsTo')}</span>
        <input
          type="date"
          data-testid="figures-to"
          value={toDateInput(filter.to)}
          onChange={(e) => set({ to: fromDateInput((e.currentTarget as HTMLInputElement).value, true) })}
        />
      </label>
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
