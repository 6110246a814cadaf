import type { PaintSettings, PaintSwitch } from '../shared/messages';
import type { NewsmarkDb } from './db';

export type { PaintSettings };

/**
 * Which automatic categories the content script paints on pages. Stored as
 * `{key: 'paint', value: {official, figure, directive, reader}}` in the settings table; a missing
 * row or field means "shown".
 */
export const PAINT_SETTINGS_KEY = 'paint';
export const DEFAULT_PAINT: PaintSettings = { official: true, figure: true, directive: true, reader: true };

export function toPaintSettings(value: unknown): PaintSettings {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const flag = (kind: PaintSwitch) => (typeof stored[kind] === 'boolean' ? (stored[kind] as boolean) : true);
  return {
    official: flag('official'),
    figure: flag('figure'),
    directive: flag('directive'),
    reader: flag('reader'),
  };
}

export async function readPaintSettings(db: NewsmarkDb): Promise<PaintSettings> {
  return toPaintSettings((await db.settings.get(PAINT_SETTINGS_KEY))?.value);
}

/** Sets one category's switch, keeping the others, in one transaction. */
export async function setPaintCategory(
  db: NewsmarkDb,
  kind: PaintSwitch,
  shown: boolean,
): Promise<PaintSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await readPaintSettings(db)), [kind]: shown };
    await db.settings.put({ key: PAINT_SETTINGS_KEY, value: next });
    return next;
  });
}
