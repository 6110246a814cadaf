/** The headline without the site's name: "Headline | Site" -> "Headline". */
import { foldText } from './text-compare';

const SEPARATOR = /\s+[|\-–—·•»:\\/]{1,2}\s+/g;

function looksLikeSite(part: string, siteName: string | null, host: string | null): boolean {
  const folded = foldText(part);
  if (!folded) return true;
  if (/^[\w.-]+\.[a-z]{2,}$/i.test(part.trim())) return true;
  for (const name of [siteName, host]) {
    if (!name) continue;
    const site = foldText(name);
    if (
      site &&
      (folded === site ||
        folded.replace(/ /g, '') === site.replace(/ /g, '') ||
        folded.includes(site) ||
        site.includes(folded))
    )
      return true;
  }
  return false;
}

/** Splits at title separators, keeping the separators' positions. */
function parts(title: string): { text: string; index: number; end: number }[] {
  const out: { text: string; index: number; end: number }[] = [];
  let last = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    out.push({ text: title.slice(last, m.index), index: last, end: m.index! });
    last = m.index! + m[0].length;
  }
  out.push({ text: title.slice(last), index: last, end: title.length });
  return out;
}

/** Drops site names at either end; with `guess` (the bare <title>), also drops a short trailing section. */
export function cleanTitle(
  raw: string,
  siteName: string | null,
  host: string | null,
  headingsOf: () => string[],
  guess: boolean,
): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  let pieces = parts(title);
  if (pieces.length === 1) return title;
  const headings = headingsOf();
  for (const h of headings) if (foldText(h) === foldText(title)) return title;
  // A heading on the page that equals the start of the title settles it.
  for (const h of headings) {
    const folded = foldText(h);
    for (let i = pieces.length - 1; i >= 1; i--) {
      if (foldText(title.slice(0, pieces[i - 1]!.end)) === folded)
        return title.slice(0, pieces[i - 1]!.end).trim();
    }
  }
  while (pieces.length > 1 && looksLikeSite(pieces[pieces.length - 1]!.text, siteName, host))
    pieces = pieces.slice(0, -1);
  while (pieces.length > 1 && looksLikeSite(pieces[0]!.text, siteName, host)) pieces = pieces.slice(1);
  if (guess && pieces.length > 1) {
    // Readability's rule: the part before the last separator, unless that leaves under three words.
    const before = title.slice(pieces[0]!.index, pieces[pieces.length - 2]!.end).trim();
    if (before.split(/\s+/).length >= 3) return before;
  }
  return title.slice(pieces[0]!.index, pieces[pieces.length - 1]!.end).trim();
}
