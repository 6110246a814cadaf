import type { StoredKind } from '../../src/shared/records';
import { t } from '../i18n';
import { CATEGORY_LABELS } from './CategoryCounts';

const KIND_LABELS: Record<StoredKind, () => string> = {
  ...CATEGORY_LABELS,
  highlight: () => t('categoryHighlight'),
  note: () => t('categoryNote'),
};

export interface FilterState {
  query: string;
  kind: StoredKind | '';
  tag: string;
}

/** The search box and the kind and tag filters. */
export function LibraryFilters({
  value,
  tags,
  onChange,
}: {
  value: FilterState;
  tags: readonly string[];
  onChange: (next: FilterState) => void;
}) {
  return (
    <search class="library-filters">
      <label class="visually-hidden" for="library-search">
        {t('searchLabel')}
      </label>
      <input
        id="library-search"
        type="search"
        data-testid="library-search"
        placeholder={t('searchPlaceholder')}
        value={value.query}
        maxLength={200}
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onChange({ ...value, query: event.currentTarget.value })}
      />
      <div class="filter-row">
        <label>
          <span class="visually-hidden">{t('filterKind')}</span>
          <select
            data-testid="library-kind"
            value={value.kind}
            onChange={(event) => onChange({ ...value, kind: event.currentTarget.value as StoredKind | '' })}
          >
            <option value="">{t('filterAnyKind')}</option>
            {(Object.keys(KIND_LABELS) as StoredKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]()}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="visually-hidden">{t('filterTag')}</span>
          <select
            data-testid="library-tag"
            value={value.tag}
            onChange={(event) => onChange({ ...value, tag: event.currentTarget.value })}
          >
            <option value="">{t('filterAnyTag')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
      </div>
    </search>
  );
}
