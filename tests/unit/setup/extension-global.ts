/**
 * webextension-polyfill refuses to load unless `chrome.runtime.id` is set (it is in every
 * extension context). Unit tests load modules that import it, so they get a bare `chrome`:
 * the polyfill loads, and every API namespace the code asks for (i18n, tabs) is undefined,
 * as code run outside the extension expects.
 */
const scope = globalThis as { chrome?: unknown };
scope.chrome ??= { runtime: { id: 'newsmark-unit-test' } };
