import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * src/store is the one way into the database (README, Privacy, "Who writes"): the
 * background and the popup call its functions and never touch a table themselves, so every
 * write is one of its transactions and its rules (reader rows never overwritten by a visit,
 * imports merged in one transaction) hold whoever writes.
 */
const root = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-data)?\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const outsideStore = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'popup'))]
  .map((path) => relative(root, path))
  .filter((path) => !path.startsWith('src/store/'));

/** A table or transaction reached through a database handle, or Dexie itself. */
const DIRECT_ACCESS =
  /\bdb\s*\.\s*(pages|packs|annotations|settings|transaction|table|tables)\b|from 'dexie'/;

describe('the write path', () => {
  it('has no database access outside src/store', () => {
    const offenders = outsideStore.filter((path) =>
      DIRECT_ACCESS.test(readFileSync(join(root, path), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('catches a table reached directly (the check is not vacuous)', () => {
    expect(DIRECT_ACCESS.test('await db.packs.put(pack);')).toBe(true);
    expect(DIRECT_ACCESS.test('await db . pages.get(url);')).toBe(true);
    expect(DIRECT_ACCESS.test("import Dexie from 'dexie';")).toBe(true);
    expect(DIRECT_ACCESS.test('await updateReaderAnnotation(db, id, { body });')).toBe(false);
  });

  it('reaches annotation packs only through annotation-rows.ts (db.ts opens and migrates them)', () => {
    const touching = sourceFiles(join(root, 'src/store'))
      .map((path) => relative(root, path))
      .filter((path) => /\.\s*packs\b|'packs'/.test(readFileSync(join(root, path), 'utf8')));
    expect(touching.sort()).toEqual([
      'src/store/annotation-rows.ts',
      'src/store/db.ts',
      'src/store/derived-invalidation.ts',
    ]);
  });

  it('is used by both writers: the background and the popup', () => {
    const importsStore = (dir: string) =>
      outsideStore.filter((p) => p.startsWith(dir) && /\/store\//.test(readFileSync(join(root, p), 'utf8')));
    expect(importsStore('src/background/').length).toBeGreaterThan(0);
    expect(importsStore('popup/').length).toBeGreaterThan(0);
  });
});
