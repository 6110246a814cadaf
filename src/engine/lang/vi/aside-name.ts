import { tokenize } from '../../text/words';
import { viTitleAt } from './title-phrase';

// A person's name after an honorific: capitalised syllables.
const NAME = '(\\p{Lu}\\p{Ll}*(?:\\s\\p{Lu}\\p{Ll}*){1,4})';
const HONORIFIC = '(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)';
// "Ông Phạm Văn T (Chủ tịch UBND xã X) yêu cầu": the title in brackets after the name.
const NAME_THEN_BRACKETED = new RegExp(`(?:^|[\\s,])${HONORIFIC}\\s${NAME}\\s*\\(([^()]{3,80})\\)\\s*$`, 'u');
// "Chủ tịch UBND huyện X - ông Nguyễn Văn S - yêu cầu": the name set off by dashes after the title.
const TITLE_THEN_DASHED = new RegExp(
  `(?:^|,\\s*)([^,;:()\\-–]{3,80}?)\\s[-–]\\s${HONORIFIC}\\s${NAME}\\s[-–]\\s*$`,
  'u',
);

const opensOnTitle = (text: string): boolean => viTitleAt(tokenize(text), 0) > 0;

/**
 * The person named with a title set beside the name, in brackets or between dashes, closing the
 * clause before an ordering verb: the name, when the officials analyzer did not join the two (the
 * title text, or the last speaker, was taken). Null when no such name and title close `tail`.
 */
export function asideName(tail: string): string | null {
  // Both forms close on a bracket or a dash: most tails close on neither, and skip the searches.
  const last = tail.trimEnd().slice(-1);
  if (last !== ')' && last !== '-' && last !== '–') return null;
  const bracketed = last === ')' ? NAME_THEN_BRACKETED.exec(tail) : null;
  if (bracketed && opensOnTitle(bracketed[2]!)) return bracketed[1]!;
  const dashed = last === ')' ? null : TITLE_THEN_DASHED.exec(tail);
  if (dashed && opensOnTitle(dashed[1]!.trim())) return dashed[2]!;
  return null;
}
