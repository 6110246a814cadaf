import english from '../_locales/en/messages.json';

type MessageKey = keyof typeof english;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

function i18nApi(): I18nApi | undefined {
  const g = globalThis as unknown as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return (g.browser ?? g.chrome)?.i18n;
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

export function uiLanguage(): string {
  return i18nApi()?.getUILanguage() ?? 'en';
}
