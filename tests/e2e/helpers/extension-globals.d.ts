import type { Browser } from 'webextension-polyfill';

/**
 * The `chrome` global that e2e code sees when it is evaluated inside the extension's service
 * worker or pages (Chromium): typed with the polyfill's types, plus the one call they lack.
 * Only the tests use it; the extension itself goes through `browser` (src/shared/browser-api.ts).
 */
interface ExtensionContext {
  contextType: string;
  documentUrl?: string;
}

declare global {
  const chrome: Browser & {
    runtime: Browser['runtime'] & { getContexts(filter: object): Promise<ExtensionContext[]> };
  };
}
