import { browser } from '../../src/shared/browser-api';
import { t } from '../i18n';

interface PanelOpeners {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  windows?: { WINDOW_ID_CURRENT: number };
}

/**
 * Opens the side panel (Chromium) or sidebar (Firefox) from the popup, then closes the popup.
 * The click is the user gesture both browsers require, so the call is made in it, at once.
 * Shown only where the browser has one of the two APIs.
 */
export function OpenPanelButton() {
  const api = browser as unknown as PanelOpeners | undefined;
  const open = api?.sidePanel
    ? () => api.sidePanel!.open({ windowId: api.windows?.WINDOW_ID_CURRENT ?? -2 })
    : api?.sidebarAction
      ? () => api.sidebarAction!.open()
      : null;
  if (!open) return null;
  const onClick = () => {
    open().then(
      () => window.close(),
      (error: unknown) => console.warn('Newsmark side panel:', error),
    );
  };
  return (
    <footer class="open-panel">
      <button type="button" data-testid="open-side-panel" onClick={onClick}>
        {t('openSidePanel')}
      </button>
    </footer>
  );
}
