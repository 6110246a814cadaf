import { lastOfficialIn, mainOfficial } from '../../analyze/directives/issuer';
import type { OfficialEntity } from '../../analyze/officials/entities';
import type { Sentence } from '../../text/sentences';
import type { OfficialAnnotation } from '../../types';
import type { FoundDirective } from '../language-pack';
import { apposedPerson } from './apposed-person';
import { citedBody } from './body-view';
import {
  VI_ADDRESSEE,
  VI_BODY_ANY,
  VI_BODY_AT,
  VI_BODY_PREDICATE,
  VI_CONNECTIVES,
  VI_GROUP_OPENER,
  VI_IMPERATIVE_VERBS,
  VI_REPORT_OR_COMMITMENT,
  VI_RULE_ADDRESSEE,
  VI_SPEAKS,
} from './directive-cues';
import { LIST_MARKER, ListMarks } from './list-marks';
import { namedSubject, speakingSubject } from './named-subject';
import { deadlineIn, obligationIn, reportingBody, ruleIn } from './obligation';
import { namesOwnAgent } from './own-agent';
import { quoteSpeakerAhead } from './quote-speaker';
import { requestAt } from './request';
import {
  CUE_ASSIGNMENT,
  CUE_DEADLINE,
  CUE_ISSUING,
  CUE_MODAL,
  CUE_REQUEST,
  CUE_RULE,
  CUE_SPEECH,
  VI_SENTENCE_CUES,
} from './sentence-cues';
import { speechOrder, type ViContext, viewHolder } from './speech';

const PAST = /(?:^|\s)(?:đã|vừa qua|đã từng)\s/u;
// What a subject did, its verb after "đã"/"vừa"/"từng" among its first words.
const REPORTED_ACT = /^(?:[^\s,.;:]+\s){1,8}(?:đã|vừa|từng)\s/u;
// "Sở X chủ trì, phối hợp với ...": the classic wording of an assigned task, whoever assigned it.
const ASSIGNMENT = /(?<![\p{L}])chủ trì,? phối hợp(?![\p{L}])/u;
// Who will chair ("Cục sẽ chủ trì") or chaired ("do Bộ X chủ trì") reports a role, not an assignment.
const NOT_ASSIGNED = /(?<![\p{L}])(?:sẽ|do|đã)\s(?:[^\s]+\s){0,5}chủ trì/u;
// A verb with a plural object ("Xác lập các chuyên án ..."): the shape of an item in a task list.
const VERB_OBJECT =
  /^(?!(?:trong|với|theo|tại|của|cho|về|đối|từ|đến|nhiều|hầu|tất|toàn|có|là|người|số|hiện|các|những|khi|nếu|do|vì|sau|trước)\s)[\p{L}]+(?:\s[\p{L}]+)?\s(?:các|những|việc|toàn bộ|kịp thời|nghiêm|ngay|chặt chẽ|đầy đủ)\s/u;
// A run item's subject may list several addressees before its verb ("Các đồng chí lãnh đạo, cán bộ,
// công chức, người lao động các cơ quan ... quan tâm tạo điều kiện ...").
const FIRST_WORDS = /^(?:[^\s]+\s){0,12}/u;
// An adverbial opens on a preposition or a time word ("trong", "đối với", "năm 2025"); a subject
// before a comma ("Việc thi đầu vào ở đầu cấp học, đề cao ...") is no adverbial.
const LEAD_PHRASE =
  /^(?:trường hợp|khi|nếu|trong|trước|đặc biệt|song song|thời gian|năm|đối với|về|với|để|nhằm|từ|đến|sau|tới|cùng|riêng|bên|ngoài|mặt|giai đoạn|cuối|đầu|quý|tháng|ngay|tiếp|trên|tại|ở)(?![\p{L}])(?:\s[^\s,;:]+){0,7},\s+/u;
const LIST_LEAD = /^[^,;:]{1,60},\s+/u;
// "Theo văn bản, các cơ sở kinh doanh phải ...", "Theo công văn số 12, ...": a sentence that opens
// by citing a document states what the document lays down, as "Theo quy định, ..." does.
const DOCUMENT_OPENER =
  /^theo (?:văn bản|công văn|công điện|thông báo|nghị quyết|chỉ thị|quyết định|thông tư|nghị định|luật|hướng dẫn|phương án)(?![\p{L}])[^,;:]{0,60},\s/u;
