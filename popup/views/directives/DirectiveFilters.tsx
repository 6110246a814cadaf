import type { DirectiveFilter, DirectiveGrouping } from '../../../src/store/insights/directives';
import { t } from '../../i18n';
import { fromDateInput, toDateInput } from '../shared/format';

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
      <label>
        <span class="visually-hidden">{t('insightsFilterIssuer')}</span>
        <input
          type="search"
          data-testid="directives-issuer"
          placeholder={t('insightsFilterIssuer')}
          value={filter.issuer ?? ''}
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => set({ issuer: (e.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <label>
        <span class="visually-hidden">{t('insightsFilterSite')}</span>
        <select
          data-testid="directives-site"
          value={filter.site ?? ''}
          onChange={(e) => set({ site: (e.currentTarget as HTMLSelectElement).value || undefined })}
        >
          <option value="">{t('insightsFilterSite')}</option>
          {props.sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span class="insights-label">{t('insightsFrom')}</span>
        <input
          type="date"
          data-testid="directives-from"
          value={toDateInput(filter.from)}
          onChange={(e) => set({ from: fromDateInput((e.currentTarget as HTMLInputElement).value) })}
        />
      </label>
      <label>
        <span class="insights-label">{t('insightsTo')}</span>
        <input
          type="date"
          data-testid="directives-to"
          value={toDateInput(filter.to)}
          onChange={(e) => set({ to: fromDateInput((e.currentTarget as HTMLInputElement).value, true) })}
        />
      </label>
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
