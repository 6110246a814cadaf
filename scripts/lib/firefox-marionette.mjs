/**
 * A minimal Marionette client, for the one thing the e2e tests need of the browser's own
 * window: running a script in its chrome context (e.g. `gBrowser.addTab(...)` to open an
 * extension page, which WebDriver BiDi may not navigate to). Firefox ESR 140 allows the
 * chrome context only over Marionette (and only when started with --remote-allow-system-access);
 * BiDi's own "moz:scope": "chrome" came in later releases. Marionette frames are
 * `<byte length>:<json>`; a command is [0, id, name, params], its reply [1, id, error, result].
 */
import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';

/** The port Firefox writes to the profile once Marionette listens (the pref marionette.port = 0 picks a free one). */
async function activePort(profile, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await readFile(join(profile, 'MarionetteActivePort'), 'utf8').catch(() => '');
    if (Number(text) > 0) return Number(text);
    if (Date.now() > deadline) throw new Error('Firefox did not start Marionette (no MarionetteActivePort)');
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Connects to the Marionette server of the Firefox running on `profile`, opens the browser's one
 * WebDriver session (asking for its BiDi WebSocket: Firefox allows one session, shared by both
 * protocols) and switches Marionette to the chrome context. Resolves to { webSocketUrl,
 * chromeScript(body), close() }: chromeScript runs a function body (use `return`) in the browser
 * window and resolves with its value.
 */
export async function connectMarionetteChrome(profile, timeout = 20_000) {
  const socket = connect(await activePort(profile, timeout), '127.0.0.1');
  socket.setEncoding('utf8');
  const waiters = [];
  let buffer = '';
  socket.on('data', (chunk) => {
    buffer += chunk;
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(buffer.slice(0, colon));
      // Lengths count bytes; the replies we read are ASCII JSON (non-ASCII is \u-escaped or rare).
      if (Buffer.byteLength(buffer.slice(colon + 1)) < length) return;
      const body = Buffer.from(buffer.slice(colon + 1))
        .subarray(0, length)
        .toString('utf8');
      buffer = buffer.slice(colon + 1 + body.length);
      waiters.shift()?.(JSON.parse(body));
    }
  });
  socket.on('error', (error) => {
    for (const waiter of waiters.splice(0)) waiter({ socketError: error });
  });
  const next = () => new Promise((done) => waiters.push(done));
  let id = 0;
  const send = async (name, params = {}) => {
    const reply = next();
    const frame = JSON.stringify([0, ++id, name, params]);
    socket.write(`${Buffer.byteLength(frame)}:${frame}`);
    const message = await reply;
    if (message.socketError) throw message.socketError;
    const [, , error, result] = message;
    if (error) throw new Error(`Marionette ${name}: ${error.error}: ${error.message}`);
    return result;
  };
  await next(); // the server's greeting
  // Marionette reads capabilities flat (not W3C's alwaysMatch).
  const session = await send('WebDriver:NewSession', { webSocketUrl: true });
  await send('Marionette:SetContext', { value: 'chrome' });
  return {
    webSocketUrl: session.capabilities.webSocketUrl,
    chromeScript: async (body) => (await send('WebDriver:ExecuteScript', { script: body, args: [] }))?.value,
    close: () => socket.end(),
  };
}
