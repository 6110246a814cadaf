import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const cli = ['--import', 'tsx', resolve(root, 'src/cli/annotate.ts')];
const fixture = resolve(root, 'tests/fixtures/cli/short-report.html');

async function annotate(...args: string[]): Promise<{ lines: Record<string, unknown>[]; code: number }> {
  try {
    const { stdout } = await run(process.execPath, [...cli, ...args], { cwd: root });
    return {
      lines: stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
      code: 0,
    };
  } catch (error) {
    const failed = error as { stdout: string; code: number };
    const lines = failed.stdout.trim()
      ? failed.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l))
      : [];
    return { lines, code: failed.code };
  }
}

describe('npm run annotate', () => {
  it('prints one contract line per page with the article fields in order', async () => {
    const { lines, code } = await annotate(fixture);
    expect(code).toBe(0);
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
    expect(line.article.isArticle).toBe(true);
    expect(line.article.title).toBe('Council approves harbour budget');
    expect(line.article.siteName).toBe('The Example Courier');
    expect(String(line.article.text)).toContain('approved a harbour repair budget');
    expect(String(line.article.text)).not.toContain('Copyright');
    expect(Array.isArray(line.annotations)).toBe(true);
    expect(line.timings).toHaveProperty('totalMs');
  }, 30_000);

  it('reports a page that cannot be read and goes on with the rest', async () => {
    const { lines, code } = await annotate('/nonexistent/page.html', fixture);
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({ file: '/nonexistent/page.html' });
    expect(String(lines[0]?.error)).toMatch(/ENOENT|no such file/);
    expect(lines[1]).toHaveProperty('article');
  }, 30_000);

  it('fails with usage when no page is given', async () => {
    const { code } = await annotate();
    expect(code).not.toBe(0);
  }, 30_000);
});
