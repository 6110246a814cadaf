/** Query parameters that only track the reader; they never change which article a URL names. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
  '_ga',
  '_gl',
  'ref_src',
  'zarsrc',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/**
 * The key a page is stored under: its address without the fragment and without tracking
 * parameters, so the same article read from a newsletter link and from the home page is one record.
 */
export function pageKey(href: string): string {
  const url = new URL(href);
  url.hash = '';
  for (const name of Array.from(url.searchParams.keys())) {
    if (isTrackingParam(name)) url.searchParams.delete(name);
  }
  // URLSearchParams leaves a bare "?" when the last parameter goes.
  if (url.search === '?') url.search = '';
  return url.href;
}

/** The page key of an http(s) address, or null for anything else (javascript:, data:, junk). */
export function httpPageKey(href: string): string | null {
  if (!/^https?:/i.test(href)) return null;
  try {
    return pageKey(href);
  } catch {
    return null;
  }
}
