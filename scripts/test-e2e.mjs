#!/usr/bin/env node
/**
 * `npm run test:e2e`: finds (or installs) Chromium and Firefox, builds the extension when
 * dist/ is missing, then runs the e2e suite (tests/e2e, vitest) and prints one summary line.
 * Extra arguments go to vitest (`npm run test:e2e -- firefox` runs only the Firefox file).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();

function finish(code, what) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\ne2e: ${code === 0 ? 'PASS' : 'FAIL'} — ${what} (${seconds} s)`);
  process.exit(code);
}

let browsers;
try {
  browsers = ensureBrowsers(['chromium', 'firefox']);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  finish(1, 'browsers missing');
}
console.log(`e2e: Chromium ${browsers.chromium}, Firefox ${browsers.firefox}`);

const built = ['dist/chromium/manifest.json', 'dist/firefox/manifest.json'].every((f) =>
  existsSync(join(root, f)),
);
if (!built) {
  console.log('e2e: dist/ is missing, building first');
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) finish(1, 'build failed');
}

// Node 20 has a global WebSocket (used for Firefox's WebDriver BiDi) only behind a flag.
const nodeFlags = typeof WebSocket === 'undefined' ? ['--experimental-websocket'] : [];
const require = createRequire(import.meta.url);
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const run = spawnSync(
  process.execPath,
  [...nodeFlags, vitest, 'run', '--config', 'tests/e2e/vitest.config.ts', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      CHROMIUM_PATH: browsers.chromium,
      FIREFOX_PATH: browsers.firefox,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, ...nodeFlags].filter(Boolean).join(' '),
    },
  },
);
finish(run.status ?? 1, run.status === 0 ? 'all e2e tests passed' : 'see the failures above');
