import { HOST_STYLE, styleElement } from './toolbar-style';

/**
 * An element of ours on the page (the toolbar, the hover card): a host with a closed shadow
 * root, so the page's scripts and styles cannot reach into it. The host is appended to <html>
 * only while shown, so the page is untouched the rest of the time.
 */
export function overlayHost(doc: Document, tag: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  styleElement(host, HOST_STYLE);
  return { host, root: host.attachShadow({ mode: 'closed' }) };
}

/** Places a shown overlay at a viewport point (page coordinates, so it scrolls with the text). */
export function placeOverlay(host: HTMLElement, doc: Document, left: number, top: number): void {
  const view = doc.defaultView;
  host.style.setProperty('left', `${Math.round(left + (view?.scrollX ?? 0))}px`, 'important');
  host.style.setProperty('top', `${Math.round(top + (view?.scrollY ?? 0))}px`, 'important');
  if (!host.isConnected) doc.documentElement.append(host);
}
