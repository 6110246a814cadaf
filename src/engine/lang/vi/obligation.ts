import { bodyBefore, firstBodyIn } from './body';
import { VI_ISSUING_SCAN, VI_MODAL_SCAN, VI_RULE_FRAME_SCAN } from './cue-scans';
import {
  VI_ADDRESSEE,
  VI_BODY_ANY,
  VI_BODY_AT,
  VI_BODY_PREDICATE,
  VI_CIRCUMSTANCE_CAUSE,
  VI_COMMITMENT,
  VI_CONTINUATION_MODALS,
  VI_MODAL_FALSE,
  VI_NON_AUTHORITY_VIEW,
  VI_NOT_ADDRESSEE_SUBJECT,
  VI_OPINION_OPENER,
  VI_PLACE_AGENT,
  VI_REPORTING,
  VI_RULE_ADDRESSEE,
  VI_RULE_DEFAULT_ISSUER,
  VI_SANCTION_BEFORE,
  VI_SITUATION_OPENERS,
  VI_STRONG_MODAL,
} from './directive-cues';
import { stateAgent } from './state-agent';

/** A deontic modal that states an obligation, with where it stands in the sentence. */
export interface Obligation {
  at: number;
  /** "bị hạn chế": an order only when the sentence continues a directive. */
  continuation: boolean;
  /**
   * An obligation that needs no authority named beside it: a prohibition or sanction ("cấm",
   * "bị cấm", "buộc ... phải"), or a modal on someone a rule binds ("thí sinh chỉ được ...").
   */
  binding: boolean;
  /** The body that enacts a ban or a sanction as its subject ("UBND quận tạm cấm ..."), if named. */
  enactor: string | null;
}

const WINDOW = 14;
const COURT_SUBJECT = /(?:^|\s)([Tt](?:òa|oà))(?:\s(?:đã|cũng|còn|sơ thẩm|phúc thẩm|tuyên))*\s$/u;
// "Tòa tuyên phạt bị cáo 8 năm tù, đồng thời buộc ...": a clause that goes on with the sentence's
// subject, the court its first clause named.
const SAME_SUBJECT = /^\s*(?:(?:đồng thời|và|cũng|còn)\s+)*$/u;
const COURT_OPENING = /^\s*([Tt](?:òa|oà))(?:\s(?:đã|cũng|sơ thẩm|phúc thẩm))*\s(?:tuyên|xử)(?![\p{L}])/u;
// "bị (tòa|UBND tỉnh|cơ quan thuế) buộc phải ...": the passive of a sanction, its agent between.
const FORCED_BY = /(?<![\p{L}])bị\s((?:[^\s,;:]+\s){0,5})$/u;
// "Doanh nghiệp phải ...", "người dân cần ...": with those a rule binds, "phải" and "cần" say what
// circumstances demand as often as what a rule does; "không được", "chỉ được", "có trách nhiệm" are
// a rule's words. The weak ones bind only where a rule or an authority frames the sentence.
const VI_WEAK_MODAL = /^(?:phải|cần|cần phải|không nên)$/u;
const REPORT_VERB = /(?<![\p{L}])(?:cho biết|cho rằng|cho hay|nói|chia sẻ|thừa nhận|tâm sự|kể)(?![\p{L}])/gu;

/** Where the clause's last reporting verb ends (0 when it has none). */
function lastReportEnd(clause: string): number {
  let end = 0;
  for (const r of clause.matchAll(REPORT_VERB)) end = r.index + r[0].length;
  return end;
}

/** After the last ",", ";" or ":" (what /[^,;:]*$/ finds, without trying every start before it). */
const clauseStart = (s: string): number =>
  Math.max(s.lastIndexOf(','), s.lastIndexOf(';'), s.lastIndexOf(':')) + 1;

/**
 * The first modal of the sentence that obliges an addressee: not a copula or a consequence in
 * its own words, not after a quantified or first-person subject ("Khoảng 70% lao động phải ...",
 * "chúng tôi phải ..."), not a promise, and "buộc phải" only where a rule frames it.
 */
