import type { NewsmarkDb } from '../db';
import {
  BUNDLE_ID_KEY,
  BUNDLE_KEY,
  DIRECTIVES_BUNDLE_KEY,
  DIRTY_KEY,
  FIGURES_BUNDLE_KEY,
  FIGURES_FIRST_KEY,
  PEOPLE_BUNDLE_KEY,
} from '../derived-keys';
import { figuresFirstText } from './figures-first';
import { lazily, once } from './lazily';
import { buildModel, type InsightsModel } from './model';
import { peopleSummaryText } from './people-summary';
import { type PageProjection, PROJECTION_VERSION } from './projection';

/**
 * The bundle, every page's projection stored in rows by kind: the pages with their officials
 * (all the people list needs), then the figures and the directives, each page's list in the
 * pages' order. Figures and directives are most of its bytes, and reading a row costs about
 * its size, so a view reads only the parts it shows (loadInsights' `parts`).
 */
export type InsightsPart = 'figures' | 'directives';
export const ALL_PARTS: readonly InsightsPart[] = ['figures', 'directives'];
const PART_KEYS = { figures: FIGURES_BUNDLE_KEY, directives: DIRECTIVES_BUNDLE_KEY } as const;

/** A part's row: its text and the bundle it lines up with (a later read checks it). */
interface PartValue {
  bundle: string;
  text: string;
}

/** Reads parts not read at first into the same projections; false when the bundle changed. */
export type LaterParts = (parts: readonly InsightsPart[]) => Promise<boolean>;

export interface ReadBundle {
  /** The bundle's id (BUNDLE_ID_KEY), which changes whenever a bundle is stored. */
  id: string;
  projections: PageProjection[];
  later: LaterParts;
}

/**
 * The bundle's projections, or undefined when a row is missing (or a bundle stored whole,
 * before the parts). Pages and officials are parsed now, the parts read when something first
 * reads a page's list of them; a part not read throws when read, since an empty list would
 * show as "none". Call inside a read transaction.
 */
export async function readBundle(
  db: NewsmarkDb,
  parts: readonly InsightsPart[],
): Promise<ReadBundle | undefined> {
  const [idRow, pagesRow, ...partRows] = await db.derived.bulkGet([
    BUNDLE_ID_KEY,
    BUNDLE_KEY,
    ...parts.map((part) => PART_KEYS[part]),
  ]);
  const id = idRow?.value as string | undefined;
  const texts: Partial<Record<InsightsPart, string>> = {};
  const take = (part: InsightsPart, value: PartValue | undefined) => {
    if (id !== undefined && value?.bundle === id) texts[part] = value.text;
  };
  parts.forEach((part, i) => {
    take(part, partRows[i]?.value as PartValue | undefined);
  });
  if (id === undefined || !pagesRow || !parts.every((part) => texts[part] !== undefined)) return undefined;
  const projections = JSON.parse(pagesRow.value as string) as PageProjection[];
  for (const part of ALL_PARTS) {
    const lists = once(() => {
      const text = texts[part];
      if (text === undefined) throw new Error(`Newsmark: insights ${part} not loaded`);
      return JSON.parse(text) as unknown[][];
    });
    projections.forEach((projection, at) => {
      lazily(projection, part, () => (lists()[at] ?? []) as never);
    });
  }
  const later: LaterParts = async (more) => {
    const rows = await db.derived.bulkGet(more.map((part) => PART_KEYS[part]));
    more.forEach((part, i) => {
      take(part, rows[i]?.value as PartValue | undefined);
    });
    return more.every((part) => texts[part] !== undefined);
  };
  return { id, projections, later };
}

/**
 * A first-paint row's value (PEOPLE_BUNDLE_KEY, FIGURES_FIRST_KEY): its text, the bundle it was
 * worked out from, and the pages written since that bundle (dirty, sorted) whose own
 * projections it was worked out with.
 */
interface FirstPaintValue extends PartValue {
  v: number;
  dirty?: string[];
}

/**
 * The text of a first-paint row when it still holds for every page: it is this bundle's, and
 * no page was written since it was worked out (the dirty list is the one it accounts for).
 * Else undefined, and the caller reads the bundle itself.
 */
export async function readCleanRow(db: NewsmarkDb, key: string): Promise<string | undefined> {
  const [dirtyRow, idRow, row] = await db.derived.bulkGet([DIRTY_KEY, BUNDLE_ID_KEY, key]);
  const value = row?.value as FirstPaintValue | undefined;
  if (!value || !idRow || value.bundle !== idRow.value) return undefined;
  const dirty = [...((dirtyRow?.value as string[] | undefined) ?? [])].sort();
  const held = value.dirty ?? [];
  if (held.length !== dirty.length || dirty.some((url, i) => url !== held[i])) return undefined;
  // Worked out by another version: its people or sentences may differ from a build now.
  return value.v === PROJECTION_VERSION ? value.text : undefined;
}

/**
 * The first-paint rows of a model of bundle `bundle` in which the `dirty` pages have their own
 * projections: the people list's, and the figures table's first screen when the model read
 * the figures. A panel opened while the dirty list stays the same paints from them.
 */
export function firstPaintRows(
  model: InsightsModel,
  bundle: string,
  dirty: readonly string[],
  withFigures: boolean,
): { key: string; value: FirstPaintValue }[] {
  const value = (text: string): FirstPaintValue => ({
    bundle,
    v: PROJECTION_VERSION,
    text,
    ...(dirty.length > 0 ? { dirty: [...dirty].sort() } : {}),
  });
  return [
    { key: PEOPLE_BUNDLE_KEY, value: value(peopleSummaryText(model.people.values())) },
    ...(withFigures ? [{ key: FIGURES_FIRST_KEY, value: value(figuresFirstText(model)) }] : []),
  ];
}

/**
 * The bundle's rows, with a new id that its parts carry; with the people list and the figures
 * table's first screen worked out from the projections (or the model already built of them),
 * so those views paint before reading it.
 */
export function bundleRows(
  projections: readonly PageProjection[],
  model: InsightsModel = buildModel(projections),
) {
  const bundle = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const part = (lists: unknown[]): PartValue => ({ bundle, text: JSON.stringify(lists) });
  return [
    { key: BUNDLE_ID_KEY, value: bundle },
    {
      key: BUNDLE_KEY,
      value: JSON.stringify(projections.map(({ v, page, officials }) => ({ v, page, officials }))),
    },
    { key: FIGURES_BUNDLE_KEY, value: part(projections.map((p) => p.figures)) },
    { key: DIRECTIVES_BUNDLE_KEY, value: part(projections.map((p) => p.directives)) },
    ...firstPaintRows(model, bundle, [], true),
  ];
}
