import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/cli/load-document';
import { runCli } from '../../../src/cli/run-cli';

const root = resolve(import.meta.dirname, '../../..');
const fixture = resolve(root, 'tests/unit/cli/fixtures/short-report.html');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
const jsonLines = (out: string): Record<string, unknown>[] =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('annotate CLI', () => {
  it('prints one contract line per page with the article fields in order', async () => {
    const { code, out } = await cli(fixture);
    expect(code).toBe(0);
    const lines = jsonLines(out);
    expect(lines).toHaveLength(1);
    const line = lines[0] as {
      file: string;
      article: Record<string, unknown>;
      annotations: unknown[];
      timings: object;
    };
    expect(line.file).toBe(fixture);
    expect(Object.keys(line.article)).toEqual([
      'isArticle',
      'title',
      'byline',
      'published',
      'lang',
      'siteName',
      'text',
    ]);
    expect(line.article).toMatchObject({
      isArticle: true,
      title: 'Council approves harbour budget',
      siteName: 'The Example Courier',
      lang: 'en',
    });
    expect(String(line.article.text)).toContain('approved a harbour repair budget');
    expect(String(line.article.text)).not.toContain('Copyright');
    expect(Array.isArray(line.annotations)).toBe(true);
    expect(line.timings).toHaveProperty('totalMs');
    // The first page loads the CLI's document parser cold: seconds on a busy CI machine.
  }, 60_000);

  it('reports a page that cannot be read and goes on with the rest', async () => {
    const { code, out } = await cli('/nonexistent/page.html', fixture);
    expect(code).toBe(0);
    const lines = jsonLines(out);
    expect(lines[0]).toMatchObject({ file: '/nonexistent/page.html' });
    expect(String(lines[0]?.error)).toMatch(/ENOENT|no such file/);
    expect(lines[1]).toHaveProperty('article');
  });

  it('exits 1 when every page fails, and 2 with usage on bad arguments', async () => {
    expect((await cli('/nonexistent/a.html')).code).toBe(1);
    const usage = await cli();
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/usage/);
    expect((await cli('--format', 'pdf', fixture)).code).toBe(2);
  });

  it('keeps export formats parseable: errors go to stderr', async () => {
    const { code, out, err } = await cli('--format', 'csv', '/nonexistent/a.html', fixture);
    expect(code).toBe(0);
    expect(out.split('\r\n')[0]).toMatch(/^[a-z]/i);
    expect(out).not.toContain('ENOENT');
    expect(err).toContain('ENOENT');
  });

  it('annotates a page that is not an article as such, with no annotations', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsmark-cli-'));
    const page = join(dir, 'list.html');
    await writeFile(
      page,
      '<!doctype html><html lang="en"><body><ul><li><a href="/a">One</a></li></ul></body></html>',
    );
    const [line] = jsonLines((await cli(page)).out) as {
      article: { isArticle: boolean };
      annotations: unknown[];
    }[];
    expect(line?.article.isArticle).toBe(false);
    expect(line?.annotations).toEqual([]);
  });
});

describe('npm run annotate (process)', () => {
  it('runs as a command and prints the contract', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/annotate.ts', fixture],
      {
        cwd: root,
      },
    );
    expect(JSON.parse(stdout.trim())).toHaveProperty('article.isArticle', true);
  }, 120_000);
});

describe('page loading', () => {
  it('reads undeclared pages as UTF-8 and honours a declared legacy charset', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsmark-charset-'));
    const utf8 = join(dir, 'utf8.html');
    await writeFile(utf8, '<html><body><p>Trump’s “plan” — Hà Nội</p></body></html>');
    expect((await loadDocument(utf8)).body.textContent).toBe('Trump’s “plan” — Hà Nội');
    const latin = join(dir, 'latin1.html');
    const bytes = Buffer.from(
      '<html><head><meta charset="iso-8859-1"></head><body><p>caf\xe9</p></body></html>',
      'latin1',
    );
    await writeFile(latin, bytes);
    expect((await loadDocument(latin)).body.textContent).toBe('café');
  });
});
