/**
 * HTML character references left in metadata text ("Ch&#237;nh s&#225;ch", or double-encoded
 * "Chi&amp;#7871;n", which the parser turns into "Chi&#7871;n"). Browsers show such values as the
 * characters, so they are decoded, again while a reference remains. Pure TypeScript: no innerHTML,
 * which Trusted Types pages forbid to content scripts.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  hellip: '…',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  times: '×',
  divide: '÷',
  iexcl: '¡',
  iquest: '¿',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  eth: 'ð',
  ETH: 'Ð',
  thorn: 'þ',
  THORN: 'Þ',
  oelig: 'œ',
  OElig: 'Œ',
  shy: '',
  zwj: '\u200d',
  zwnj: '\u200c',
  ensp: ' ',
  emsp: ' ',
  thinsp: '\u2009',
};

/** Accented Latin letters by name: "eacute" is e + the acute accent, composed. */
const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
  caron: '\u030c',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;
const HAS_REFERENCE = /&(?:#\d|#[xX][0-9a-fA-F]|[A-Za-z][A-Za-z0-9]*;)/;
const MAX_ROUNDS = 4;

function codePointText(code: number): string | null {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

function namedText(name: string): string | null {
  const direct = NAMED[name];
  if (direct !== undefined) return direct;
  const accent = name.match(/^([A-Za-z])(acute|grave|circ|tilde|uml|ring|cedil|caron)$/);
  return accent ? `${accent[1]}${ACCENTS[accent[2]!]}`.normalize('NFC') : null;
}

function decodeOnce(text: string): string {
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    const found = dec
      ? codePointText(+dec)
      : hex
        ? codePointText(Number.parseInt(hex, 16))
        : namedText(name!);
    return found ?? whole;
  });
}

/** `text` with its character references decoded, repeatedly while one remains (up to a few rounds). */
export function decodeCharRefs(text: string): string {
  let out = text;
  for (let round = 0; round < MAX_ROUNDS && HAS_REFERENCE.test(out); round++) {
    const next = decodeOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}
