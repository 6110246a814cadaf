/**
 * Launches Chromium with the built extension loaded (a persistent context, as extensions
 * need) and finds the extension's id: the host of its service worker's URL.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

/** The command-line switches: quiet, no network of its own, only our extension. */
export function chromiumArgs(extensionDir) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

/** Waits for the extension's service worker and returns the extension id. */
export async function extensionIdOf(context, timeout = 15_000) {
  const isOurs = (worker) => worker.url().startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout }));
  return new URL(worker.url()).host;
}

/**
 * Starts Chromium with `extensionDir` loaded. Resolves to { context, extensionId, close() };
 * close() also removes the temporary profile.
 */
export async function launchChromiumWithExtension({
  executablePath,
  extensionDir,
  headless = true,
  viewport,
}) {
  const dir = resolve(extensionDir);
  const profile = await mkdtemp(join(tmpdir(), 'newsmark-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless,
      args: chromiumArgs(dir),
      viewport: viewport === undefined ? { width: 1280, height: 900 } : viewport,
      acceptDownloads: true,
    });
    const extensionId = await extensionIdOf(context);
    return {
      context,
      extensionId,
      close: async () => {
        await context.close().catch(() => {});
        await removeProfile(profile);
      },
    };
  } catch (error) {
    await context?.close().catch(() => {});
    // The launch's own error is the one to report, not a cleanup's.
    await removeProfile(profile).catch(() => {});
    throw error;
  }
}

/**
 * Removes a browser profile. Chromium's helper processes may still write into it for a moment
 * after the context closes (ENOTEMPTY on the last rmdir): retried, as Node's rm allows.
 */
function removeProfile(profile) {
  return rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
