import type { OfficialEntity } from '../../analyze/officials/entities';

// "Chủ tịch huyện", "Phó Chủ tịch tỉnh": a people's committee's (vice) chair named by the level alone.
const BARE_CHAIR = /^((?:phó )?chủ tịch) (tỉnh|huyện|quận|xã|phường|thị xã|thành phố|tp)$/u;
const COMMITTEE = '(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)';

/**
 * "“...”, Chủ tịch huyện nhấn mạnh.": the press names a committee's chair a second time by the level
 * alone, without the committee ("Chủ tịch UBND huyện Nhà Bè" before). The holder is the one person
 * the article gives that post at that level, or null (none, or several).
 */
export function levelChair(title: string, entities: OfficialEntity[]): string | null {
  const m = BARE_CHAIR.exec(title.toLowerCase());
  if (!m) return null;
  const level = m[2] === 'tp' ? 'thành phố|tp' : m[2]!;
  const post = new RegExp(`^${m[1]} ${COMMITTEE} (?:${level})(?![\\p{L}])`, 'u');
  const holders = entities.filter((e) => e.titles.some((t) => post.test(t.toLowerCase())));
  return holders.length === 1 ? holders[0]!.name : null;
}
