import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DIST_CHROMIUM = join(ROOT, 'dist/chromium');
export const DIST_FIREFOX = join(ROOT, 'dist/firefox');
export const DEMO_DIR = join(ROOT, 'tests/fixtures/demo');

/** The demo pages by role; the texts the tests expect to see highlighted are in expectations.ts. */
export const DEMO_PAGES = {
  vi: 'vi-hoi-nghi-dau-tu-cong.html',
  en: 'en-grid-partnership.html',
  section: 'section-kinh-te.html',
} as const;

/** Fails early, with the fix, when the extension has not been built. */
export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir}/manifest.json is missing: run \`npm run build\` first`);
  }
  return dir;
}
