import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browser } from '../../../src/shared/browser-api';

/**
 * Every context (background, content script, popup) uses one promise-based `browser.*`:
 * webextension-polyfill, imported through src/shared/browser-api.ts. No code reaches for the
 * callback-style `chrome.*` or a hand-made shim beside it.
 */
const root = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-data)?\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'popup'))].map((path) => ({
  path: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

/** A call or property of the global extension objects, not a `chrome://` address in a string. */
const GLOBAL_API = /(?<![\w'"/:.-])(chrome|globalThis\.browser)\s*\.\s*[a-z]/;

describe('the browser API', () => {
  it('is webextension-polyfill, loaded under the unit tests’ bare extension global', () => {
    expect(browser).toBeDefined();
    expect(browser.i18n).toBeUndefined();
  });

  it('is the only way the code reaches the extension APIs', () => {
    const direct = files.filter((f) => f.path !== 'src/shared/browser-api.ts' && GLOBAL_API.test(f.text));
    expect(direct.map((f) => f.path)).toEqual([]);
    // Type imports are free; only browser-api.ts loads the polyfill itself.
    const polyfillImports = files.filter((f) =>
      /^import (?!type )[^;]*from 'webextension-polyfill'/m.test(f.text),
    );
    expect(polyfillImports.map((f) => f.path)).toEqual(['src/shared/browser-api.ts']);
  });

  it('tells a global API call from an address (the check is not vacuous)', () => {
    expect(GLOBAL_API.test('chrome.runtime.sendMessage(m)')).toBe(true);
    expect(GLOBAL_API.test('(globalThis.browser ?? x)')).toBe(false);
    expect(GLOBAL_API.test('globalThis.browser.tabs.query({})')).toBe(true);
    expect(GLOBAL_API.test("mayShow('chrome://newtab/')")).toBe(false);
  });
});
