import type { OfficialEntity } from '../../analyze/officials/entities';

// A title closed by a short name: "Bộ trưởng Khánh", "Thứ trưởng Văn Tuyên" (one or two capitalised words).
const TITLE_THEN_NAME = /^(.*\S)\s+(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)?)$/u;

/**
 * "“...”, Bộ trưởng Khánh yêu cầu.": the press names an official a second time by title and given
 * name. The holder is the person whose full name ends on that name and who holds a post the title
 * opens ("Bộ trưởng" of "Bộ trưởng Bộ Tài nguyên và Môi trường"), or null.
 */
export function shortNameHolder(title: string, entities: OfficialEntity[]): string | null {
  const m = TITLE_THEN_NAME.exec(title);
  if (!m) return null;
  const post = m[1]!.toLowerCase();
  const given = ` ${m[2]!.toLowerCase()}`;
  const holder = entities.find(
    (e) =>
      ` ${e.name.toLowerCase()}`.endsWith(given) && e.titles.some((t) => t.toLowerCase().startsWith(post)),
  );
  return holder?.name ?? null;
}
