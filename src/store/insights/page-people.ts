import { personKey as foldName, joinShortNames, nameWords } from './person-key';

/**
 * The person keys of one article's officials and issuers, worked out when the page is
 * projected: joining short names happens within an article only, so the keys never change
 * with other pages, and the panel opens without folding a name.
 */
export interface PagePeople {
  /** The person key each official name stands for in this article (short names joined). */
  keyOf(name: string): string;
  /** The issuer's person key, when the article names one among its officials. */
  issuerKeyOf(issuer: string): string | null;
}

/** " folded words ", so a name matches inside an issuer only at word bounds. */
const spaced = (key: string) => ` ${nameWords(key).join(' ')} `;

export function pagePeople(names: readonly string[]): PagePeople {
  const joined = joinShortNames(names.map(foldName));
  const keys = new Set(names.map((name) => joined.get(foldName(name)) ?? foldName(name)));
  return {
    keyOf: (name) => joined.get(foldName(name)) ?? foldName(name),
    /** Its own key joined as the article joins names, or the one full name it contains. */
    issuerKeyOf(issuer) {
      const own = issuer && foldName(issuer);
      if (!own) return null;
      const direct = joined.get(own) ?? (keys.has(own) ? own : undefined);
      if (direct) return direct;
      const folded = spaced(own);
      const contained = [...keys].filter((key) => folded.includes(spaced(key)));
      return contained.length === 1 ? (contained[0] as string) : null;
    },
  };
}
