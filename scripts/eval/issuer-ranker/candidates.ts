/**
 * Issuer candidates for one found directive, each with KIND features only (role, distance in
 * sentences, official vs body vs bare title, mention counts): never a name, a site or a word.
 * Read from outside the engine, on what annotateDocument returns, so the engine's output cannot
 * change while this is measured.
 */

import { EN_BODY } from '../../../src/engine/lang/en/directive-cues';
import { bodyIssuer } from '../../../src/engine/lang/en/directive-issuer';
import { VI_BODY_ANY, VI_BODY_PREDICATE } from '../../../src/engine/lang/vi/directive-cues';
import type { Sentence } from '../../../src/engine/text/sentences';
import type { Word } from '../../../src/engine/text/words';
import type { OfficialAnnotation } from '../../../src/engine/types';
import { enInternal } from './en-internal';

export interface Candidate {
  name: string;
  features: Set<string>;
}

export interface DirectiveContext {
  lang: 'vi' | 'en';
  text: string;
  sentences: Sentence[];
  /** Index in `sentences` of the directive's sentence. */
  at: number;
  officials: OfficialAnnotation[];
  /** The rules' issuer. */
  rule: string | null;
  /** The previous found directive: its issuer and sentence index. */
  prev: { issuer: string | null; at: number } | null;
  /** The article's words (English: the rules' own readers need them). */
  words?: Word[];
}