export function obligationIn(s: string, lower: string, opener: string, ruled: boolean): Obligation | null {
  if (VI_OPINION_OPENER.test(opener)) return null;
  // An expert's or a private party's view of what others must do, outside a rule it names.
  if (!ruled && VI_NON_AUTHORITY_VIEW.test(s)) return null;
  // A quantified, past or causal opener makes "phải" a circumstance; a ban or a sanction stays an
  // order whenever it was given ("Trước đó, UBND tỉnh đã buộc công ty ...", "Do vi phạm, ... bị cấm").
  const situation = VI_SITUATION_OPENERS.test(opener);
  for (const m of VI_MODAL_SCAN.all(lower)) {
    const at = m.index;
    const around = lower.slice(Math.max(0, at - WINDOW), at + m[0].length + WINDOW);
    if (VI_MODAL_FALSE.test(around)) continue;
    const before = lower.slice(0, at);
    if (VI_NOT_ADDRESSEE_SUBJECT.test(before) || VI_COMMITMENT.test(before)) continue;
    // "Điều này buộc X phải ...": the "phải" after it is the same consequence.
    if (m[0].startsWith('buộc') && VI_CIRCUMSTANCE_CAUSE.test(before)) return null;
    // "bị buộc phải", "bị tòa buộc phải": someone forced the subject, a sanction; alone "buộc phải"
    // may be circumstance.
    const forced = m[0] === 'buộc phải' && FORCED_BY.test(before);
    if (m[0] === 'buộc phải' && !ruled && !forced) continue;
    // The modal's subject: its clause, after a reporting verb ("Doanh nghiệp cho biết họ phải ...").
    const clause = before.slice(clauseStart(before));
    const subject = clause.slice(lastReportEnd(clause)).trim();
    // "phải được xác định": a passive obligation ("must be done") is never a consequence.
    const strong = VI_STRONG_MODAL.test(m[0]);
    const sanction = VI_SANCTION_BEFORE.test(before);
    if (situation && !strong && !sanction) return null;
    const binding =
      strong ||
      sanction ||
      forced ||
      (m[0] === 'phải' && /^\s+được\s/u.test(lower.slice(at + 4))) ||
      (VI_RULE_ADDRESSEE.test(subject) && !VI_WEAK_MODAL.test(m[0])) ||
      VI_ADDRESSEE.test(subject);
    return { at, continuation: VI_CONTINUATION_MODALS.has(m[0]), binding, enactor: enactorOf(s, at, m[0]) };
  }
  return null;
}

/**
 * The body a ban or a sanction has as its subject: "UBND quận tạm cấm ...", "UBND tỉnh buộc công
 * ty ...". A modal on a body ("UBND tỉnh phải ...") obliges it, and "bị cấm" names who is banned.
 */
function enactorOf(s: string, at: number, modal: string): string | null {
  const clause = s.slice(clauseStart(s.slice(0, at)), at);
  if (modal === 'buộc phải') {
    const by = FORCED_BY.exec(clause)?.[1]?.trim();
    return by ? (bodyBefore(by)?.name ?? by) : null;
  }
  if (modal !== 'cấm' && modal !== 'buộc') return null;
  if (/(?<![\p{L}])bị\s(?:tạm\s)?$/u.test(clause)) return null;
  // "Tòa tuyên buộc bị cáo ...", "tòa phúc thẩm cũng buộc ...": the court, named by "tòa" alone.
  const court =
    COURT_SUBJECT.exec(clause)?.[1] ?? (SAME_SUBJECT.test(clause) ? COURT_OPENING.exec(s)?.[1] : null);
  if (court) return court;
  // A named place enacts for its government ("Tỉnh Yên Bái cấm ...", "Hà Nội cấm ..."); a bare
  // "tỉnh" names none.
  const place = VI_PLACE_AGENT.exec(clause)?.[1];
  return (
    bodyBefore(clause)?.name ??
    (place && /\s\p{Lu}/u.test(place) ? place : stateAgent(clause)) ??
    (SAME_SUBJECT.test(clause) ? subjectBody(s) : null)
  );
}

// A short lead of time or place before a sentence's subject ("Ngày 10/7, ").
const SHORT_LEAD = /^(?:[^,]{0,40},\s*)?$/u;

/**
 * "Cục Quản lý thị trường ... kiểm tra, phát hiện 500 chai rượu giả, buộc chủ cơ sở ...": a sanction
 * after a chain of the subject's own verbs is the body the sentence opens on.
 */
