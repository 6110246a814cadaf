/** The short-lived highlight over an item the reader picked in the side panel or popup; highlights.css styles it. */
export const FLASH_NAME = 'newsmark-flash';
export const FLASH_MS = 1_600;
// Above the reader's colours (10): the picked item shows whatever else covers it.
const FLASH_PRIORITY = 20;

let clearTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Scrolls the window so `range` sits in the middle of the viewport (instantly when the reader
 * prefers reduced motion), then flashes it for FLASH_MS.
 */
export function revealRange(range: Range, view: Window): void {
  const box = range.getBoundingClientRect();
  const smooth = !view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  // An element scrolled inside its own box (a scrolling article column) comes into view first.
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const after = range.getBoundingClientRect();
  const top = after.top + after.height / 2 - view.innerHeight / 2;
  if (box.height > 0 || after.height > 0) view.scrollBy({ top, behavior: smooth ? 'smooth' : 'auto' });
  flash(range);
}

function flash(range: Range): void {
  if (typeof Highlight !== 'function' || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const highlight = new Highlight(range);
  highlight.priority = FLASH_PRIORITY;
  CSS.highlights.set(FLASH_NAME, highlight);
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => CSS.highlights.delete(FLASH_NAME), FLASH_MS);
}
