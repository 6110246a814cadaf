// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportAll, importFile } from '../../../popup/data-transfer';
import { type NewsmarkBackup, toBackup } from '../../../src/export/backup';
import { MAX_IMPORT_BYTES } from '../../../src/export/import-parse';
import { readAllRows } from '../../../src/store/backup';
import type { NewsmarkDb } from '../../../src/store/db';
import { sampleLibrary } from '../store/library.test-data';
import { rowsTable } from '../store/rows-table';
import { freshTestDb } from '../store/test-db';

let dbs: NewsmarkDb[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const db of dbs) db.close();
  dbs = [];
});

function db(): NewsmarkDb {
  const fresh = freshTestDb();
  dbs.push(fresh);
  return fresh;
}

/** Catches what downloadText hands the browser (jsdom has no object URLs). */
function captureDownloads(): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = [];
  let pending: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    pending = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: pending! });
  });
  return files;
}

describe('export all, then import', () => {
  it('downloads a backup that restores the same rows into an empty database', async () => {
    const source = db();
    const { pages, annotations } = sampleLibrary();
    await source.pages.bulkAdd(pages);
    await rowsTable(source).bulkAdd(annotations);
    const files = captureDownloads();
    await exportAll(source, 'backup', Date.UTC(2026, 0, 4));
    expect(files.map((f) => f.name)).toEqual(['newsmark-backup-2026-01-04.json']);
    const backup = JSON.parse(await files[0]!.blob.text()) as NewsmarkBackup;
    expect(backup).toMatchObject({
      format: 'newsmark-backup',
      version: 1,
      exportedAt: '2026-01-04T00:00:00.000Z',
    });

    const target = db();
    const outcome = await importFile(target, files[0]!.blob);
    expect(outcome).toMatchObject({ ok: true, skipped: [], summary: { pagesAdded: 2, annotationsAdded: 6 } });
    expect(await readAllRows(target)).toEqual(await readAllRows(source));
  });

  it('writes the W3C and CSV exports over every page', async () => {
    const source = db();
    const { pages, annotations } = sampleLibrary();
    await source.pages.bulkAdd(pages);
    await rowsTable(source).bulkAdd(annotations);
    const files = captureDownloads();
    await exportAll(source, 'w3c', 0);
    await exportAll(source, 'csv', 0);
    const w3c = JSON.parse(await files[0]!.blob.text());
    expect(w3c).toMatchObject({ type: 'AnnotationCollection', total: 6 });
    const csv = (await files[1]!.blob.text()).trim().split('\r\n');
    expect(csv[0]).toMatch(/^url,kind,origin,quote/);
    expect(csv).toHaveLength(7);
  });
});

describe('importFile', () => {
  it('says why a broken or foreign file was not imported, and changes nothing', async () => {
    const target = db();
    expect(await importFile(target, new Blob(['{oops'], { type: 'application/json' }))).toMatchObject({
      ok: false,
      error: 'not-json',
    });
    expect(await importFile(target, new Blob(['{"format":"other"}']))).toMatchObject({
      ok: false,
      error: 'wrong-format',
    });
    expect(await target.pages.count()).toBe(0);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge = { size: MAX_IMPORT_BYTES + 1, text: vi.fn() } as unknown as Blob;
    expect(await importFile(db(), huge)).toMatchObject({ ok: false, error: 'too-large' });
    expect((huge as unknown as { text: ReturnType<typeof vi.fn> }).text).not.toHaveBeenCalled();
  });

  it('refuses a 500,000-row file whole, with a reason, and writes nothing', async () => {
    const target = db();
    const { pages, annotations } = sampleLibrary();
    // Valid rows first, then filler: without the cap the valid ones would be merged.
    const filler = Array.from({ length: 500_000 - annotations.length - pages.length }, () => ({}));
    const backup = toBackup(pages, annotations, 0);
    const text = JSON.stringify({ ...backup, annotations: [...annotations, ...filler] });
    const outcome = await importFile(target, new Blob([text]));
    expect(outcome).toMatchObject({ ok: false, error: 'too-many-rows' });
    expect(!outcome.ok && outcome.detail).toBe('500,000 records; the limit is 200,000');
    expect(await target.pages.count()).toBe(0);
    expect(await rowsTable(target).count()).toBe(0);
  });
});
