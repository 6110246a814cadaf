#!/usr/bin/env node
/**
 * A tiny static file server for the demo pages, bound to 127.0.0.1 on an ephemeral port.
 * Only files directly under the served folder are reachable. `node scripts/serve-demo.mjs`
 * serves tests/fixtures/demo until Ctrl-C and prints the page URLs.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_DIR = fileURLToPath(new URL('../tests/fixtures/demo/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** The file a request path names inside `root`, or null when it would leave it. */
export function resolveInside(root, requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const base = resolve(root);
  const file = resolve(base, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  return file.startsWith(base + sep) ? file : null;
}

/**
 * Starts serving `root`. Resolves to { origin, port, close() }; the origin is
 * http://127.0.0.1:<port>.
 */
export async function serveDirectory(root = DEMO_DIR, { host = '127.0.0.1', port = 0 } = {}) {
  const server = createServer(async (request, response) => {
    const file = resolveInside(root, request.url ?? '/');
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://${host}:${actualPort}`,
    port: actualPort,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

/** The demo page file names, sorted. */
export async function listDemoPages(root = DEMO_DIR) {
  return (await readdir(root)).filter((name) => name.endsWith('.html')).sort();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const served = await serveDirectory(DEMO_DIR);
  for (const name of await listDemoPages()) console.log(`${served.origin}/${name}`);
  console.log(`serving ${join(DEMO_DIR)} — Ctrl-C to stop`);
}
