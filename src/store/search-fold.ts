/**
 * Text as search compares it: no diacritics, "đ" as "d", lower case, single spaces. So
 * "truong thi mai" finds "Trương Thị Mai" and "Đà Nẵng" is found by "da nang".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words of a query; a text matches when it contains every one of them. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}

export function matchesAllTerms(foldedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedText.includes(term));
}
