import browser from 'webextension-polyfill';

/**
 * The one extension API of every context (background, content script, popup):
 * webextension-polyfill's promise-based `browser.*` (Firefox's own object there, a promise
 * wrapper around `chrome` in Chromium), typed by @types/webextension-polyfill.
 *
 * The polyfill refuses to load outside an extension; unit tests give it a bare `chrome`
 * (tests/unit/setup/extension-global.ts), under which every API namespace is undefined.
 */
export { browser };
