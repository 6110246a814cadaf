import type { I18n } from 'webextension-polyfill';
import english from '../_locales/en/messages.json';
import { browser } from '../src/shared/browser-api';

type MessageKey = keyof typeof english;

/** Absent outside the extension (unit tests): then the English strings are used. */
function i18nApi(): I18n.Static | undefined {
  return browser.i18n as I18n.Static | undefined;
}

/** English text with $1.. filled in: what a page outside the extension (a unit test) shows. */
function fallback(key: MessageKey, substitutions: string[]): string {
  const entry = english[key] as { message: string; placeholders?: Record<string, { content: string }> };
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const index = Number(content.slice(1)) - 1;
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), substitutions[index] ?? '');
  }
  return text;
}

/** A UI string in the browser's language (en or vi), from _locales. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const message = i18nApi()?.getMessage(key, substitutions);
  return message || fallback(key, substitutions);
}

/** Keys with a singular form beside them: "insightsPeopleCount" has "insightsPeopleCountOne". */
type CountKey = {
  [K in MessageKey]: `${K}One` extends MessageKey ? K : never;
}[MessageKey];

/** A count in words: "1 person", "12 people" (the key's "One" form for 1; both languages say so). */
export function tCount(key: CountKey, n: number): string {
  return n === 1 ? t(`${key}One` as MessageKey) : t(key, String(n));
}

export function uiLanguage(): string {
  return i18nApi()?.getUILanguage() ?? 'en';
}
