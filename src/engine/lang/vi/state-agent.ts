import { VI_LOCAL_GOVERNMENTS, VI_STATES } from './places';

// A state, a province or city, or a state's office with no name given, closing the clause before
// an ordering verb or a ban: "Nga yêu cầu ...", "Phía Mỹ đề nghị ...", "Tổng thống Pháp kêu gọi
// ...", "Hà Nội cấm ...". A place named inside a longer phrase ("Người dân Hà Nội") is no agent.
const STATE_TAIL =
  /(?:^|[,;:]\s*)(?:[Pp]hía\s)?((?:(?:Phó )?(?:Tổng thống|Ngoại trưởng|Quốc vương|Nhà vua|Người phát ngôn(?: Bộ Ngoại giao)?|Chính quyền|Nhà chức trách)\s)?(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}))\s*$/u;

// Adverbs between the state and its verb ("Việt Nam kiên quyết yêu cầu", "TP.HCM tạm cấm").
const ADVERBS =
  /(?:\s(?:đã|vừa|cũng|sẽ|tiếp tục|kiên quyết|mạnh mẽ|một lần nữa|đồng thời|chính thức|nhiều lần|công khai|tạm|nghiêm|quyết định))+\s*$/u;

/** The state or local government (or a state's nameless office) that is the agent at the end of `tail`, or null. */
export function stateAgent(tail: string): string | null {
  const clause = tail.trimStart().replace(ADVERBS, '');
  const m = STATE_TAIL.exec(clause);
  if (!m) return null;
  const place = m[2]!.toLowerCase();
  return VI_STATES.has(place) || VI_LOCAL_GOVERNMENTS.has(place) ? m[1]! : null;
}
