import { VI_BODY_ANY, VI_BODY_PREDICATE, VI_BODY_START } from './directive-cues';

/** A body named as the subject just before a cue, cut where its own predicate starts. */
export function bodyBefore(tail: string): { name: string; at: number } | null {
  const m = VI_BODY_START.exec(tail);
  if (!m) return null;
  const name = m[0].replace(VI_BODY_PREDICATE, '').trim();
  return name ? { name, at: m.index } : null;
}

/** The first body the text names ("Thanh tra Sở Xây dựng đã xử phạt ..." -> "Thanh tra Sở Xây dựng"). */
export function firstBodyIn(text: string): string | null {
  return VI_BODY_ANY.exec(text)?.[0].replace(VI_BODY_PREDICATE, '').trim() || null;
}
