#!/usr/bin/env node
/**
 * Finds the browsers the e2e tests and `npm start` drive: an environment variable first
 * (CHROMIUM_PATH, FIREFOX_PATH), then the usual install paths. When one is missing and we
 * run as root on Debian it installs it with apt-get; otherwise it stops with a message that
 * says what to install. `node scripts/find-browser.mjs [chromium] [firefox]` prints the paths.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BROWSERS = {
  chromium: {
    label: 'Chromium',
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    packages: ['chromium', 'fonts-liberation'],
  },
  firefox: {
    label: 'Firefox',
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    packages: ['firefox-esr'],
  },
};

/** True for an existing regular file we may execute. */
export function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of one browser, or null. An env variable that names a missing file is an error:
 * the user asked for that browser, so silently using another would hide their mistake.
 */
export function locateBrowser(name, { env = process.env, isExecutable = isExecutableFile } = {}) {
  const spec = BROWSERS[name];
  if (!spec) throw new Error(`unknown browser "${name}" (known: ${Object.keys(BROWSERS).join(', ')})`);
  const fromEnv = env[spec.env];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`${spec.env}=${fromEnv} is not an executable file`);
  }
  return spec.paths.find((path) => isExecutable(path)) ?? null;
}

/** Whether apt-get may install packages here: root on Debian (or a derivative) with apt-get present. */
export function canInstallWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/etc/debian_version') && isExecutableFile('/usr/bin/apt-get');
}

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...packages]]) {
    console.error(`find-browser: apt-get ${args.join(' ')}`);
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (run.status !== 0) throw new Error(`apt-get ${args[0]} failed (exit ${run.status})`);
  }
}

/** The message for browsers we cannot find and may not install. */
export function missingMessage(names) {
  const lines = names.map((name) => {
    const spec = BROWSERS[name];
    return `  - ${spec.label}: set ${spec.env}=/path/to/browser, or install it (Debian: apt-get install ${spec.packages.join(' ')})`;
  });
  return `Newsmark needs these browsers and could not find them:\n${lines.join('\n')}`;
}

/**
 * Paths of the wanted browsers, installing the missing ones where allowed.
 * Throws an Error whose message names what to install when it cannot.
 */
export function ensureBrowsers(names, options = {}) {
  const found = Object.fromEntries(names.map((name) => [name, locateBrowser(name, options)]));
  const missing = names.filter((name) => !found[name]);
  if (missing.length === 0) return found;
  const mayInstall = options.install ?? canInstallWithApt();
  if (!mayInstall) throw new Error(missingMessage(missing));
  aptInstall([...new Set(missing.flatMap((name) => BROWSERS[name].packages))]);
  const after = Object.fromEntries(names.map((name) => [name, locateBrowser(name, options)]));
  const still = names.filter((name) => !after[name]);
  if (still.length) throw new Error(missingMessage(still));
  return after;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BROWSERS);
  try {
    console.log(JSON.stringify(ensureBrowsers(names), null, 2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
