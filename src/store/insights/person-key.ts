import { foldForSearch } from '../search-fold';

/** Courtesy words that may lead a mention and are not part of the name ("ông", "Mr."). */
const HONORIFIC = /^(?:ông|bà|anh|chị|cô|mr|mrs|ms|miss|dr|sir|dame|madam|mme)\.?\s+/u;
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
/**
 * Open syllables "oa", "oe", "uy" (not after "q", where "u" belongs to the consonant) take
 * their tone mark on either vowel: old style "hòa, thủy", new style "hoà, thuỷ". In NFD the
 * key moves a mark written on the second vowel to the first, so both spell one key.
 */
const NEW_STYLE_TONE = new RegExp(`(?<!q)([ou])([aey])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');

/**
 * The key one person has across articles: case folded, honorifics dropped, tone marks
 * placed one way, single spaces. Diacritics otherwise stay: "Lê" and "Lệ" are different names.
 */
export function personKey(name: string): string {
  let key = name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  while (HONORIFIC.test(key)) key = key.replace(HONORIFIC, '');
  return key.normalize('NFD').replace(NEW_STYLE_TONE, '$1$3$2').normalize('NFC');
}

/** Folded words of a name, for matching a short mention against full names in one article. */
export function nameWords(key: string): string[] {
  return foldForSearch(key).split(' ').filter(Boolean);
}

/**
 * Within one article, joins each short key ("blinken", "mr. x" after honorifics) to the one
 * full name ending with it. A short key matching several full names, or none, stays itself:
 * across articles a surname alone says too little, so this is never done between articles.
 */
export function joinShortNames(keys: Iterable<string>): Map<string, string> {
  const all = [...new Set(keys)];
  const joined = new Map<string, string>();
  for (const key of all) {
    const words = key.split(' ');
    const longer = all.filter((other) => {
      const otherWords = other.split(' ');
      return otherWords.length > words.length && otherWords.slice(-words.length).join(' ') === key;
    });
    joined.set(key, longer.length === 1 ? (longer[0] as string) : key);
  }
  return joined;
}

/** How a name is shown: the most frequent spelling that is not all capitals, else the most frequent. */
export function displayName(spellings: ReadonlyMap<string, number>): string {
  const ranked = [...spellings].sort((a, b) => b[1] - a[1]);
  const mixed = ranked.find(([name]) => name !== name.toLocaleUpperCase('vi'));
  return (mixed ?? ranked[0])?.[0] ?? '';
}