const QUESTION_END = /\?["”»')]*\s*$/u;
const FIRST_TWO_WORDS = /^([\p{L}]+)(?:[\s,;:.]+([\p{L}]+))?/u;

function startsImperative(s: string, lower: string, inList: boolean): boolean {
  const body = lower.replace(VI_CONNECTIVES, '');
  if (VI_REPORT_OR_COMMITMENT.test(body)) return false;
  if (imperativeAt(s, body, inList)) return true;
  // "Trước hết, tập trung ...", "Trong thời gian tới, tiếp tục ...", "Đối với các dự án chậm tiến
  // độ, kiên quyết thu hồi": a short adverbial of time, order or topic may stand before the verb.
  // In a marked item of a task list any short lead may stand there ("Thứ hai, ít nhất trong 2 tuần
  // tới, tạm dừng ..."); unmarked, a subject before a comma is no lead ("Việc dạy thêm tràn lan, ...").
  const lead = LEAD_PHRASE.exec(body) ?? (inList && LIST_MARKER.test(lower) ? LIST_LEAD.exec(body) : null);
  return lead !== null && !PAST.test(lead[0]) && imperativeAt(s, body.slice(lead[0].length), inList);
}

/** Whether `body` opens on an instruction verb, or on an addressee (or in a list, a body) that acts. */
function imperativeAt(s: string, body: string, inList: boolean): boolean {
  const m = FIRST_TWO_WORDS.exec(body);
  const one = m?.[1] ?? '';
  const two = `${one} ${m?.[2] ?? ''}`;
  if (VI_IMPERATIVE_VERBS.has(two) || VI_IMPERATIVE_VERBS.has(one)) return !PAST.test(body.slice(0, 40));
  // A list item may open on the body it tasks ("Đài Truyền hình Việt Nam tăng thời lượng ..."), or
  // on those a rule binds, with an instruction verb ("Người dân hạn chế tụ tập ...").
  if (
    inList &&
    (VERB_OBJECT.test(body) || opensOnBody(s, body) || (VI_RULE_ADDRESSEE.test(body) && addresseeActs(body)))
  )
    return !PAST.test(body.slice(0, 40));
  // "Sở Y tế vừa tổ chức hội nghị ...", "UBND TP đã ban hành Kế hoạch ...": a body that opens on what
  // it did reports its act, it is no addressee of the run.
  return (
    (VI_ADDRESSEE.test(body) || VI_GROUP_OPENER.test(body)) && addresseeActs(body) && !REPORTED_ACT.test(body)
  );
}

/** Whether the sentence, after its connectives or list marker, opens on a named body or an addressee. */
function opensOnBody(s: string, opener: string): boolean {
  return (
    VI_ADDRESSEE.test(opener) ||
    VI_GROUP_OPENER.test(opener) ||
    VI_BODY_ANY.exec(s.slice(s.length - opener.length))?.index === 0
  );
}

/** "Các sở rà soát ...": an addressee opening a run item acts, with an instruction verb among its first words. */
function addresseeActs(body: string): boolean {
  const words = (FIRST_WORDS.exec(body)?.[0] ?? '').split(/[\s,;:]+/u);
  for (let i = 1; i < words.length; i++) {
    // "Bộ Ngoại giao": diplomacy, not "giao" (assign).
    if (words[i] === 'giao' && words[i - 1] === 'ngoại') continue;
    if (VI_IMPERATIVE_VERBS.has(words[i]!) || VI_IMPERATIVE_VERBS.has(`${words[i]} ${words[i + 1] ?? ''}`))
      return true;
  }
  return false;
}

// A body opening its sentence, after a short time or place lead ("Ngày 5/6, Bộ Công an đã ...").
const CAPITAL = /\p{Lu}/u;
// A body's name is read on this many characters: the longest committees' names fit.
const OPENING_REACH = 64;
const OPENING_LEAD = /^(?:[^,]{0,80},\s*)?/u;

/**
 * The body a sentence opens on, as its subject, or null: first at its very start ("UBND xã đã lập
 * biên bản, ..."), else after a lead.
 */
function bodyOpening(s: string, opener: string): string | null {
  const start = s.length - opener.length;
  return bodyAt(s, start) ?? bodyAt(s, start + (OPENING_LEAD.exec(opener)?.[0].length ?? 0));
}

function bodyAt(s: string, at: number): string | null {
  // Every body's name, and a head title before it, opens on a capital.
  if (!CAPITAL.test(s[at] ?? '')) return null;
  VI_BODY_AT.lastIndex = 0;
  const m = VI_BODY_AT.exec(s.slice(at, at + OPENING_REACH));
  return m ? m[0].replace(VI_BODY_PREDICATE, '').trim() || null : null;
}

/**
 * "Phó Thủ tướng Lê Văn Thành có công điện gửi các tỉnh ...", "Bộ trưởng X ký Thông tư ...": an
 * official named before the issuing verb issued the document, ahead of any body the sentence
 * names after it (the addressee, or a place: "các tỉnh Bắc Bộ"). `at`: the issuing verb in the sentence.
 */
function issuingOfficial(
  at: number | undefined,
  sentence: Sentence,
  officials: OfficialAnnotation[],
): string | null {
  if (at === undefined) return null;
  return lastOfficialIn(officials, sentence.start, sentence.start + at)?.name ?? null;
}

/** An assigned task ("chủ trì, phối hợp"), an imperative in a run, or a request by a party not private. */
function otherOrder(
  s: string,
  lower: string,
  cues: number,
  sentence: Sentence,
  ctx: ViContext,
  inList: boolean,
): { issuer: string | null } | null {
  if (cues & CUE_ASSIGNMENT && ASSIGNMENT.test(lower) && !NOT_ASSIGNED.test(lower))
    return { issuer: ctx.runIssuer ?? ctx.lastIssuer ?? ctx.main };
  const at = !(cues & CUE_REQUEST) || /\?["”]?$/u.test(s) ? -1 : requestAt(s, lower);
  const official = at >= 0 ? lastOfficialIn(ctx.officials, sentence.start, sentence.end) : null;
  const named = at >= 0 ? namedSubject(s.slice(0, at)) : null;
  // "Trường THPT Nguyễn Du yêu cầu học sinh ...": an organisation named before its own request is no
  // item of the run an earlier sentence opened, unless a colon announced a task list.
  if (named && !official && !inList) return { issuer: named };
  if (ctx.runIssuer && startsImperative(s, lower, inList))
    return { issuer: (inList ? null : speakingSubject(s)) ?? ctx.runIssuer };
  if (at >= 0)
    return { issuer: official?.name ?? named ?? apposedPerson(s.slice(0, at)) ?? ctx.lastIssuer ?? ctx.main };
  return null;
}

/**
 * Vietnamese directives, read as a frame per sentence: a reported order (ordering verb and its
 * agent), an obligation (a modal on an addressee, its authority the run's speaker, an official in
 * the sentence, a body reporting it, or the rule that frames it), or an imperative in a run.
 */
export function findViDirectives(
  text: string,
  sentences: Sentence[],
  officials: OfficialAnnotation[],
  entities: OfficialEntity[],
): FoundDirective[] {
  const out: FoundDirective[] = [];
  const ctx: ViContext = {
    officials,
    entities,
    runIssuer: null,
    lastIssuer: null,
    main: mainOfficial(officials),
    ruleIssuer: null,
    ruleIsNewer: false,
    blockStart: 0,
    colonSpeaker: null,
    lastBody: null,
    opening: null,
  };
  let previousWasDirective = false;
  // Inside the items after "X yêu cầu:": a task list, whose items need not open on a listed verb.
  let inList = false;
  const marks = new ListMarks();
  // The official a quote open at this sentence is attributed to where it closes.
  let quoted: string | null = null;
  for (const sentence of sentences) {
    if (sentence.kind === 'caption') continue;
    if (sentence.blockStart) ctx.blockStart = sentence.start;
    if (sentence.kind === 'heading') {
      quoted = null;
      ctx.runIssuer = null;
      ctx.colonSpeaker = null;
      inList = false;
      previousWasDirective = false;
      continue;
    }
    const s = text.slice(sentence.start, sentence.end);
    quoted ??= quoteSpeakerAhead(text, sentence, officials, ctx.entities);
    const lower = s.toLowerCase();
    // The readers of a cue family the sentence does not hold would find nothing: they are skipped.
    const cues = VI_SENTENCE_CUES.find(s, lower);
    const opener = lower.replace(VI_CONNECTIVES, '');
    if (inList && sentence.blockStart && !marks.continues(lower)) inList = false;
    ctx.opening = bodyOpening(s, opener);
    const rule = ruleIn(s, (cues & CUE_RULE) !== 0, (cues & CUE_ISSUING) !== 0);
    if (!rule.named && DOCUMENT_OPENER.test(opener)) rule.named = true;
    const issuingAt = rule.issuingAt;
    if (rule.issuer || issuingAt !== undefined) {
      ctx.ruleIssuer = issuingOfficial(issuingAt, sentence, officials) ?? rule.issuer ?? ctx.ruleIssuer;
      ctx.ruleIsNewer = issuingAt !== undefined;
    }
    let issuer: string | null = null;
    let isDirective = false;
    let newSpeaker = false;
    const order = cues & CUE_SPEECH ? speechOrder(s, opener, sentence, ctx) : null;
    if (order) {
      // "2. Bộ Quốc phòng chỉ đạo các đơn vị ...": an item of a task list passes the list's order on.
      const listItem: boolean =
        inList &&
        ctx.runIssuer !== null &&
        opensOnBody(s, opener) &&
        !namesOwnAgent(order.issuer, sentence, officials);
      issuer = listItem ? ctx.runIssuer : order.issuer;
      isDirective = true;
      // Another speaker's own order ends the list an earlier one announced ("Trong khi đó, Tổng thống
      // X đã ra lệnh ..."): the bodies after it are no items of that list.
      if (order.opensRun && !listItem) {
        newSpeaker = issuer !== ctx.runIssuer;
        ctx.runIssuer = issuer;
      }
    } else {
      const obliges = (cues & (CUE_MODAL | CUE_DEADLINE)) !== 0;
      const view = obliges ? viewHolder(s, opener, sentence, ctx) : null;
      // A question ("Có nên cấm xe máy vào nội thành?") asks whether, it lays down nothing.
      const obligation =
        !obliges || QUESTION_END.test(s)
          ? null
          : ((cues & CUE_MODAL
              ? obligationIn(s, lower, view ? opener.slice(view.lead) : opener, rule.named)
              : null) ?? (cues & CUE_DEADLINE ? deadlineIn(lower, opener) : null));
      if (obligation && (!obligation.continuation || previousWasDirective)) {
        const agent = lastOfficialIn(officials, sentence.start, sentence.end);
        // "Phó Thủ tướng X kết luận ... là phải ...": an official who speaks before the modal is its
        // authority, ahead of the run an earlier speaker opened.
        const speaker =
          agent &&
          agent.end - sentence.start < obligation.at &&
          VI_SPEAKS.test(text.slice(agent.end, agent.end + 40))
            ? agent.name
            : null;
        issuer =
          (rule.named || rule.here ? rule.issuer : null) ??
          speaker ??
          view?.name ??
          citedBody(s) ??
          // "TAND TP buộc bị cáo ...": a body enacting its own sanction, unless a run's item tasks it.
          (inList ? null : obligation.enactor) ??
          ctx.runIssuer ??
          reportingBody(s, obligation.at) ??
          obligation.enactor ??
          agent?.name ??
          // A sanction or rule issued since the last order is the nearer source ("X đã xử phạt Công ty
          // N ... . Công ty này cũng bị buộc ...").
          (ctx.ruleIsNewer ? ctx.ruleIssuer : null) ??
          ctx.lastIssuer ??
          ctx.ruleIssuer ??
          ctx.main;
        const anchored: boolean =
          rule.named ||
          obligation.binding ||
          VI_ADDRESSEE.test(opener) ||
          ctx.runIssuer !== null ||
          ctx.ruleIssuer !== null ||
          agent !== null ||
          view !== null ||
          previousWasDirective;
        isDirective =
          anchored && (issuer !== null || rule.named || obligation.binding || VI_ADDRESSEE.test(opener));
      }
      // A modal with no anchor may still stand in an assignment, a run item or a request
      // ("Tỉnh yêu cầu các chủ đầu tư phải hoàn thành ...").
      if (!isDirective) {
        const other = otherOrder(s, lower, cues, sentence, ctx, inList);
        if (other) [isDirective, issuer] = [true, other.issuer];
      }
    }
    if (isDirective) {
      // A rule or an order with no speaker named: the body the article last had act is its source
      // ("Hội đồng nhân dân tỉnh vừa thông qua nghị quyết ... Theo nghị quyết, các trường không được ...").
      issuer = issuer || ctx.lastBody;
      // Inside a quote its speaker gives the order, unless the sentence names its own official agent.
      if (quoted && !(issuer && issuer === lastOfficialIn(officials, sentence.start, sentence.end)?.name))
        issuer = quoted;
      out.push({ start: sentence.start, end: sentence.end, issuer });
      ctx.lastIssuer = issuer ?? ctx.lastIssuer;
      ctx.ruleIsNewer = false;
    } else if (sentence.blockStart && !(inList && LIST_MARKER.test(lower))) ctx.runIssuer = null;
    if (s.endsWith(':'))
      ctx.colonSpeaker = lastOfficialIn(officials, sentence.start, sentence.end)?.name ?? null;
    ctx.lastBody = ctx.opening ?? ctx.lastBody;
    previousWasDirective = isDirective;
    if (s.includes('”')) quoted = null;
    if (s.endsWith(':')) marks.open();
    inList =
      ctx.runIssuer !== null &&
      (isDirective
        ? (inList && !newSpeaker) || s.endsWith(':')
        : inList && sentence.blockStart && LIST_MARKER.test(lower));
  }
  return out;
}
