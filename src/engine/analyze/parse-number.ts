/**
 * Parses a digit group written in the article's convention. Vietnamese writes "4.284,5"
 * (dot = thousands, comma = decimal); English "4,284.5". A lone separator is decided by the
 * group shape: followed by exactly three digits in every group it groups thousands, otherwise
 * it is the decimal mark ("1.5" en/vi = 1.5, "1.500" vi = 1500, "1,500" en = 1500).
 */
export function parseNumber(raw: string, decimalMark: ',' | '.'): number | null {
  const sep = onlySeparator(raw);
  if (sep === 0) return Number(raw);
  // One separator between digits ("1,500", "2.5", "1.500"), the commonest shape after plain
  // digits: the rule below without its splits and regexes.
  if (sep > 0) {
    const mark = raw.charCodeAt(sep);
    const grouped = mark === (decimalMark === ',' ? 46 : 44) && sep <= 3 && raw.length - sep === 4;
    if (grouped) return Number(raw.slice(0, sep) + raw.slice(sep + 1));
    return Number(mark === 46 ? raw : `${raw.slice(0, sep)}.${raw.slice(sep + 1)}`);
  }
  const s = raw.trim();
  if (!/^\d[\d.,]*$/u.test(s) || /[.,]$/u.test(s)) return null;
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  let decimal: '.' | ',' | null = null;
  if (hasDot && hasComma) decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  else if (hasDot || hasComma) {
    const sep = hasDot ? '.' : ',';
    const parts = s.split(sep);
    const grouped =
      parts.length > 1 && /^\d{1,3}$/u.test(parts[0]!) && parts.slice(1).every((p) => p.length === 3);
    const nativeGroup = decimalMark === ',' ? '.' : ',';
    if (parts.length > 2) decimal = grouped ? null : sep === nativeGroup ? null : sep;
    else if (sep === nativeGroup) decimal = grouped ? null : sep;
    else decimal = sep;
  }
  const group = decimal === ',' ? '.' : decimal === '.' ? ',' : hasDot ? '.' : ',';
  const parts = s.split(decimal ?? '\u0000');
  if (parts.length > 2) return null;
  const intPart = parts[0]!.split(group).join('');
  if (!/^\d+$/u.test(intPart)) return null;
  const fraction = parts[1];
  if (fraction !== undefined && !/^\d+$/u.test(fraction)) return null;
  return Number(fraction === undefined ? intPart : `${intPart}.${fraction}`);
}

/**
 * 0 when `s` is all ASCII digits; the offset of its one "." or "," when that separator stands
 * between digits and all else is digits; -1 for anything else (empty, other characters, more
 * separators).
 */
function onlySeparator(s: string): number {
  let sep = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if ((c !== 46 && c !== 44) || sep > 0 || i === 0 || i === s.length - 1) return -1;
    sep = i;
  }
  return s.length === 0 ? -1 : sep;
}

/** Formats a number the way the language writes it (used by tests and exports). */
export function formatNumber(value: number, decimalMark: ',' | '.', fractionDigits = 0): string {
  const [int, frac] = value.toFixed(fractionDigits).split('.');
  const group = decimalMark === ',' ? '.' : ',';
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/gu, group);
  return frac ? `${grouped}${decimalMark}${frac}` : grouped;
}

/** Multiplies without float noise for the usual scales (430 × 1e9, 1.5 × 1e6). */
export function scaleValue(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
/** Quarter numerals: "I".."IV" or "1".."4". */
export function parseQuarter(raw: string): number | null {
  const n = ROMAN[raw] ?? Number(raw);
  return n >= 1 && n <= 4 ? n : null;
}
