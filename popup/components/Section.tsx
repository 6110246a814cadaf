import type { ComponentChildren } from 'preact';
import type { AutoKind } from '../../src/shared/records';
import { t } from '../i18n';
import { CATEGORY_LABELS } from './CategoryCounts';
import { Swatch } from './Swatch';

/** A collapsible category section (native <details>: keyboard and screen readers for free). */
export function Section({
  kind,
  count,
  children,
}: {
  kind: AutoKind;
  count: number;
  children: ComponentChildren;
}) {
  return (
    <details class="section" id={`section-${kind}`} open>
      <summary>
        <Swatch kind={kind} />
        <h2>{CATEGORY_LABELS[kind]()}</h2>
        <span class="section-count">{count}</span>
      </summary>
      {count === 0 ? <p class="none">{t('noneFound')}</p> : <ul class="items">{children}</ul>}
    </details>
  );
}
