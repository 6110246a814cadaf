import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup';
import {
  describeIssue,
  type ImportedAnnotation,
  ImportedAnnotationSchema,
  type ImportedPage,
  ImportedPageSchema,
} from './import-schema';
import { fromW3cCollection, isW3cCollection, w3cItemCount } from './import-w3c';

/**
 * Files larger than this are refused before they are read. A backup of 100,000 annotations
 * is ~70-100 MB (a row with its selectors is ~0.7-1 KB); the caps bound the popup's memory.
 */
export const MAX_IMPORT_BYTES = 150 * 1024 * 1024;

/**
 * Records (pages and annotations, or W3C items) one file may hold; more are refused before
 * any is checked or written. Twice a heavy reader's library, so a real backup always fits.
 */
export const MAX_IMPORT_ROWS = 200_000;

/** A record left out of an import, and why. */
export interface SkippedRecord {
  where: string;
  reason: string;
}

export interface ImportRecords {
  source: 'newsmark-backup' | 'w3c';
  pages: ImportedPage[];
  annotations: ImportedAnnotation[];
  skipped: SkippedRecord[];
}

export type ImportFailure =
  | 'too-large'
  | 'too-many-rows'
  | 'not-json'
  | 'wrong-format'
  | 'unsupported-version';

export type ImportParse =
  | ({ ok: true } & ImportRecords)
  | { ok: false; error: ImportFailure; detail: string };

export function checkImportSize(bytes: number): ImportParse | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return {
    ok: false,
    error: 'too-large',
    detail: `${mb} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
  };
}

/**
 * The UTF-8 size of `text` without copying it (`new Blob([text]).size` copied a 65 MB backup
 * into the browser's blob store for one number). A surrogate pair counts 4 bytes.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 2 : 3;
  }
  return bytes;
}

/** The row cap, checked on the parsed lists before any record is validated or merged. */
export function checkImportRows(count: number): ImportParse | null {
  if (count <= MAX_IMPORT_ROWS) return null;
  const [n, limit] = [count, MAX_IMPORT_ROWS].map((x) => x.toLocaleString('en'));
  return { ok: false, error: 'too-many-rows', detail: `${n} records; the limit is ${limit}` };
}

/** Validates each element of a list on its own: one bad record is reported, the rest kept. */
export function validateEach<T>(
  list: readonly unknown[],
  schema: v.GenericSchema<unknown, T>,
  label: string,
  skipped: SkippedRecord[],
): T[] {
  const valid: T[] = [];
  list.forEach((item, index) => {
    const parsed = v.safeParse(schema, item);
    if (parsed.success) valid.push(parsed.output);
    else skipped.push({ where: `${label}[${index}]`, reason: describeIssue(label, parsed.issues) });
  });
  return valid;
}

function fromBackup(data: Record<string, unknown>): ImportParse {
  if (data.version !== BACKUP_VERSION)
    return { ok: false, error: 'unsupported-version', detail: `version ${String(data.version)}` };
  if (!Array.isArray(data.pages) || !Array.isArray(data.annotations))
    return { ok: false, error: 'wrong-format', detail: 'pages and annotations must be lists' };
  const tooMany = checkImportRows(data.pages.length + data.annotations.length);
  if (tooMany) return tooMany;
  const skipped: SkippedRecord[] = [];
  const pages = validateEach(data.pages, ImportedPageSchema, 'pages', skipped);
  const annotations = validateEach(data.annotations, ImportedAnnotationSchema, 'annotations', skipped);
  return { ok: true, source: 'newsmark-backup', pages, annotations, skipped };
}

/**
 * A time after `now` is capped to it: a future `modified` would win every later merge
 * against the reader's own edits, and a future visit would sort first forever. In place: the
 * records are the validator's fresh copies, and a library-sized import need not be copied again.
 */
function capToNow(records: ImportRecords, now: number): ImportRecords {
  for (const page of records.pages) {
    page.firstSeen = Math.min(page.firstSeen, now);
    page.lastSeen = Math.min(page.lastSeen, now);
  }
  for (const row of records.annotations) {
    row.created = Math.min(row.created, now);
    row.modified = Math.min(row.modified, now);
  }
  return records;
}

/**
 * Reads an import file's text: a Newsmark backup, or a W3C Web Annotation collection as
 * Newsmark exports it. Never throws; a broken file is an `ok: false` result.
 */
export function parseImport(text: string, now = Date.now()): ImportParse {
  // A UTF-16 unit is at most 3 bytes: most files pass without being counted.
  const tooLarge = text.length * 3 <= MAX_IMPORT_BYTES ? null : checkImportSize(utf8Length(text));
  if (tooLarge) return tooLarge;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, error: 'wrong-format', detail: 'not a JSON object' };
  const record = data as Record<string, unknown>;
  const parsed: ImportParse | null =
    record.format === BACKUP_FORMAT
      ? fromBackup(record)
      : isW3cCollection(record)
        ? (checkImportRows(w3cItemCount(record)) ?? { ok: true, ...fromW3cCollection(record, now) })
        : null;
  if (parsed?.ok) return { ok: true, ...capToNow(parsed, now) };
  if (parsed) return parsed;
  return {
    ok: false,
    error: 'wrong-format',
    detail: 'neither a Newsmark backup nor a W3C annotation collection',
  };
}
