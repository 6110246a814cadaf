import * as v from 'valibot';
import type { SendToBackground } from '../shared/messages';
import { type PaintSettings, PaintSettingsSchema } from '../shared/messages-content';

/** How long the first paint waits for the settings; after that it paints everything. */
export const PAINT_SETTINGS_WAIT_MS = 300;

type Send = SendToBackground;

/** The background's paint settings, or null when it failed or answered something else. */
export async function askPaintSettings(send: Send): Promise<PaintSettings | null> {
  try {
    const reply = await send({ type: 'content/paint-settings-requested' });
    const parsed = v.safeParse(PaintSettingsSchema, reply?.ok ? reply.paint : undefined);
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/**
 * Asks for the paint settings once and hands the answer to `answered` whenever it comes (a
 * late one still repaints). Resolves when the answer came or after `waitMs`, whichever is
 * first: the page awaits this before its first paint, so a slow background (a service worker
 * starting up) delays the highlights by at most `waitMs`.
 */
export function requestPaintSettings(
  send: Send,
  answered: (paint: PaintSettings) => void,
  waitMs = PAINT_SETTINGS_WAIT_MS,
): Promise<void> {
  const asked = askPaintSettings(send).then((paint) => {
    if (paint) answered(paint);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((done) => {
    timer = setTimeout(done, waitMs);
  });
  return Promise.race([asked, waited]).finally(() => clearTimeout(timer));
}
