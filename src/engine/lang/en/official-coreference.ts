import type { Mention } from '../../analyze/officials/mention';
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

/** Title text of a bare "the <title>" subject at word i with no name after it, or null. */
function bareSubjectTitle(text: string, words: Word[], lower: string[], i: number): string | null {
  for (let h = i + 1; h < words.length && h - i < 5; h++) {
    if (breaksBefore(words, h)) return null;
    const len = headAt(words, lower, h);
    if (!len) continue;
    const start = titleStart(words, lower, h);
    const end = h + len - 1;
    const after = words[end + 1];
    // "the information commissioner": a lower-case noun may qualify the head.
    if (start < i + 1 || EN_OWNED_HEADS.has(lower[h]!) || EN_POST_NAME_TITLES.has(lower[h]!)) return null;
    if (after?.gap !== ' ' || !SUBJECT_VERBS.has(after.lower)) return null;
    return qualified(words, lower, h, start, len) ? titleText(text, words, i + 1, end) : null;
  }
  return null;
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
  for (let i = 0; i < words.length; i++)
    if (lower[i] === 'the') {
      const t = bareSubjectTitle(text, words, lower, i);
      if (t) titles.add(t.toLowerCase());
    }
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
