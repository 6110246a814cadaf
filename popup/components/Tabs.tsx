import { t } from '../i18n';
import { CROSS_ARTICLE_VIEWS } from '../panel/views';

/** A tab of the app: the three built in, and the cross-article views registered in panel/views.ts. */
export type PopupView = string;
export const VIEWS: readonly PopupView[] = [
  'page',
  'library',
  ...CROSS_ARTICLE_VIEWS.map((v) => v.id),
  'settings',
];

/**
 * Tabs shown as an icon, named by aria-label and title: with the cross-article views the bar is
 * wider than a side panel, and settings is the tab least often opened.
 */
const ICONS: Partial<Record<PopupView, string>> = { settings: '⚙' };

const LABELS: Record<PopupView, () => string> = {
  page: () => t('tabPage'),
  library: () => t('tabLibrary'),
  settings: () => t('tabSettings'),
  ...Object.fromEntries(CROSS_ARTICLE_VIEWS.map((v) => [v.id, () => t(v.labelKey)])),
};

/** The WAI-ARIA tabs pattern: one tab in the tab order, arrow keys, Home and End move between them. */
export function Tabs({ current, onSelect }: { current: PopupView; onSelect: (view: PopupView) => void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    const index = VIEWS.indexOf(current);
    const next =
      event.key === 'ArrowRight'
        ? VIEWS[(index + 1) % VIEWS.length]
        : event.key === 'ArrowLeft'
          ? VIEWS[(index + VIEWS.length - 1) % VIEWS.length]
          : event.key === 'Home'
            ? VIEWS[0]
            : event.key === 'End'
              ? VIEWS[VIEWS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('tabsLabel')} onKeyDown={onKeyDown}>
      {VIEWS.map((view) => {
        const label = LABELS[view]?.();
        const icon = ICONS[view];
        return (
          <button
            key={view}
            type="button"
            role="tab"
            id={`tab-${view}`}
            data-testid={`tab-${view}`}
            aria-selected={view === current}
            aria-controls={`panel-${view}`}
            tabIndex={view === current ? 0 : -1}
            class="tab"
            onClick={() => onSelect(view)}
            {...(icon ? { 'aria-label': label, title: label } : {})}
          >
            {icon ? <span aria-hidden="true">{icon}</span> : label}
          </button>
        );
      })}
    </div>
  );
}
