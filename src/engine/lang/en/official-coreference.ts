import type { Mention } from '../../analyze/officials/mention';
import { EN_HEAD_FIRST } from '../../text/word-flags';
import { breaksBefore, type Word } from '../../text/words';
import { enNameAt, headAt, qualified, titleStart, titleText } from './title-grammar';
import { EN_HONORIFICS, EN_NAME_INNER, EN_OWNED_HEADS, EN_POST_NAME_TITLES, EN_TITLE_WORDS } from './titles';

const ARTICLES = new Set(['the', 'a', 'an']);

// Verbs after a subject: "the chancellor has", "the information commissioner says".
const SUBJECT_VERBS = new Set(
  'says said has had is was will would added told urged warned argued insisted announced wants wanted'.split(
    ' ',
  ),
);
// Verbs that show a bare surname is a person who speaks ("Thomas said", "Ayrault told").
const SPEECH_VERBS = new Set('says said added told urged warned argued insisted'.split(' '));

/**
 * Title text of a bare "the <title>" subject whose head starts at word h, with no name after it
 * ("the chancellor has", "the information commissioner says"), or null.
 */
function bareSubjectTitle(
  text: string,
  words: Word[],
  lower: string[],
  h: number,
  len: number,
): string | null {
  const start = titleStart(words, lower, h);
  let the = start - 1;
  // "the information commissioner": one lower-case noun may qualify the head.
  if (lower[the] !== 'the' && start === h && lower[h - 2] === 'the' && !words[h - 1]!.cap) the = h - 2;
  if (lower[the] !== 'the' || breaksBefore(words, the + 1) || breaksBefore(words, h)) return null;
  if (EN_OWNED_HEADS.has(lower[h]!) || EN_POST_NAME_TITLES.has(lower[h]!)) return null;
  const end = h + len - 1;
  const after = words[end + 1];
  if (after?.gap !== ' ' || !SUBJECT_VERBS.has(after.lower)) return null;
  return qualified(words, lower, h, start, len) ? titleText(text, words, the + 1, end) : null;
}

/**
 * "The chancellor has unveiled ... Gordon Brown ... Mr Brown said": an article that calls its one
 * protagonist by a bare title as a subject and by name elsewhere, without joining the two, speaks
 * of one person. Only when the article titles no one else that way and exactly one untitled
 * person is its speaker (a full name, and the surname at least twice after an honorific or
 * before a verb of saying).
 */
export function findTitleCoreference(
  text: string,
  words: Word[],
  lower: string[],
  found: Mention[],
): Mention[] {
  const titles = new Set<string>();
  for (let h = 0; h < words.length; h++) {
    // The flag bit spares the head lookup for most words.
    if ((words[h]!.lex & EN_HEAD_FIRST) === 0) continue;
    const len = headAt(words, lower, h);
    if (!len) continue;
    const t = bareSubjectTitle(text, words, lower, h, len);
    if (t) titles.add(t.toLowerCase());
    h += len - 1;
  }
  // "President Ann Lee ... the president said": a bare title that ends a title already attached
  // to a name refers to that person, not to an untitled speaker.
  const attached = found.flatMap((m) => m.titles.map((t) => t.toLowerCase()));
  for (const t of titles) if (attached.some((a) => a === t || a.endsWith(` ${t}`))) titles.delete(t);
  if (titles.size !== 1) return [];
  const known = new Set(found.flatMap((m) => m.name.toLowerCase().split(/\s+/u)));
  const full = new Map<string, { i: number; e: number }>();
  const speaks = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.cap || known.has(lower[i]!)) continue;
    const e = enNameAt(words, lower, i);
    const surname = lower[e] ?? '';
    if (
      e > i &&
      !(i > 0 && words[i - 1]!.cap && !breaksBefore(words, i)) &&
      !ARTICLES.has(lower[i - 1] ?? '') &&
      // "Did I", "a New Hampshire Republican": a pronoun or a party ends no person's name.
      !EN_NAME_INNER.has(surname) &&
      !EN_TITLE_WORDS.has(surname) &&
      !known.has(surname) &&
      !full.has(surname)
    )
      full.set(surname, { i, e });
    const last = Math.max(e, i);
    const honored = i > 0 && EN_HONORIFICS.has(lower[i - 1]!) && e === i;
    const speaking = words[last + 1]?.gap === ' ' && SPEECH_VERBS.has(lower[last + 1]!);
    if (honored || speaking) speaks.set(lower[last]!, (speaks.get(lower[last]!) ?? 0) + 1);
    i = last;
  }
  const speakers = [...full].filter(([surname]) => (speaks.get(surname) ?? 0) >= 2);
  if (speakers.length !== 1) return [];
  const [, { i, e }] = speakers[0]!;
  const [title] = titles;
  return [
    {
      start: words[i]!.start,
      end: words[e]!.end,
      name: text.slice(words[i]!.start, words[e]!.end),
      titles: [title!],
    },
  ];
}