const EN_SPEECH = /^[,"”’\s]*(?:\(\w+\)\s*)?(?:said|says|told|added|stated|wrote|announced)\b/u;
const VI_SPEECH = /^[,"”\s]*(?:nói|cho biết|phát biểu|nhấn mạnh|chia sẻ|khẳng định|thông tin)(?![\p{L}])/u;
const EN_SPEECH_BEFORE = /\b(?:said|says|according to|told)\s*$/u;
const VI_SPEECH_BEFORE = /(?:theo|của)\s*$/u;

/** Off with ISSUER_NO_CROSS=1: measured both ways. */
const CROSS_RULE_KIND = process.env.ISSUER_NO_CROSS !== '1';

/** Sentences before the directive searched for bodies (ISSUER_BODY_BACK, default 1): measured 1 and 3. */
const BODY_BACK = Number(process.env.ISSUER_BODY_BACK ?? 1);

const PRONOUN_OPENING = /^["“‘]?(?:He|She|They|It|We|I|Ông|Bà|Họ)(?![\p{L}])/u;
const TITLE_OPENING = /^["“‘]?The\s+\p{Ll}/u;
/** Off with ISSUER_NO_OPENING=1: measured both ways. */
const CROSS_OPENING = process.env.ISSUER_NO_OPENING !== '1';

/** On with ISSUER_INTERNAL=1: the English rules' own alternatives as candidates (see README). */
const EN_INTERNAL = process.env.ISSUER_INTERNAL === '1';

const bucket = (n: number): string => (n <= 0 ? '0' : n === 1 ? '1' : n <= 3 ? '2-3' : '4+');

/** Bodies named in [from, to): each with its start. */
function bodiesIn(c: DirectiveContext, from: number, to: number): Array<{ name: string; start: number }> {
  const out: Array<{ name: string; start: number }> = [];
  const s = c.text.slice(from, to);
  const re = c.lang === 'vi' ? VI_BODY_ANY : EN_BODY;
  let offset = 0;
  for (let guard = 0; guard < 8 && offset < s.length; guard++) {
    const m = re.exec(s.slice(offset));
    if (!m) break;
    let name = m[0];
    if (c.lang === 'vi') name = name.replace(VI_BODY_PREDICATE, '').trim();
    else name = bodyIssuer(c.text, from + offset + m.index, name);
    if (name) out.push({ name, start: from + offset + m.index });
    offset += m.index + Math.max(1, m[0].length);
  }
  return out;
}

function sentenceIndex(sentences: Sentence[], pos: number): number {
  for (let i = 0; i < sentences.length; i++) if (pos < sentences[i]!.end) return i;
  return sentences.length - 1;
}

/** The candidates of one directive, merged by name (a name reached several ways carries every way). */
export function issuerCandidates(c: DirectiveContext): Candidate[] {
  const byName = new Map<string, Candidate>();
  const add = (name: string | null, ...features: string[]) => {
    if (!name) return;
    const key = name.toLowerCase();
    let cand = byName.get(key);
    if (!cand) {
      cand = { name, features: new Set() };
      byName.set(key, cand);
    }
    for (const f of features) cand.features.add(f);
  };
  const sent = c.sentences[c.at]!;
  const names = new Set(c.officials.map((o) => o.name.toLowerCase()));
  const counts = new Map<string, number>();
  for (const o of c.officials) counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
  const kindOf = (name: string) =>
    names.has(name.toLowerCase()) ? 'official' : /^\p{Lu}/u.test(name) ? 'proper' : 'lower';
  add(c.rule, 'src:rule', `rule:${c.rule ? kindOf(c.rule) : 'null'}`);
  if (c.prev?.issuer) {
    const d = c.at - c.prev.at;
    add(c.prev.issuer, 'src:prev', `prev:d${bucket(d)}`);
    if (c.sentences[c.prev.at]?.block === sent.block) add(c.prev.issuer, 'prev:same-block');
    if (c.prev.issuer === c.rule) add(c.prev.issuer, 'prev=rule');
  }
  // Officials in this sentence and the three before it.
  const lo = c.sentences[Math.max(0, c.at - 3)]!.start;
  let firstInSentence = true;
  for (const o of c.officials) {
    if (o.start < lo) continue;
    if (o.start >= sent.end) break;
    const i = sentenceIndex(c.sentences, o.start);
    const d = c.at - i;
    const s = c.sentences[i]!;
    const lead = c.text.slice(s.start, o.start).trim().split(/\s+/u).filter(Boolean).length;
    const after = c.text.slice(o.end, o.end + 30);
    const before = c.text.slice(Math.max(s.start, o.start - 20), o.start);
    const speech = c.lang === 'vi' ? VI_SPEECH : EN_SPEECH;
    const speechBefore = c.lang === 'vi' ? VI_SPEECH_BEFORE : EN_SPEECH_BEFORE;
    const f = [`off:d${d}`, `off:lead${lead <= 2 ? '0-2' : lead <= 6 ? '3-6' : '7+'}:d${d === 0 ? 0 : 'p'}`];
    if (speech.test(after)) f.push(`off:speech-after:d${d === 0 ? 0 : 'p'}`);
    if (speechBefore.test(before)) f.push(`off:speech-before:d${d === 0 ? 0 : 'p'}`);
    if (d === 0 && firstInSentence) {
      f.push('off:first-in-sentence');
      firstInSentence = false;
    }
    if (s.block === sent.block) f.push('off:same-block');
    add(o.name, 'src:official', ...f);
  }
  // Bodies named in this sentence and the one before.
  for (let i = Math.max(0, c.at - BODY_BACK); i <= c.at; i++) {
    const s = c.sentences[i]!;
    let first = true;
    for (const b of bodiesIn(c, s.start, s.end)) {
      const lead = c.text.slice(s.start, b.start).trim().split(/\s+/u).filter(Boolean).length;
      add(b.name, 'src:body', `body:d${c.at - i}`, `body:lead${lead <= 2 ? '0-2' : '3+'}`);
      if (first) add(b.name, `body:first:d${c.at - i}`);
      first = false;
    }
  }
  if (c.lang === 'en' && c.words && EN_INTERNAL)
    enInternal(c.text, c.words, c.officials, sent, c.prev?.issuer ?? null, add);
  // Article-level: the most mentioned official, the first official.
  let main: string | null = null;
  let most = 0;
  for (const [n, k] of counts)
    if (k > most) {
      main = n;
      most = k;
    }
  add(main, 'art:main');
  add(c.officials[0]?.name ?? null, 'art:first-official');
  for (const cand of byName.values()) {
    const n = counts.get(cand.name) ?? 0;
    cand.features.add(`mentions:${bucket(n)}`);
    cand.features.add(`kind:${kindOf(cand.name)}`);
    if (!cand.features.has('src:rule')) cand.features.add('not-rule');
  }
  // Kinds crossed with the kind of the rules' answer: "a bare title answered, an official named
  // just before" may win where "an official answered" never loses.
  const ruleKind = c.rule ? kindOf(c.rule) : 'null';
  if (CROSS_RULE_KIND)
    for (const cand of byName.values())
      for (const f of [...cand.features])
        if (!f.startsWith('rule:')) cand.features.add(`rk-${ruleKind}&${f}`);
  // Kinds crossed with a pronoun or bare-title opening ("He called on ...", "Ông yêu cầu ...",
  // "The minister ordered ..."): then who was named before decides, not who is named in it.
  const opening = c.text.slice(sent.start, sent.start + 40);
  const opener = PRONOUN_OPENING.test(opening) ? 'pro' : TITLE_OPENING.test(opening) ? 'the' : null;
  if (opener && CROSS_OPENING)
    for (const cand of byName.values())
      for (const f of [...cand.features]) if (!f.includes('&')) cand.features.add(`${opener}&${f}`);
  // Every kind once more crossed with the language: the packs decide differently.
  for (const cand of byName.values()) for (const f of [...cand.features]) cand.features.add(`${c.lang}|${f}`);
  return [...byName.values()];
}
