import { exportDocuments, toBackup, toCsvLibrary, toW3cLibrary } from '../src/export/backup';
import {
  checkImportSize,
  type ImportFailure,
  parseImport,
  type SkippedRecord,
} from '../src/export/import-parse';
import { readAllRows } from '../src/store/backup';
import { type MergeSummary, mergeImport } from '../src/store/backup-merge';
import type { NewsmarkDb } from '../src/store/db';
import { isQuotaError } from '../src/store/quota';
import { downloadText } from './download';

export type ExportFormat = 'backup' | 'w3c' | 'csv';

const day = (now: number) => new Date(now).toISOString().slice(0, 10);

/** Downloads everything stored, as a backup, a W3C collection or a CSV table. */
export async function exportAll(db: NewsmarkDb, format: ExportFormat, now = Date.now()): Promise<void> {
  const { pages, annotations } = await readAllRows(db);
  const name = `newsmark-${format === 'backup' ? 'backup' : 'all'}-${day(now)}`;
  if (format === 'backup') {
    const json = JSON.stringify(toBackup(pages, annotations, now), null, 1);
    downloadText(`${name}.json`, json, 'application/json');
    return;
  }
  const documents = exportDocuments(pages, annotations, now);
  if (format === 'w3c')
    downloadText(
      `${name}.jsonld`,
      JSON.stringify(toW3cLibrary(documents, now), null, 2),
      'application/ld+json',
    );
  else downloadText(`${name}.csv`, toCsvLibrary(documents), 'text/csv;charset=utf-8');
}

export type ImportOutcome =
  | { ok: true; summary: MergeSummary; skipped: SkippedRecord[] }
  | { ok: false; error: ImportFailure | 'quota' | 'failed'; detail: string };

/** Reads, checks and merges an import file; never throws, the outcome says what happened. */
export async function importFile(db: NewsmarkDb, file: Blob): Promise<ImportOutcome> {
  const parsed = checkImportSize(file.size) ?? parseImport(await file.text());
  if (!parsed.ok) return parsed;
  try {
    const summary = await mergeImport(db, parsed.pages, parsed.annotations);
    return { ok: true, summary, skipped: parsed.skipped };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: isQuotaError(error) ? 'quota' : 'failed', detail };
  }
}
