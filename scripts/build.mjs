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
  content: 'src/content/main.ts',
  popup: 'popup/main.tsx',
};
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

const started = performance.now();
const result = await esbuild.build({
  entryPoints: Object.entries(ENTRIES).map(([out, input]) => ({ in: join(root, input), out })),
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
  plugins: [polyfillAsModule],
  write: false,
  logLevel: 'warning',
});

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
  for (const file of [...result.outputFiles, ...styles.outputFiles])
    writeFileSync(join(dir, file.path.split(/[\\/]/).pop()), file.contents);
  for (const [from, to] of STATIC_FILES) cpSync(join(root, from), join(dir, to), { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifestFor(target, manifest), null, 2)}\n`);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
  `built ${TARGETS.map((t) => `dist/${t}`).join(' and ')} in ${Math.round(performance.now() - started)} ms`,
);
for (const name of [...Object.keys(ENTRIES).map((e) => `${e}.js`), 'highlights.css', 'popup.css']) {
  console.log(`  ${name.padEnd(16)} ${kb(statSync(join(root, 'dist', TARGETS[0], name)).size).padStart(10)}`);
}
