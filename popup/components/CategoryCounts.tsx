import type { AutoKind } from '../../src/shared/records';
import { t } from '../i18n';
import { Swatch } from './Swatch';

export const CATEGORY_LABELS: Record<AutoKind, () => string> = {
  official: () => t('categoryOfficial'),
  figure: () => t('categoryFigure'),
  directive: () => t('categoryDirective'),
};

/** The three counts side by side; each links to its section below. */
export function CategoryCounts({ counts }: { counts: Record<AutoKind, number> }) {
  return (
    <ul class="counts" aria-label={t('countsLabel')}>
      {(Object.keys(counts) as AutoKind[]).map((kind) => (
        <li key={kind}>
          <a href={`#section-${kind}`} class="count-link">
            <Swatch kind={kind} />
            <span class="count-number" data-testid={`count-${kind}`}>
              {counts[kind]}
            </span>
            <span class="count-label">{CATEGORY_LABELS[kind]()}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
