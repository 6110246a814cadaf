/**
 * Drives Firefox over WebDriver BiDi with nothing but a WebSocket (Node 20 needs
 * --experimental-websocket for the global one): start headless with a fresh profile, open
 * a session, install the extension from a folder, navigate, evaluate script in the page.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectMarionetteChrome } from './firefox-marionette.mjs';

/** Preferences that keep a test profile quiet: no first-run pages, updates, telemetry or fetches. */
export const QUIET_PREFS = {
  'app.normandy.enabled': false,
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.search.update': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.tabs.warnOnClose': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.policy.firstRunURL': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.prefetch-next': false,
  'services.settings.server': 'data:,#remote-settings-off/v1',
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'toolkit.telemetry.server': '',
};

export function userJs(prefs = QUIET_PREFS) {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/** Resolves with the BiDi WebSocket URL Firefox prints on stderr once it listens. */
function waitForBidiUrl(child, timeout) {
  return new Promise((done, fail) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start WebDriver BiDi:\n${log}`)), timeout);
    const onData = (chunk) => {
      log += chunk;
      const match = log.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        child.stderr.off('data', onData);
        done(match[1]);
      }
    };
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Firefox exited (${code}) before BiDi was ready:\n${log}`));
    });
  });
}

/** A BiDi connection: send(method, params) resolves with the command's result or rejects with its error. */
function connect(url) {
  if (typeof WebSocket === 'undefined') {
    throw new Error('no global WebSocket: run Node 20 with --experimental-websocket (Node 22+ has it)');
  }
  const socket = new WebSocket(url);
  const pending = new Map();
  let nextId = 1;
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data));
    const waiter = message.id !== undefined ? pending.get(message.id) : undefined;
    if (!waiter) return;
    pending.delete(message.id);
    if (message.type === 'error') waiter.fail(new Error(`${message.error}: ${message.message}`));
    else waiter.done(message.result);
  });
  const opened = new Promise((done, fail) => {
    socket.addEventListener('open', () => done(undefined), { once: true });
    socket.addEventListener('error', () => fail(new Error(`cannot connect to ${url}`)), { once: true });
  });
  const send = async (method, params = {}) => {
    await opened;
    const id = nextId++;
    return new Promise((done, fail) => {
      pending.set(id, { done, fail });
      socket.send(JSON.stringify({ id, method, params }));
    });
  };
  return { send, close: () => socket.close() };
}

/**
 * Starts headless Firefox with a new profile and a BiDi session (`prefs` are added to the quiet
 * ones; `systemAccess` allows scripts in the browser's own window, run by `chromeScript`).
 * Resolves to { send, chromeScript(body), close() }; close() ends the session, the browser and
 * the profile. chromeScript (only with systemAccess) runs a function body in the browser window
 * over Marionette (see firefox-marionette.mjs) and resolves with what it returns.
 */
export async function launchFirefoxBidi({
  executablePath,
  timeout = 30_000,
  prefs = {},
  systemAccess = false,
}) {
  const profile = await mkdtemp(join(tmpdir(), 'newsmark-firefox-'));
  // marionette.port 0: a free port, written to the profile (only started with systemAccess).
  const marionettePort = systemAccess ? { 'marionette.port': 0 } : {};
  await writeFile(join(profile, 'user.js'), userJs({ ...QUIET_PREFS, ...prefs, ...marionettePort }));
  const args = ['-headless', '-no-remote', '-profile', profile, '--remote-debugging-port', '0'];
  // Lets a test script the browser window itself, e.g. to open an extension page: Marionette on a
  // free port (written to the profile), its chrome context allowed by the flag.
  if (systemAccess) args.push('-marionette', '--remote-allow-system-access');
  const child = spawn(executablePath, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const cleanUp = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  };
  try {
    const base = await waitForBidiUrl(child, timeout);
    // With Marionette, its session is the browser's one session and BiDi joins it by its URL.
    const marionette = systemAccess ? await connectMarionetteChrome(profile) : null;
    const connection = connect(marionette?.webSocketUrl ?? `${base.replace(/\/$/, '')}/session`);
    if (!marionette) await connection.send('session.new', { capabilities: {} });
    return {
      send: connection.send,
      chromeScript: async (body) => {
        if (!marionette) throw new Error('chromeScript needs launchFirefoxBidi({ systemAccess: true })');
        return marionette.chromeScript(body);
      },
      close: async () => {
        marionette?.close();
        await Promise.race([
          connection.send('session.end').catch(() => {}),
          new Promise((d) => setTimeout(d, 2_000)),
        ]);
        connection.close();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** Evaluates `expression` in a browsing context and returns its value as plain data (primitives only). */
export async function evaluateIn(send, context, expression) {
  const reply = await send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (reply.type === 'exception') throw new Error(`script error: ${reply.exceptionDetails?.text}`);
  return reply.result?.value;
}

/** Evaluates `expression` every 250 ms until it is truthy or `timeout` ms pass; returns the last value. */
export async function pollIn(send, context, expression, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let value;
  do {
    value = await evaluateIn(send, context, expression);
    if (value) return value;
    await new Promise((done) => setTimeout(done, 250));
  } while (Date.now() < deadline);
  return value;
}