function subjectBody(s: string): string | null {
  const m = VI_BODY_ANY.exec(s);
  return m && SHORT_LEAD.test(s.slice(0, m.index))
    ? m[0].replace(VI_BODY_PREDICATE, '').trim() || null
    : null;
}

/**
 * The rule a sentence names and who issued it: a body beside "ban hành" or a sanction ("Chính phủ
 * vừa ban hành Nghị định ...", "Thông tư 25 ... được Ngân hàng Nhà nước ban hành", "Thanh tra Sở
 * ... xử phạt"), else the issuer the kind of document has by law. `named` is false when the
 * sentence names no rule (a sanction alone still tells who enforces the rules that follow).
 */
export function ruleIn(
  s: string,
  mayName = true,
  mayIssue = true,
): { named: boolean; issuer: string | null; here: boolean; issuingAt: number | undefined } {
  // The caller's sentence-cue gate may rule either search out (it never rules out a match).
  const doc = mayName ? VI_RULE_FRAME_SCAN.exec(s) : null;
  // Where the issuing verb stands is returned too: the caller needs it, and a second search cost as much.
  const issuingAt = mayIssue ? VI_ISSUING_SCAN.exec(s)?.index : undefined;
  if (issuingAt !== undefined) {
    const name = firstBodyIn(s);
    if (name) return { named: doc !== null, issuer: name, here: true, issuingAt };
  }
  if (!doc) return { named: false, issuer: null, here: false, issuingAt };
  const owner = ruleOwner(s.slice(doc.index + doc[0].length));
  if (owner) return { named: true, issuer: owner, here: true, issuingAt };
  return { named: true, issuer: VI_RULE_DEFAULT_ISSUER[doc[1]!] ?? null, here: false, issuingAt };
}

// "quy chế thi của Bộ GD-ĐT", "quy định do UBND tỉnh ban hành": the body a document belongs to.
const OWNED_BY = /^[^,;.:]{0,80}?(?<![\p{L}])(?:của|do)\s+/u;

/** The body named as the owner of a document right after its name, or null. */
function ruleOwner(after: string): string | null {
  const by = OWNED_BY.exec(after);
  if (!by) return null;
  VI_BODY_AT.lastIndex = by[0].length;
  return VI_BODY_AT.exec(after)?.[0].replace(VI_BODY_PREDICATE, '').trim() || null;
}

/** A body that reports the obligation ("Công an TP Hà Nội cho biết ... thành phố tạm cấm ..."). */
export function reportingBody(s: string, modalAt: number): string | null {
  const said = VI_REPORTING.exec(s.slice(0, modalAt));
  return said ? (bodyBefore(s.slice(Math.max(0, said.index - 100), said.index))?.name ?? null) : null;
}

// A deadline set on someone: "trước ngày 20/11", "chậm nhất đến ngày 15/3", "hạn chót".
export const VI_DEADLINE_PHRASES = ['trước ngày', 'chậm nhất', 'hạn chót'];
const DEADLINE = /(?<![\p{L}])(?:trước ngày \d|chậm nhất|hạn chót)(?![\p{L}])/u;
const DEADLINE_LEAD = /^(?:chậm nhất|hạn chót|trước ngày)[^,]{0,40},\s*/u;
// What was, is being or will be done by then reports a schedule, not a task.
const SCHEDULED = /(?<![\p{L}])(?:đã|đang|sẽ|vừa|từng|dự kiến|kế hoạch|theo kế hoạch)(?![\p{L}])/u;

/**
 * "Các sở, ngành gửi báo cáo về UBND tỉnh trước ngày 20/11", "Chậm nhất đến ngày 15/3, UBND các
 * huyện hoàn thành ...": a deadline on a public addressee is a task set, with no modal; what the
 * addressee did, does or will do by then is a schedule.
 */
export function deadlineIn(lower: string, opener: string): Obligation | null {
  // Most sentences name no deadline: a plain search rules them out before the regex.
  if (!VI_DEADLINE_PHRASES.some((phrase) => lower.includes(phrase))) return null;
  const m = DEADLINE.exec(lower);
  if (!m) return null;
  const subject = opener.replace(DEADLINE_LEAD, '');
  if (!VI_ADDRESSEE.test(subject) || SCHEDULED.test(lower.slice(0, m.index))) return null;
  return { at: m.index, continuation: false, binding: true, enactor: null };
}
