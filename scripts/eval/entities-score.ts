/** The guidelines' matching rules for officials, figures and directives (pure functions). */
import { normalizeForMatch } from '../../src/engine/text/normalize';

export interface Gold {
  officials: Array<{ name: string; titles: string[] }>;
  officials_optional?: string[];
  figures: string[];
  figures_optional?: string[];
  directives: Array<{ key: string; issuer: string | null }>;
  directives_optional?: Array<{ key: string } | string>;
  not_officials?: string[];
  not_figures?: string[];
  not_directives?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  falsePositives: string[];
}

const fold = (s: string): string => normalizeForMatch(s).toLowerCase();
const nameWords = (s: string): string[] => fold(s).replace(/[.,]/gu, ' ').split(/\s+/u).filter(Boolean);

/** A found name counts for a gold name when its words appear in order within the gold name. */
export function nameMatches(found: string, gold: string): boolean {
  const f = nameWords(found);
  const g = nameWords(gold);
  let k = 0;
  for (const w of g) if (w === f[k]) k++;
  return f.length > 0 && k === f.length;
}

export function scoreOfficials(found: string[], gold: Gold): Counts {
  const names = [...new Set(found.map((n) => normalizeForMatch(n)))];
  const matched = new Set<number>();
  const falsePositives: string[] = [];
  for (const name of names) {
    const hit = gold.officials.findIndex((g) => nameMatches(name, g.name));
    if (hit >= 0) matched.add(hit);
    else if (!(gold.officials_optional ?? []).some((o) => nameMatches(name, o))) falsePositives.push(name);
  }
  const misses = gold.officials.filter((_, i) => !matched.has(i)).map((g) => g.name);
  return { tp: matched.size, fp: falsePositives.length, fn: misses.length, misses, falsePositives };
}

const DIGIT_GROUP = /\d+(?:[.,:/h]\d+)*/gu;

/** One piece per digit group: the group with the text before the first and after the last. */
export function figurePieces(text: string): Array<{ core: string; text: string }> {
  const t = fold(text);
  const groups = [...t.matchAll(DIGIT_GROUP)];
  return groups.map((g, i) => {
    const start = i === 0 ? 0 : g.index!;
    const end = i === groups.length - 1 ? t.length : g.index! + g[0].length;
    return { core: g[0].replace(/\D/gu, ''), text: t.slice(start, end).trim() };
  });
}

const pieceMatches = (a: { core: string; text: string }, b: { core: string; text: string }): boolean =>
  a.core === b.core && (a.text.includes(b.text) || b.text.includes(a.text));

export function scoreFigures(found: string[], gold: Gold): Counts {
  const foundPieces = found.flatMap((f) => figurePieces(f).map((p) => ({ ...p, from: f, used: false })));
  const goldPieces = gold.figures.flatMap((g) => figurePieces(g).map((p) => ({ ...p, from: g })));
  const optional = (gold.figures_optional ?? []).flatMap((g) => figurePieces(g));
  const misses: string[] = [];
  let tp = 0;
  // Exact text matches first, then containment, so one loose piece does not steal another's partner.
  const unmatched: typeof goldPieces = [];
  for (const g of goldPieces) {
    const f = foundPieces.find((p) => !p.used && p.core === g.core && p.text === g.text);
    if (f) {
      f.used = true;
      tp++;
    } else unmatched.push(g);
  }
  for (const g of unmatched) {
    const f = foundPieces.find((p) => !p.used && pieceMatches(p, g));
    if (f) {
      f.used = true;
      tp++;
    } else misses.push(g.text === fold(g.from) ? g.from : `${g.text} (in "${g.from}")`);
  }
  const falsePositives = foundPieces
    .filter((p) => !p.used && !optional.some((o) => pieceMatches(p, o)))
    .map((p) => (p.text === fold(p.from) ? p.from : `${p.text} (in "${p.from}")`));
  return { tp, fp: falsePositives.length, fn: misses.length, misses, falsePositives };
}

/** A found sentence matches a key when it starts with it or holds it within its first 20 characters. */
export function keyMatches(sentence: string, key: string): boolean {
  const s = fold(sentence);
  const k = fold(key);
  const at = s.indexOf(k);
  return at === 0 || (at > 0 && at <= 20);
}

export interface DirectiveCounts extends Counts {
  issuerChecked: number;
  issuerRight: number;
  issuerWrong: string[];
}

export function issuerMatches(found: string | null, gold: string): boolean {
  if (!found) return false;
  return gold
    .split('|')
    .some((g) => nameMatches(found, g) || nameMatches(g, found) || fold(g) === fold(found));
}

export function scoreDirectives(
  found: Array<{ text: string; issuer: string | null }>,
  gold: Gold,
): DirectiveCounts {
  const optionalKeys = (gold.directives_optional ?? []).map((o) => (typeof o === 'string' ? o : o.key));
  const used = new Set<number>();
  const falsePositives: string[] = [];
  const issuerWrong: string[] = [];
  let issuerChecked = 0;
  let issuerRight = 0;
  for (const d of found) {
    const hit = gold.directives.findIndex((g, i) => !used.has(i) && keyMatches(d.text, g.key));
    if (hit >= 0) {
      used.add(hit);
      const g = gold.directives[hit]!;
      if (g.issuer) {
        issuerChecked++;
        if (issuerMatches(d.issuer, g.issuer)) issuerRight++;
        else issuerWrong.push(`${g.key.slice(0, 40)}…: ${d.issuer} ≠ ${g.issuer}`);
      }
    } else if (!optionalKeys.some((k) => keyMatches(d.text, k))) falsePositives.push(d.text.slice(0, 90));
  }
  const misses = gold.directives.filter((_, i) => !used.has(i)).map((g) => g.key);
  return {
    tp: used.size,
    fp: falsePositives.length,
    fn: misses.length,
    misses,
    falsePositives,
    issuerChecked,
    issuerRight,
    issuerWrong,
  };
}
