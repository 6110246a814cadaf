import type { DirectiveFilter, DirectiveGrouping } from '../../../src/store/insights/directives';
import { t } from '../../i18n';
import { Choice, DateRange, SearchField } from '../shared/FilterControls';

/** Issuer text, site, date range, "due this week" and the grouping of the directives list. */
export function DirectiveFilters(props: {
  filter: DirectiveFilter;
  sites: readonly string[];
  dueThisWeek: boolean;
  grouping: DirectiveGrouping | '';
  onFilter: (next: DirectiveFilter) => void;
  onDueThisWeek: (on: boolean) => void;
  onGrouping: (by: DirectiveGrouping | '') => void;
}) {
  const { filter, onFilter } = props;
  const set = (patch: Partial<DirectiveFilter>) => onFilter({ ...filter, ...patch });
  return (
    <div class="insights-filters">
      <SearchField
        label={t('insightsFilterIssuer')}
        testId="directives-issuer"
        value={filter.issuer ?? ''}
        onInput={(issuer) => set({ issuer })}
      />
      <Choice
        label={t('insightsFilterSite')}
        testId="directives-site"
        value={filter.site ?? ''}
        options={props.sites}
        onChange={(site) => set({ site: site || undefined })}
      />
      <DateRange testIds="directives" from={filter.from} to={filter.to} onChange={set} />
      <label>
        <input
          type="checkbox"
          data-testid="directives-due-week"
          checked={props.dueThisWeek}
          onChange={(e) => props.onDueThisWeek((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {t('insightsDueThisWeek')}
      </label>
      <label>
        <span class="visually-hidden">{t('insightsGroupBy')}</span>
        <select
          data-testid="directives-group"
          value={props.grouping}
          onChange={(e) =>
            props.onGrouping((e.currentTarget as HTMLSelectElement).value as DirectiveGrouping | '')
          }
        >
          <option value="issuer">{t('insightsGroupIssuer')}</option>
          <option value="addressee">{t('insightsGroupAddressee')}</option>
          <option value="">{t('insightsGroupNone')}</option>
        </select>
      </label>
    </div>
  );
}
