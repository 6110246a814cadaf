import { lastOfficialIn } from '../../analyze/directives/issuer';
import type { OfficialEntity } from '../../analyze/officials/entities';
import type { Sentence } from '../../text/sentences';
import type { OfficialAnnotation } from '../../types';
import { asideName } from './aside-name';
import { bodyBefore, firstBodyIn } from './body';
import { bodyView } from './body-view';
import { VI_SPEECH_CUE_SCAN } from './cue-scans';
import {
  VI_ADDRESSEE,
  VI_AGENT_ADVERBS,
  VI_AGENT_ONLY,
  VI_BODY_PREDICATE,
  VI_CONNECTIVES,
  VI_CUE_DENIED,
  VI_CUE_NOUN_BEFORE,
  VI_CUE_QUESTION,
  VI_DOC_AGENT,
  VI_LEAD_ADVERBIAL,
  VI_PLACE_AGENT,
  VI_WEAK_SPEECH,
} from './directive-cues';
import { ruleIn } from './obligation';
import { barePlaceIssuer } from './place-issuer';
import { reportedTitle } from './reported-title';
import { VI_PRIVATE_AGENT } from './request';
import { stateAgent } from './state-agent';
import { titleAgent } from './title-agent';

/** What the passage so far says about who is speaking: the run's issuer, the last one, the main official. */
export interface ViContext {
  officials: OfficialAnnotation[];
  entities: OfficialEntity[];
  runIssuer: string | null;
  lastIssuer: string | null;
  main: string | null;
  /** The issuer of the last legal document the article named: the authority behind its rules. */
  ruleIssuer: string | null;
  /** Whether that document was named after the last order was found. */
  ruleIsNewer: boolean;
  /** Where the current paragraph starts: a quote's speaker is named within it. */
  blockStart: number;
  /** The official who last introduced a quote or a list with a colon ("bà X nêu rõ:"). */
  colonSpeaker: string | null;
  /** The body the last sentence that opened on one had act ("UBND thành phố vừa có thông báo ..."). */
  lastBody: string | null;
  /** The body the current sentence opens on as its subject ("UBND xã đã lập biên bản, ..."). */
  opening: string | null;
}

export interface SpeechOrder {
  /** Null for a passive order whose speaker the passage does not name ("được khuyến nghị"). */
  issuer: string | null;
  /** Whether the sentence opens a run of imperatives that belong to its issuer. */
  opensRun: boolean;
}

const OBLIGATION_AFTER = /(?:phải|cần|không được|không để|yêu cầu|đề nghị)/u;
const ADDRESSEE_AFTER = /(?:các cơ quan|các sở|các đơn vị|các địa phương|các bộ|các cấp)/u;
// "Bộ trưởng nêu rõ, các địa phương đã ...": what the addressees did is a report.
const REPORTED = /(?:^|\s)(?:đã|vừa|từng)\s/u;
// A body's own act in a sentence's first clause: a report, or a decision it took.
const OWN_ACT = /(?:^|\s)(?:đã|vừa|từng|đồng ý|thống nhất|nhất trí|chấp thuận|quyết định)\s/u;
// "Thủ tướng lưu ý, các bộ, ngành đã có nhiều cố gắng", "MBS lưu ý rằng ...": a verb of notice
// before a report (what was done, a "rằng" clause with no modal) points out a fact, orders nothing.
const NOTICE = /^(?:lưu ý|nhấn mạnh|nêu rõ|nhắc nhở)$/u;
const NOTED_FACT =
  /^[\s,:]*(?:rằng(?![\p{L}])(?!.*(?:phải|cần|không được))|(?:[^\s,.;:]+[\s,]+){0,6}(?:đã|vừa|từng)\s)/u;
