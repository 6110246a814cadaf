/**
 * Faster searches for a regex whose every match opens on one of a few literal phrases, guarded
 * by lookarounds ("(?<![\p{L}])phải(?![\p{L}])"). The engine tries such a regex at every position
 * where its first letter fits, and common letters fit almost everywhere in Vietnamese; a bare
 * alternation of the literals skips ahead far faster. Candidates are found with it, and the full
 * regex is tried only there (sticky, so its lookbehinds still see the text before): the matches
 * are those of the regex itself, in the same order, as long as each match starts with a literal.
 */
export interface LiteralScan {
  /** The first match at or after `from`, as `exec` on the regex would give it. */
  exec(s: string, from?: number): RegExpExecArray | null;
  /** Every match, as `matchAll` on a global regex would give them. */
  all(s: string): Generator<RegExpExecArray>;
  test(s: string): boolean;
}

/** A phrase as a regex source matching it literally. */
export const escapeLiteral = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** `literals`: the phrases every match of `re` starts with (a superset is fine, a missing one is not). */
export function literalScan(re: RegExp, literals: readonly string[]): LiteralScan {
  const candidates = new RegExp(literals.map(escapeLiteral).join('|'), 'g');
  const sticky = new RegExp(re.source, `${re.flags.replace(/[gy]/gu, '')}y`);
  const exec = (s: string, from = 0): RegExpExecArray | null => {
    candidates.lastIndex = from;
    for (let c = candidates.exec(s); c; c = candidates.exec(s)) {
      sticky.lastIndex = c.index;
      const m = sticky.exec(s);
      if (m) return m;
      candidates.lastIndex = c.index + 1;
    }
    return null;
  };
  return {
    exec,
    *all(s: string) {
      // Matches are never empty (each holds a literal): the next search starts where one ends.
      for (let m = exec(s); m; m = exec(s, m.index + m[0].length)) yield m;
    },
    test: (s: string) => exec(s) !== null,
  };
}
