import type { OfficialAnnotation } from '../../types';
import { EN_PORTFOLIO_WORDS } from './titles';

/**
 * Issuer names for English subjects that are not a found official: a bare title, a body written
 * in lower case, a pronoun, "Mr X". Each is resolved against what the article said before.
 */

/** An official mentioned as a sentence subject: at most two words between a sentence break and the name. */
function atSentenceStart(text: string, o: OfficialAnnotation): boolean {
  const before = text.slice(Math.max(0, o.start - 80), o.start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('" '));
  if (cut < 0 && o.start > 80) return false;
  const lead = before.slice(cut + 1).trim();
  return lead === '' || lead.split(/\s+/u).length <= 2;
}

// Each official's place is read once: every pronoun after it walks the officials before it again.
const SENTENCE_START = new WeakMap<OfficialAnnotation, boolean>();

/** "he"/"she": the last official mentioned as a subject before, else the last official mentioned. */
export function resolvePerson(text: string, officials: OfficialAnnotation[], before: number): string | null {
  let last: OfficialAnnotation | null = null;
  let subject: OfficialAnnotation | null = null;
  for (const o of officials) {
    if (o.start >= before) break;
    last = o;
    let first = SENTENCE_START.get(o);
    if (first === undefined) {
      first = atSentenceStart(text, o);
      SENTENCE_START.set(o, first);
    }
    if (first) subject = o;
  }
  return (subject ?? last)?.name ?? null;
}

const NAMED_BEFORE =
  /(?:(?<![\p{L}])(?!(?:The|A|An|This|That|In|On|At|By|For|From)\s)\p{Lu}[\p{L}.]*\s+){1,2}$/u;
