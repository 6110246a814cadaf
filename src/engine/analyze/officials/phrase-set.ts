import type { Word } from '../../text/words';

/**
 * Word-sequence lexicon keyed on the first word: lookup at a word index returns the longest
 * entry that starts there. Entries are lower-cased and tone-folded by the caller.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const parts = phrase.toLowerCase().split(/\s+/u);
      const list = this.byFirst.get(parts[0]!) ?? [];
      list.push(parts);
      this.byFirst.set(parts[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Number of words of the longest phrase starting at word `i` (0 when none). */
  matchAt(words: ReadonlyArray<Word>, i: number): number {
    const w = words[i];
    const list = w === undefined ? undefined : this.byFirst.get(w.lower);
    if (!list) return 0;
    for (const parts of list) {
      let ok = true;
      for (let k = 1; k < parts.length; k++) {
        if (words[i + k]?.lower !== parts[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return parts.length;
    }
    return 0;
  }

  has(phrase: string): boolean {
    const parts = phrase.toLowerCase().split(/\s+/u);
    return (this.byFirst.get(parts[0]!) ?? []).some((p) => p.join(' ') === parts.join(' '));
  }
}
