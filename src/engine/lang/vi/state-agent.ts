import { VI_STATES } from './places';

// A state, or a state's office with no name given, closing the clause before an ordering verb:
// "Nga yêu cầu ...", "Phía Mỹ đề nghị ...", "Tổng thống Pháp kêu gọi ...".
const STATE_TAIL =
  /(?:^|[,;:]\s*)(?:[Pp]hía\s)?((?:(?:Phó )?(?:Tổng thống|Ngoại trưởng|Quốc vương|Nhà vua|Người phát ngôn(?: Bộ Ngoại giao)?|Chính quyền|Nhà chức trách)\s)?(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3}))\s*$/u;

/** The state (or its nameless office) that is the agent at the end of `tail`, or null. */
export function stateAgent(tail: string): string | null {
  const m = STATE_TAIL.exec(tail);
  return m && VI_STATES.has(m[2]!.toLowerCase()) ? m[1]! : null;
}
