import { VI_SURNAMES } from './surnames';

// "PGS.TS Đào Xuân C, Giám đốc Bệnh viện X, yêu cầu ...", "Ông Lê Văn D, chuyên gia ..., đề nghị":
// a person's name, an apposition between commas, then the verb. An academic or courtesy prefix, or
// a family name from the reference list, marks the name as a person's.
const APPOSED =
  /(?:^|,\s*)((?:PGS\.?\s?TS\.?|GS\.?\s?TS\.?|PGS\.?|GS\.?|TS\.?|ThS\.?|BS\.?|[Ôô]ng|[Bb]à|[Đđ]\/c)\s+)?(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,4}),\s[^,;:()]{3,80},(?:\s(?:đã|vừa|cũng))*\s*$/u;

// "Hiệu trưởng Trường THPT X, bà Nguyễn Thị H, yêu cầu ...": a post, then the person holding it.
const TITLE_THEN_PERSON =
  /^[^,;:]{3,80},\s(?:[Ôô]ng|[Bb]à)\s(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,4}),?(?:\s(?:đã|vừa|cũng))*\s*$/u;

/**
 * The person the clause before a request names with an apposition, or null: the request is theirs
 * (an official's, or a private person's wish), not the one the passage's last speaker made.
 */
export function apposedPerson(before: string): string | null {
  const titled = TITLE_THEN_PERSON.exec(before);
  if (titled) return titled[1]!;
  const m = APPOSED.exec(before);
  if (!m) return null;
  const name = m[2]!;
  return m[1] || VI_SURNAMES.has(name.split(' ')[0]!) ? name : null;
}
