import { browser } from '../shared/browser-api';

/** A UI string of the page's toolbar and card, in the browser's language (falls back to the key). */
export function translate(key: string, substitution?: string): string {
  return browser.i18n.getMessage(key, substitution === undefined ? undefined : [substitution]) || key;
}