const RANKED = /^(?:apex|top|highest)\s+(\p{Ll}+)$/u;
// A possessive stays whole ("Trump's administration"), never cut to a stray "s".
const MODIFIED = /((?:\p{L}[\p{L}'’-]* ){1,3})$/u;
// Words that qualify or count a body without naming it ("even less government", "one
// administration", "a new government"): a modifier run holding one names no body.
const FUNCTION_WORDS = new Set(
  (
    'the a an of and or but nor not no this that these those its his her their our to in on for ' +
    'by with even less more most one any every each some all such same other another new ' +
    'former current previous last next whole entire'
  ).split(' '),
);

// Words that cannot qualify a body: a preposition ("demands for police"), an adverb ("presently
// in police"), a verb ("League lobbied government", "said White House").
const NOT_MODIFIER =
  /^(?:\p{Ll}+(?:ly|ed)|said|says|told|with|at|from|as|into|than|about|against|over|under|for|of|to|in|on|by)$/u;

/** The words of a modifier run before a body that qualify it: those after the last that cannot. */
export function bodyModifier(run: string): string {
  const words = run.split(' ');
  let from = 0;
  for (let k = 0; k < words.length; k++) if (NOT_MODIFIER.test(words[k]!)) from = k + 1;
  return words.slice(from).join(' ');
}

/**
 * "the ministry" names the body the article has named in full before ("the Ministry of Health",
 * "The Karnataka government", "the environment select committee"), else the body as written.
 */
export function bodyIssuer(text: string, before: number, body: string): string {
  const bare = body.replace(/^the /iu, '');
  if (/^\p{Lu}/u.test(bare)) return bare;
  // "the central bank": the bank the article has named ("the Reserve Bank of India").
  if (/^central bank$/iu.test(bare)) {
    const window = text.slice(Math.max(0, before - 4000), before);
    let bank: string | null = null;
    for (const m of window.matchAll(NAMED_BANK)) bank = m[0];
    if (bank) return bank;
  }
  // "the apex court", "the top court": a word of rank names no court; the one the article named does.
  const ranked = RANKED.exec(bare);
  if (bare.includes(' ') && !ranked) return bare;
  const head = ranked?.[1] ?? bare;
  const cap = head[0]!.toUpperCase() + head.slice(1);
  const window = text.slice(Math.max(0, before - 4000), before);
  let last: string | null = null;
  const named = new RegExp(`\\b${cap}(?: of(?: (?:and |the |for )?\\p{Lu}[\\p{L}]*)+)?`, 'gu');
  let lastAt = -1;
  for (const m of window.matchAll(named)) {
    last = m[0];
    lastAt = m.index;
  }
  // The capitalised words that name it before its head ("the Health Ministry"), read only there.
  if (last) return (NAMED_BEFORE.exec(window.slice(Math.max(0, lastAt - 40), lastAt))?.[0] ?? '') + last;
  if (ranked) return bare;
  // Modifiers before the lower-case head: "Karnataka government", "environment select committee".
  let best: string | null = null;
  const at = new RegExp(`\\b${head}\\b`, 'giu');
  for (let m = at.exec(window); m; m = at.exec(window)) {
    const lead = MODIFIED.exec(window.slice(Math.max(0, m.index - 40), m.index));
    if (!lead) continue;
    const words = lead[1]!.trim().split(' ');
    while (words.length && FUNCTION_WORDS.has(words[0]!.toLowerCase())) words.shift();
    if (words.length && words.every((w) => !FUNCTION_WORDS.has(w.toLowerCase())))
      best = `${words.join(' ')} ${m[0]}`;
  }
  return best ?? body;
}

// Central banks by name: "Reserve Bank of India", "Bank of England", "People's Bank of China"; not
// the World Bank or a commercial bank.
const NAMED_BANK =
  /\b(?:(?!The )\p{Lu}\p{L}+ )*(?:Reserve|Central|National|People['’]s) Bank(?: of(?: \p{Lu}\p{L}+)+)?|\bBank of(?: \p{Lu}\p{L}+)+|\bFederal Reserve\b/gu;

const ABBREVIATION: Readonly<Record<string, string>> = {
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  pres: 'president',
  amb: 'ambassador',
  gen: 'general',
};
const NOT_HOLDER =
  /\b(?:to|adviser|advisor|aide|assistant|spokesman|spokeswoman|spokesperson|deputy|former|vice)\b/u;

// "Minister of Foreign Affairs" is the foreign minister, "Secretary of Health" the health secretary.
const PORTFOLIO_AFTER =
  /^(.*?)\b(minister|secretary|commissioner)\s+(?:of|for)\s+(?:the\s+)?(.+?)(?:\s+affairs)?$/u;

// Each title's office, read once: a bare title compares it with every official's every title.
const OFFICES = new Map<string, string>();

/** The office a title names, lower-case and portfolio first ("Minister of Health" -> "health minister"). */
function officeOf(title: string): string {
  let full = OFFICES.get(title);
  if (full === undefined) {
    const t = title.toLowerCase().replace(/\./gu, '').trim();
    const portfolio = PORTFOLIO_AFTER.exec(t);
    full = portfolio ? `${portfolio[1]}${portfolio[3]} ${portfolio[2]}` : (ABBREVIATION[t] ?? t);
    if (OFFICES.size >= 4096) OFFICES.clear();
    OFFICES.set(title, full);
  }
  return full;
}

/** Does a title the article gives ("Gov.", "Kogi state governor") name the office `head` ("governor")? */
function holds(title: string, head: string, portfolios: string[]): boolean {
  const full = officeOf(title);
  // "the health minister" is not held by a foreign minister.
  if (portfolios.some((p) => !full.includes(p))) return false;
  if (full === head) return true;
  return full.endsWith(` ${head}`) && !NOT_HOLDER.test(full) && !NOT_HOLDER.test(head);
}

/** A bare title: the most mentioned official who holds it, else a name written after the title, else the title. */
export function titleIssuer(
  text: string,
  officials: OfficialAnnotation[],
  written: string,
  head: string,
): string {
  const h = head.toLowerCase();
  const bare = written.replace(/^the\s+/iu, '');
  // "France's foreign minister" is held only by a foreign minister of France.
  const qualifier = /^(\p{Lu}[\p{L}-]*?)(?:['’]s?)?\s/u.exec(bare)?.[1]?.toLowerCase();
  const portfolios = bare
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => EN_PORTFOLIO_WORDS.has(w) && !h.split(' ').includes(w));
  const counts = new Map<string, number>();
  for (const o of officials)
    if (o.titles.some((t) => holds(t, h, portfolios) && (!qualifier || t.toLowerCase().includes(qualifier))))
      counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
  let holder: string | null = null;
  let most = 0;
  for (const [name, n] of counts)
    if (n > most) {
      holder = name;
      most = n;
    }
  if (holder) return holder;
  // A name written right after the title elsewhere ("... spokesman Tom Reyes"); matched in two
  // steps because a case-insensitive \p{Lu} would match lower-case words too.
  const lower = lowerCased(text);
  const key = `${bare.toLowerCase()} `;
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
    const named = NAME_AFTER.exec(text.slice(at + key.length, at + key.length + 80));
    if (named) return named[0];
  }
  return written;
}

// The article lower-cased once for every bare title in it, not once per title.
let lowered = { text: '', lower: '' };
function lowerCased(text: string): string {
  if (lowered.text !== text) lowered = { text, lower: text.toLowerCase() };
  return lowered.lower;
}

const NAME_AFTER = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}/u;

const NAME_CHAR = /^[\p{L}'’-]$/u;

/** Where the run of name characters ending at `end` starts, not before `lo` (by code point). */
function nameRunStart(text: string, end: number, lo: number): number {
  let from = end;
  while (from > lo) {
    const low = text.charCodeAt(from - 1);
    const pair =
      low >= 0xdc00 && low <= 0xdfff && from - 1 > lo && (text.charCodeAt(from - 2) & 0xfc00) === 0xd800;
    const k = pair ? from - 2 : from - 1;
    if (!NAME_CHAR.test(text.slice(k, from))) break;
    from = k;
  }
  return from;
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+(\p{Lu}[\p{L}'’-]+)$/u;

/** "Mr Beith" for a person the officials analyzer did not find: the fuller "Alan Beith" said before. */
export function fullName(text: string, before: number, written: string): string {
  const m = HONORIFIC.exec(written);
  if (!m) return written;
  const surname = m[1]!;
  const window = text.slice(Math.max(0, before - 6000), before);
  // No match starts before the name run that precedes the surname's first " Surname": scanning
  // from there finds the same matches without trying every position of 6000 characters.
  const first = window.indexOf(` ${surname}`);
  if (first < 0) return surname;
  const from = nameRunStart(window, first, 0);
  const re = new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+) ${surname}\\b`, 'gu');
  let last: string | null = null;
  for (const f of window.slice(Math.max(0, from - 1)).matchAll(re))
    if (!/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|The|But|And)$/u.test(f[1]!)) last = f[0];
  return last ?? surname;
}