const FOLLOW_ON_AGENT = /^(?:đại diện này|ông|bà|đồng chí|lãnh đạo)\b/iu;
const TAIL = 100;
// "Theo ông X, ...", and the quote it introduces: "Theo Bộ trưởng X: “Các bệnh viện cần ...”".
const VIEW_LEAD = /^theo\s[^,;:]{2,80}(?:,|:\s*["“]?)\s*/u;
// An order named as the source of what follows: "Theo yêu cầu của Bộ Y tế, ...", "theo chỉ đạo của UBND tỉnh".
const ORDER_OF = /^(?:yêu cầu|chỉ đạo|đề nghị|hướng dẫn|kết luận|quyết định|chỉ thị)\s(?:của\s)?\p{Lu}/u;
const ASIDE = /\s*\([^()]*\)\s*$/u;
const FIRST_PERSON =
  /(?:^|[\s"“‘'(])(?:[Cc]húng tôi|[Tt]ôi)(?:\s(?:cũng|đã|xin|luôn|tiếp tục|một lần nữa))*\s*$/u;
/** Marks an order a document gives when the article never says who issued it: found, issuer unknown. */
const DOC_ONLY = '';
// "đã chỉ đạo (quyết liệt) ..." reports how an authority managed its work, not an order; with an
// addressee after it ("đã chỉ đạo các sở, ngành ...", "đã chỉ đạo Công an tỉnh ...") it reports an
// order given in the past, which the guidelines count.
const MANAGED = /(?:^|\s)đã\s(?:[^\s]+\s){0,2}$/u;
const NAMED_AFTER = /^\s\p{Lu}/u;
// "văn bản chỉ đạo các địa phương ...": with an addressee after it, the document directs (a verb);
// without one, "có văn bản hướng dẫn tuyển sinh" names the kind of document, an act of issuing.
const DOC_ADDRESSEE_AFTER = /^\s(?:các|mọi|toàn bộ|lực lượng|ngành|sở|ubnd|ủy ban|uỷ ban|công an|\p{Lu})/u;
// A sentence opening on the cue as a noun: "Yêu cầu đặt ra là ...", "Đề nghị này được chấp thuận".
const NOUN_OPENING = /^\s*(?:này|đó|trên|nêu trên|đặt ra|là|chung|mới|cấp bách)(?![\p{L}])/u;
const SENT_TO = /(?<![\p{L}])gửi(?:\s(?:đến|tới|cho|về))?\s+$/u;
const LEADER_BODY =
  /(?<![\p{L}])(?:[Cc]hính quyền|[Nn]ội các)(?:\scủa)?(?:\s(?:ông|bà|Tổng thống|Thủ tướng))?\s$/u;
const RELATIVE_AGENT = /(?<![\p{L}])(?:được|do|bởi)\s(?:[^\s]+\s){1,6}$/u;
// "Các chủ đầu tư được UBND TP yêu cầu hoàn thành ...", "Công ty A bị Cục Thuế yêu cầu nộp lại ...":
// a passive whose agent stands before the verb and whose task follows it reports the agent's order.
// A relative clause ends the noun it qualifies instead ("nhiệm vụ được Thủ tướng giao tại ...",
// "dự án do Bộ X chủ trì, ...", "được UBND tỉnh giao cho Sở ...").
const PASSIVE_AGENT = /(?<![\p{L}])(?:được|bị)\s(?:[^\s]+\s){1,4}$/u;
// The passive's subject opens the sentence, a few words long: deeper in, "được" opens a relative
// clause ("người làm việc tại các hội được Đảng, Nhà nước giao nhiệm vụ ...").
const PASSIVE_SUBJECT = /^[^,;:]{0,40}?(?<![\p{L}])(?:được|bị)\s[^;:]{1,50}$/u;
// Requests, whose task follows the verb; "được Nhà nước giao nhiệm vụ" describes whom a task was given.
const PASSIVE_REQUEST = new Set(['yêu cầu', 'đề nghị', 'chỉ đạo', 'kêu gọi', 'buộc']);
const TASK_AFTER =
  /^\s+(?!(?:tại|theo|của|cho|từ|trong|vào|năm|ngày|hồi|trước|sau|là|và|với|về|thì|nhưng|này|đó|đều|đã|cũng)(?![\p{L}]))\p{Ll}/u;

// What may stand between a comma and a verb whose subject opened the sentence ("UBND xã đã lập
// biên bản, yêu cầu ...", "... ban hành Kế hoạch 45, trong đó yêu cầu ...").
const BARE_CLAUSE =
  /^(?:(?:đồng thời|trong đó|qua đó|theo đó|kèm theo đó|sau đó|tiếp đó|ngoài ra|cũng|đã|vừa|và|còn)\s*)*$/u;

/** The clause a cue stands in: the text after the last semicolon before it. */
const clauseOf = (before: string): string => before.slice(before.lastIndexOf(';') + 1);

/**
 * "..., UBND Thành phố đã tặng Bằng khen ...; đồng thời đề nghị ...": a subjectless clause goes on
 * with the subject of the sentence's first clause, when that clause has one.
 */
function clauseSubject(s: string, sentence: Sentence, cueAt: number, ctx: ViContext): string | null {
  const cut = s.lastIndexOf(';', cueAt);
  if (cut < 0) return null;
  const official = ctx.officials.find((o) => o.start >= sentence.start && o.start < sentence.start + cut);
  if (official) return official.name;
  return firstBodyIn(s.slice(0, cut));
}

/**
 * The agent of an ordering verb: the subject nearest the cue among an official the officials
 * analyzer found, a title ("Phó Thủ tướng"), a body ("UBND tỉnh", "Ban Chỉ huy ..."), or a
 * follow-on pronoun ("ông", "đại diện này") for the last issuer.
 */
function agentOf(s: string, sentence: Sentence, cueAt: number, ctx: ViContext): string | null {
  const before = s.slice(0, cueAt);
  const tailStart = Math.max(0, cueAt - TAIL);
  // An aside before the verb ("Công văn (số 73/TTg-CN) chỉ đạo", "Bộ Y tế (BYT) yêu cầu") is no agent.
  const tail = s.slice(tailStart, cueAt).replace(ASIDE, ' ');
  const official = lastOfficialIn(ctx.officials, sentence.start, sentence.start + cueAt);
  const body = bodyBefore(tail);
  const bodyAfterOfficial = body && (!official || sentence.start + tailStart + body.at >= official.end);
  if (official && !bodyAfterOfficial) {
    const reported = reportedTitle(s.slice(official.end - sentence.start, cueAt), ctx.entities);
    if (reported) return reported;
    // "Chính quyền Tổng thống Biden yêu cầu ...": the administration a leader heads is the body that
    // orders, written as the article names it (as "the Biden administration" is in English).
    const led = LEADER_BODY.exec(s.slice(0, official.start - sentence.start));
    return led ? s.slice(led.index, official.end - sentence.start) : official.name;
  }
  // "Cục X (Bộ Y tế) có công văn gửi đến Sở Y tế TP đề nghị ...": the body a letter is sent to is its
  // addressee; the sender, named before the sending, asks (an aside can hide it from bodyBefore).
  if (body && SENT_TO.test(tail.slice(0, body.at))) {
    const sender = official?.name ?? firstBodyIn(s.slice(0, tailStart + body.at));
    if (sender) return sender;
  }
  // "Thủ tướng Chính phủ đã có Công văn chỉ đạo ...": a body under a title names the office.
  const titled = body && titleAgent(tail.slice(0, body.at + body.name.length), ctx.entities);
  const agent =
    asideName(s.slice(tailStart, cueAt)) ??
    titleAgent(tail, ctx.entities) ??
    titled ??
    (body && /^\p{Ll}/u.test(body.name)
      ? (ctx.runIssuer ?? ctx.lastIssuer ?? body.name)
      : body && bareBody(body.name, ctx, official)) ??
    stateAgent(tail) ??
    placeAgent(tail, ctx) ??
    (FOLLOW_ON_AGENT.test(before.trim()) ? ctx.lastIssuer : null) ??
    (FIRST_PERSON.test(tail) ? quoteSpeaker(sentence, ctx) : null);
  if (agent || !VI_DOC_AGENT.test(tail.toLowerCase())) return agent;
  return documentIssuer(before, official, ctx);
}

/**
 * "Chúng tôi kêu gọi các bên ...", bà X nói: an official's first person, in a quote whose speaker
 * the sentence or its paragraph names, or who introduced it with a colon. Without one the speaker
 * may be anyone (a resident, a firm), and the call is no directive.
 */
function quoteSpeaker(sentence: Sentence, ctx: ViContext): string | null {
  return lastOfficialIn(ctx.officials, ctx.blockStart, sentence.end)?.name ?? ctx.colonSpeaker;
}

/**
 * "UBND tỉnh vừa có công điện yêu cầu ...", "Thủ tướng Chính phủ đã có Công văn chỉ đạo ...": a
 * document orders for whoever issued it, the subject before its predicate (a title before a body).
 */
function documentIssuer(before: string, official: OfficialAnnotation | null, ctx: ViContext): string {
  const issuedBy =
    official?.name ?? titleAgent(before.replace(VI_BODY_PREDICATE, ''), ctx.entities) ?? firstBodyIn(before);
  return (
    issuedBy ||
    (ruleIn(before).issuer ?? ctx.ruleIssuer ?? ctx.runIssuer ?? ctx.lastIssuer ?? ctx.main ?? DOC_ONLY)
  );
}

/** A place named as the agent; a bare "tỉnh" is the authority the passage has named. */
function placeAgent(tail: string, ctx: ViContext): string | null {
  // "tỉnh đã chủ động chỉ đạo", "Tỉnh cũng yêu cầu": adverbs may stand between the place and its verb.
  const m = VI_PLACE_AGENT.exec(tail.replace(VI_AGENT_ADVERBS, ''))?.[1];
  if (!m) return null;
  return /\s\p{Lu}/u.test(m)
    ? m
    : barePlaceIssuer(m, [ctx.runIssuer, ctx.lastIssuer, ctx.lastBody], ctx.officials);
}

/** Titles of a body's deputies and spokespeople: they speak for the body but do not head it. */
const NOT_THE_HEAD = /^(?:phó|thứ trưởng|phát ngôn)/iu;

/** "Theo đó, Bộ đề nghị ...": a body's head word alone is the body of that kind the article named. */
function bareBody(name: string, ctx: ViContext, official: OfficialAnnotation | null): string {
  if (name.includes(' ')) return name;
  // "Giám đốc Sở Y tế Hà Nội X cho biết, Sở đã yêu cầu ...": the body the speaker heads, and the
  // speaker named for it (a body acting through its named head: the name, as the guidelines prefer).
  if (official?.titles.some((t) => t.includes(` ${name} `) && !NOT_THE_HEAD.test(t))) return official.name;
  return ctx.lastBody?.startsWith(`${name} `) ? ctx.lastBody : name;
}

// The sentence's first letter when it is a capital (no callback made per sentence to lower it).
const FIRST_CAPITAL = /^([^\p{L}]*)(\p{Lu})/u;

/**
 * A reported order: an ordering verb with an authority as its agent, or subjectless after an
 * adverbial. `opener` is the sentence lower-cased without its leading connectives.
 */
export function speechOrder(
  s: string,
  opener: string,
  sentence: Sentence,
  ctx: ViContext,
): SpeechOrder | null {
  const carried = ctx.runIssuer ?? ctx.lastIssuer ?? ctx.main;
  // A sentence may open on the verb itself ("Giao Bộ Tài chính ..."): its capital is no name.
  const capital = FIRST_CAPITAL.exec(s);
  const uncapped = capital ? capital[1]! + capital[2]!.toLowerCase() + s.slice(capital[0].length) : s;
  let relayed: SpeechOrder | null = null;
  for (const cue of VI_SPEECH_CUE_SCAN.all(uncapped)) {
    const verb = cue[0];
    const before = s.slice(0, cue.index);
    const tail = before.slice(-TAIL).toLowerCase();
    const after = s.slice(cue.index + verb.length);
    // "Theo yêu cầu của X, ..." orders; "Theo chỉ đạo của X, các lực lượng đã ra quân" reports.
    const byline = /(?:^|\s)theo\s$/u.test(tail) && /^\s*của/u.test(after);
    if (byline && REPORTED.test(after)) continue;
    const passive = /(?:được|bị)\s$/u.test(tail);
    // "chỉ đạo của Thủ tướng" is a noun phrase; "được Nhà nước giao", "do Bộ X chủ trì" a relative clause.
    const nounUse =
      (VI_CUE_NOUN_BEFORE.test(tail) && !/theo\s$/u.test(tail)) ||
      /^\s*của(?![\p{L}])/u.test(after) ||
      ((verb === 'chỉ đạo' || verb === 'hướng dẫn') &&
        /(?:văn bản|công văn|kế hoạch)\s$/u.test(tail) &&
        !DOC_ADDRESSEE_AFTER.test(after)) ||
      RELATIVE_AGENT.test(tail) ||
      (verb === 'chỉ đạo' &&
        MANAGED.test(tail) &&
        !VI_ADDRESSEE.test(after.trimStart().toLowerCase()) &&
        !NAMED_AFTER.test(after)) ||
      (before.trim() === '' && NOUN_OPENING.test(after)) ||
      VI_CUE_DENIED.test(tail) ||
      VI_PRIVATE_AGENT.test(tail) ||
      VI_CUE_QUESTION.test(after);
    let issuer: string | null = null;
    if (byline) {
      const next = ctx.officials.find((o) => o.start >= sentence.start + cue.index && o.start < sentence.end);
      issuer = next?.name ?? titleAgent(after.split(',')[0]!, ctx.entities);
    } else if (passive) issuer = carried;
    else if (
      PASSIVE_REQUEST.has(verb) &&
      PASSIVE_AGENT.test(tail) &&
      TASK_AFTER.test(after) &&
      PASSIVE_SUBJECT.test(before)
    )
      issuer = agentOf(s, sentence, cue.index, ctx);
    else if (!nounUse) {
      issuer = agentOf(s, sentence, cue.index, ctx);
      // "Đồng thời giao Cục Thống kê ...", "Trên cơ sở đó, giao Bộ ...", "2. Đề nghị Bộ Chỉ huy ...
      // chỉ đạo ...": the passage's speaker goes on, after a list marker too.
      if (
        issuer === null &&
        !VI_AGENT_ONLY.has(verb) &&
        VI_LEAD_ADVERBIAL.test(clauseOf(before).toLowerCase().replace(VI_CONNECTIVES, '').trim())
      )
        issuer = clauseSubject(s, sentence, cue.index, ctx) ?? carried;
      // A verb after a comma goes on with the body the sentence opened on; inside a run of orders
      // that body is the addressee of the run's issuer ("Văn phòng X theo dõi, đôn đốc ..."), unless
      // its first clause reports what the body did ("Cơ quan CSĐT ... đã khởi tố vụ án, đồng thời
      // yêu cầu ...") or decided ("UBND tỉnh đồng ý với đề xuất ..., giao Sở ..."): a run's items
      // task, they do not report or decide.
      if (
        issuer === null &&
        (ctx.runIssuer === null || OWN_ACT.test(before.slice(0, before.indexOf(',')))) &&
        !VI_AGENT_ONLY.has(verb) &&
        BARE_CLAUSE.test(
          before
            .slice(before.lastIndexOf(',') + 1)
            .toLowerCase()
            .trim(),
        ) &&
        before.includes(',')
      )
        issuer = ctx.opening;
    }
    // A weak cue ("nhấn mạnh") orders only with an obligation after it, or closing a quoted order
    // addressed to someone ("Mỗi cơ quan ... phải ...", ông Hoan nhấn mạnh).
    const attribution = after.trim().length <= 2 && VI_ADDRESSEE.test(opener);
    const obliges = OBLIGATION_AFTER.test(after) || (ADDRESSEE_AFTER.test(after) && !REPORTED.test(after));
    // "Công điện nêu rõ:", "Thủ tướng nhấn mạnh:": a weak cue that announces a list with a colon
    // hands its items to its speaker, as "yêu cầu:" does.
    const announces = /^\s*:\s*$/u.test(after);
    const weak =
      (VI_WEAK_SPEECH.has(verb) && !obliges && !attribution && !announces) ||
      (NOTICE.test(verb) && NOTED_FACT.test(after));
    if ((issuer !== null || passive) && !weak) {
      const order = {
        issuer: issuer || null,
        // Advice and emphasis open no run, unless a colon announces the items that follow.
        opensRun:
          !/^(?:nhấn mạnh|nêu rõ|lưu ý|hướng dẫn|khuyến cáo|khuyến nghị)$/u.test(verb) || /:\s*$/u.test(s),
      };
      // "Theo đề nghị của Bộ trưởng X, Thủ tướng yêu cầu ...": the proposal a lead cites gives way to
      // an order the sentence's own subject gives after it.
      if (!byline) return relayed && (passive || issuer === carried) ? relayed : order;
      relayed ??= order;
    }
  }
  return relayed;
}

/**
 * "Theo ông Tâm, các xã phải ...", "Theo Phó Thủ tướng, ...": a view an official (a person the
 * officials analyzer found, or a title) gives of what others must do is that official's. Returns
 * the official and the length of the lead in `opener`; an expert's or a person's view stays an
 * opinion.
 */
export function viewHolder(
  s: string,
  opener: string,
  sentence: Sentence,
  ctx: ViContext,
): { name: string; lead: number } | null {
  if (!opener.startsWith('theo ')) return null;
  const lead = VIEW_LEAD.exec(opener)?.[0];
  if (!lead) return null;
  const from = sentence.start + s.length - opener.length;
  const official = ctx.officials.find((o) => o.start >= from && o.start < from + lead.length);
  const leadText = s
    .slice(s.length - opener.length + 5, s.length - opener.length + lead.length)
    .replace(/[,:]\s*["“]?\s*$/u, '');
  const name =
    official?.name ??
    titleAgent(leadText, ctx.entities) ??
    // "Theo yêu cầu của Bộ Y tế, các bệnh viện phải ...": the body whose order the sentence relays.
    (ORDER_OF.test(leadText) ? firstBodyIn(leadText) : bodyView(leadText, opener.slice(lead.length)));
  return name ? { name, lead: lead.length } : null;
}
