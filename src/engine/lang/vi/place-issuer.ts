import type { OfficialAnnotation } from '../../types';

/**
 * A bare place word as the agent ("Tỉnh kiến nghị Chính phủ bổ sung vốn", "Huyện đề nghị tỉnh hỗ
 * trợ"): the authority the passage has named at that level, not whoever spoke last. After "Phó Thủ
 * tướng yêu cầu tỉnh ...", the province's own request is no order of the Deputy Prime Minister
 * (read on our own demo page and probes: the carried national official was given). When no
 * authority of that level was named, the place as written ("Tỉnh") is the issuer.
 */
const levelWord = (alternatives: string): RegExp =>
  new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'iu');
const CITY = levelWord('thành phố|tp\\.?');
const LEVEL_WORDS: Readonly<Record<string, RegExp>> = {
  tỉnh: levelWord('tỉnh'),
  'thành phố': CITY,
  tp: CITY,
  huyện: levelWord('huyện'),
  quận: levelWord('quận'),
  xã: levelWord('xã'),
  phường: levelWord('phường'),
  'thị xã': levelWord('thị xã'),
};

/** Does `issuer` (a body, or an official's name) stand at the level `level` names? */
function atLevel(issuer: string, level: RegExp, officials: readonly OfficialAnnotation[]): boolean {
  if (level.test(issuer)) return true;
  return officials.some((o) => o.name === issuer && o.titles.some((t) => level.test(t)));
}

/** The first carried authority at the bare place's level, else the place as written. */
export function barePlaceIssuer(
  place: string,
  carried: ReadonlyArray<string | null>,
  officials: readonly OfficialAnnotation[],
): string {
  const level = LEVEL_WORDS[place.toLowerCase().replace(/\.$/u, '')];
  for (const c of carried) if (c && (!level || atLevel(c, level, officials))) return c;
  return place;
}
