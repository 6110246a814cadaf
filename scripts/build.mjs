// Builds the two unpacked extensions, dist/chromium and dist/firefox, from one manifest
// (each gets only its own side panel key: scripts/lib/browser-manifest.mjs).
// Bundles are IIFE (content scripts and classic workers cannot be ES modules everywhere),
// unminified so store reviewers can read them, without source maps.
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { manifestFor } from './lib/browser-manifest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGETS = ['chromium', 'firefox'];
const ENTRIES = {
  background: 'src/background/main.ts',
  popup: 'popup/main.tsx',
};
/**
 * The content script in three, each an entry of the manifest's content_scripts, so that each is
 * compiled and run in a task of its own (src/content/article-finder.ts): the polyfill (a file of
 * its own, POLYFILL_FILE), the article finder, and the rest.
 */
const CONTENT_ENTRIES = {
  'content-finder': 'src/content/finder-main.ts',
  content: 'src/content/main.ts',
};
const POLYFILL_FILE = 'browser-polyfill.js';
const STATIC_FILES = [
  ['src/content/highlights.css', 'highlights.css'],
  ['popup/popup.html', 'popup.html'],
  // The same app as the side panel (Chromium) and sidebar (Firefox).
  ['popup/panel.html', 'panel.html'],
  ['_locales', '_locales'],
  ['icons', 'icons'],
];

/**
 * webextension-polyfill is CommonJS: a default import of it becomes esbuild's `__toESM`, which
 * copies every property of the exported object. Where the browser has its own `browser` (Chromium
 * 156 does) the polyfill exports that object, and reading each property's descriptor builds every
 * API namespace of the context at the script's start (~5 ms of CPU in the first task of every
 * page). This resolves the import to a one-line ES module that takes `module.exports` as it is.
 */
const polyfillAsModule = {
  name: 'polyfill-as-module',
  setup(build) {
    build.onResolve({ filter: /^webextension-polyfill$/ }, (args) =>
      args.namespace === 'polyfill-as-module'
        ? undefined
        : { path: 'polyfill', namespace: 'polyfill-as-module' },
    );
    build.onLoad({ filter: /.*/, namespace: 'polyfill-as-module' }, () => ({
      contents: "export default require('webextension-polyfill');",
      resolveDir: root,
    }));
  },
};

/**
 * In the content scripts the polyfill has run before them, as a script of its own that leaves
 * `browser` on the content scripts' global (the polyfill's documented use): the import reads it.
 */
const polyfillFromGlobal = {
  name: 'polyfill-from-global',
  setup(build) {
    build.onResolve({ filter: /^webextension-polyfill$/ }, () => ({
      path: 'polyfill',
      namespace: 'polyfill-from-global',
    }));
    build.onLoad({ filter: /.*/, namespace: 'polyfill-from-global' }, () => ({
      contents: 'export default globalThis.browser;',
      resolveDir: root,
    }));
  },
};

const started = performance.now();
const bundleOptions = {
  outdir: join(root, 'dist/.bundles'),
  bundle: true,
  format: 'iife',
  target: ['chrome120', 'firefox140'],
  platform: 'browser',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  write: false,
  logLevel: 'warning',
};
const builds = await Promise.all(
  [
    [ENTRIES, polyfillAsModule],
    [CONTENT_ENTRIES, polyfillFromGlobal],
  ].map(([entries, plugin]) =>
    esbuild.build({
      ...bundleOptions,
      entryPoints: Object.entries(entries).map(([out, input]) => ({ in: join(root, input), out })),
      plugins: [plugin],
    }),
  ),
);
// The polyfill as published, less its source-map comment (the map is not shipped).
const polyfill = readFileSync(
  join(root, 'node_modules/webextension-polyfill/dist', POLYFILL_FILE),
  'utf8',
).replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');

// The app's styles are one file per part (popup/styles/); the pages load the one bundle.
const styles = await esbuild.build({
  entryPoints: [join(root, 'popup/popup.css')],
  outdir: join(root, 'dist/.bundles'),
  bundle: true,
  target: ['chrome120', 'firefox140'],
  minify: false,
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
});

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
manifest.version = pkg.version; // one version number, kept in package.json

for (const target of TARGETS) {
  const dir = join(root, 'dist', target);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of [...builds.flatMap((b) => b.outputFiles), ...styles.outputFiles])
    writeFileSync(join(dir, file.path.split(/[\\/]/).pop()), file.contents);
  for (const [from, to] of STATIC_FILES) cpSync(join(root, from), join(dir, to), { recursive: true });
  writeFileSync(join(dir, POLYFILL_FILE), polyfill);
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifestFor(target, manifest), null, 2)}\n`);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
  `built ${TARGETS.map((t) => `dist/${t}`).join(' and ')} in ${Math.round(performance.now() - started)} ms`,
);
for (const name of [
  ...[...Object.keys(ENTRIES), ...Object.keys(CONTENT_ENTRIES)].map((e) => `${e}.js`),
  POLYFILL_FILE,
  'highlights.css',
  'popup.css',
]) {
  console.log(`  ${name.padEnd(20)} ${kb(statSync(join(root, 'dist', TARGETS[0], name)).size).padStart(10)}`);
}
