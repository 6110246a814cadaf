import type { AnnotationRow } from '../shared/records';
import { annotationWords } from './search-words';

/**
 * How annotation rows are stored (issue 10): a page's rows together in packs of at most
 * PACK_ROWS, keyed [url, part], not one record per row. IndexedDB in Chromium spends ~300 µs
 * of CPU per record written and ~60-80 µs more per index, whatever the record's size, so an
 * import of 100,000 rows wrote ~35 s of records; in ~2,000 packs it writes a few seconds'.
 * Pure helpers here; annotation-rows.ts is the only code that reads or writes packs.
 */
export interface Pack {
  url: string;
  /** 0, 1, ...: a page with more than PACK_ROWS rows has several packs. */
  part: number;
  rows: AnnotationRow[];
}

export type PackKey = [url: string, part: number];

/**
 * Rows per pack. Large enough that a long live blog is a few records; small enough that
 * rewriting the pack a reader's note lands in (every row of it cloned) stays cheap.
 */
export const PACK_ROWS = 500;

/** Dexie's schema of the packs table: what the three multi-entry indexes are read for. */
export const PACKS_SCHEMA = '[url+part], *ids, *tags, *words';

/** A pack as stored: its rows plus the index fields, never seen outside the store. */
export type StoredPack = Pack & { ids: string[]; tags: string[]; words: string[] };

/**
 * The index fields of a pack: its rows' ids (a row by id), their tags, and the union of
 * their search words (search-words.ts; each row's own words are worked out again when a
 * search filters a candidate pack's rows). Kept right on every write by the word-index
 * middleware, so no writer can forget them.
 */
export function packIndexFields(pack: Pack): { ids: string[]; tags: string[]; words: string[] } {
  const tags = new Set<string>();
  const words = new Set<string>();
  for (const row of pack.rows) {
    for (const tag of row.tags) tags.add(tag);
    for (const word of annotationWords(row)) words.add(word);
  }
  return { ids: pack.rows.map((row) => row.id), tags: [...tags], words: [...words] };
}

/** Rows grouped into packs by page, PACK_ROWS at most each, parts numbered from `firstPart`. */
export function packRows(rows: Iterable<AnnotationRow>, firstPart = 0): Pack[] {
  const byUrl = new Map<string, AnnotationRow[]>();
  for (const row of rows) {
    const list = byUrl.get(row.url);
    if (list) list.push(row);
    else byUrl.set(row.url, [row]);
  }
  const packs: Pack[] = [];
  for (const [url, list] of byUrl)
    for (let i = 0; i < list.length; i += PACK_ROWS)
      packs.push({ url, part: firstPart + i / PACK_ROWS, rows: list.slice(i, i + PACK_ROWS) });
  return packs;
}

/** A pack's key as text, for sets and maps (keys are arrays, compared by identity there). */
export const packKeyText = (key: readonly unknown[]) => JSON.stringify(key);
