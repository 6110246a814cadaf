import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listDemoPages,
  resolveInside,
  type ServedDirectory,
  serveDirectory,
} from '../../../scripts/serve-demo.mjs';

/** A raw GET (fetch would normalise away the "../" we want to send). */
function get(origin: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((done, fail) => {
    const req = request(`${origin}/`, { path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

describe('resolveInside', () => {
  it('maps request paths to files under the root and refuses to leave it', () => {
    expect(resolveInside('/srv/demo', '/page.html?x=1')).toBe('/srv/demo/page.html');
    expect(resolveInside('/srv/demo', '/../secret.txt')).toBeNull();
    expect(resolveInside('/srv/demo', '/%2e%2e/secret.txt')).toBeNull();
    expect(resolveInside('/srv/demo', '/')).toBeNull();
    expect(resolveInside('/srv/demo', '/%E0%A4%A')).toBeNull();
  });
});

describe('serveDirectory', () => {
  let dir: string;
  let served: ServedDirectory;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsmark-serve-'));
    await writeFile(join(dir, 'trang.html'), '<p>Xin chào</p>');
    served = await serveDirectory(dir);
  });

  afterAll(async () => {
    await served.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 on an ephemeral port', () => {
    expect(served.origin).toBe(`http://127.0.0.1:${served.port}`);
    expect(served.port).toBeGreaterThan(0);
  });

  it('serves HTML as UTF-8', async () => {
    const page = await get(served.origin, '/trang.html');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toBe('<p>Xin chào</p>');
  });

  it('answers 404 for a missing file and 403 outside the folder', async () => {
    expect((await get(served.origin, '/missing.html')).status).toBe(404);
    expect((await get(served.origin, '/../etc/passwd')).status).toBe(403);
  });
});

describe('the demo pages', () => {
  it('are two articles and a section list page', async () => {
    const pages = await listDemoPages();
    expect(pages).toHaveLength(3);
    expect(pages.filter((name) => name.startsWith('section-'))).toHaveLength(1);
  });
});
