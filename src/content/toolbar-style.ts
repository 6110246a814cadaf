/**
 * Inline styles for the in-page toolbar, set through the CSSOM (`element.style`): a page's
 * Content-Security-Policy may forbid <style> elements, never CSSOM writes. The host resets
 * everything it could inherit from the page.
 */
export const SWATCH_COLOURS: Record<string, string> = {
  yellow: '#facc15',
  green: '#4ade80',
  blue: '#60a5fa',
  pink: '#f472b6',
  purple: '#c084fc',
};

export function styleElement(el: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) el.style.setProperty(property, value, 'important');
}

export const HOST_STYLE = {
  all: 'initial',
  position: 'absolute',
  'z-index': '2147483647',
  display: 'block',
};

export const PANEL_STYLE = {
  display: 'flex',
  'flex-direction': 'column',
  gap: '6px',
  padding: '6px',
  background: '#1f2937',
  color: '#f9fafb',
  'border-radius': '8px',
  'box-shadow': '0 4px 14px rgba(0, 0, 0, 0.3)',
  font: '13px/1.3 system-ui, sans-serif',
};

export const ROW_STYLE = { display: 'flex', gap: '6px', 'align-items': 'center' };

export const SWATCH_STYLE = {
  width: '24px',
  height: '24px',
  padding: '0',
  margin: '0',
  border: '2px solid rgba(255, 255, 255, 0.85)',
  'border-radius': '50%',
  cursor: 'pointer',
};

export const TEXT_BUTTON_STYLE = {
  height: '24px',
  padding: '0 10px',
  margin: '0',
  border: '1px solid rgba(255, 255, 255, 0.6)',
  'border-radius': '12px',
  background: 'transparent',
  color: '#f9fafb',
  font: 'inherit',
  cursor: 'pointer',
};

export const MESSAGE_STYLE = { 'max-width': '280px', padding: '2px 4px' };

/** The hover card (hover-card.ts): small, never wider than a column, above everything. */
export const CARD_STYLE = {
  display: 'block',
  'max-width': '320px',
  padding: '6px 8px',
  'border-radius': '6px',
  'box-shadow': '0 4px 14px rgba(0, 0, 0, 0.25)',
  font: '13px/1.35 system-ui, sans-serif',
  'white-space': 'normal',
};

/** The card follows the reader's light or dark scheme (inline styles cannot hold a media query). */
export const CARD_THEMES: Record<'light' | 'dark', Record<string, string>> = {
  light: { background: '#ffffff', color: '#111827', border: '1px solid #d1d5db' },
  dark: { background: '#1f2937', color: '#f9fafb', border: '1px solid #4b5563' },
};
