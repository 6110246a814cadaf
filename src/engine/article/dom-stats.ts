/**
 * One walk over the page that measures every visible element bottom-up: text length, link text,
 * commas, own inline text, and counts of paragraphs, images, list items, inputs and embeds.
 * Everything later (scoring, cleaning, blocks) reads these numbers instead of re-reading textContent.
 * The page is never changed and nothing is cloned.
 */

import { runToEnd, type Steps, textWork, WORK_PER_STEP } from '../steps';
import {
  BLOCK_LEVEL,
  HEADINGS,
  HIDDEN_STYLE,
  hintOf,
  isCommentThread,
  MAYBE_CONTENT,
  NEVER_TEXT,
  UNLIKELY,
} from './hints';
import { firstChildNode, nextChildNode, parentOf } from './tree';

export interface NodeStats {
  /** Characters of visible text below, white-space runs counted as one. */
  chars: number;
  linkChars: number;
  commas: number;
  /** Text of the element's own inline content (direct text and inline children without blocks). */
  ownChars: number;
  ownCommas: number;
  /** A block-level element somewhere below. */
  blockDesc: boolean;
  paragraphs: number;
  images: number;
  listItems: number;
  inputs: number;
  embeds: number;
  headingChars: number;
  /** <br>s below: a text broken into lines. */
  lineBreaks: number;
  /** Full stops below (".", "。", "!", "?"): sentence ends, and initials. */
  stops: number;
  /** Elements below with content the reader never sees (hidden, or never text: MathML's source, a script). */
  unread: number;
}

export interface PageStats {
  /** Visible, kept elements only: an element missing here is hidden, never text, or page furniture. */
  stats: Map<Element, NodeStats>;
  /**
   * Text units for scoring. `holder` receives the unit's points first: the parent of a <p>, or the
   * element itself for text written straight into a container (its lines are its paragraphs).
   */
  units: { holder: Element; chars: number; commas: number }[];
  /** The most paragraph text (<p>s, links too) in one part holding an <h1> that the strict walk left out as furniture. */
  droppedProse: number;
}

const ROLES_NEVER_ARTICLE = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
]);
const HIDDEN_CLASS =
  /(^|\s)(hidden|d-none|sr-only|visually-hidden|visuallyhidden|screen-reader-text|is-hidden)(\s|$)/;
const EMBEDS = new Set(['IFRAME', 'EMBED', 'OBJECT', 'VIDEO', 'AUDIO']);
const NOT_UNITS = new Set(['LI', 'TH', 'A', 'BODY', 'HTML', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD']);
const MIN_UNIT_CHARS = 25;

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  return !!cls && HIDDEN_CLASS.test(cls);
}

/**
 * Overlays and dialogs: never the article in the strict pass. Some sites show the story itself in a
 * modal over a section page, so the loose pass (run when the strict one finds too little) reads a
 * dialog that holds an article with its headline; a sign-up or membership pitch has neither.
 */
const OVERLAY = /(^|[\s_-])(modal|popup|pop-up|dialog|overlay|lightbox|cookie|gdpr|consent)([\s_-]|$)/i;

function holdsStory(el: Element): boolean {
  return el.getElementsByTagName('article').length > 0 && el.getElementsByTagName('h1').length > 0;
}

function isOverlay(el: Element, strict: boolean): boolean {
  const hint = hintOf(el);
  if (isCommentThread(hint)) return true;
  const overlay =
    (hint.length > 0 && OVERLAY.test(hint) && !MAYBE_CONTENT.test(hint)) ||
    el.getAttribute('role') === 'dialog' ||
    el.getAttribute('aria-modal') === 'true';
  // Only overlays are searched for a story: a search under every element would be quadratic.
  return overlay && (strict || !holdsStory(el));
}

function isUnlikely(el: Element, tag: string): boolean {
  const role = el.getAttribute('role');
  if (role && ROLES_NEVER_ARTICLE.has(role)) return true;
  if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER') return true;
  if (tag === 'BODY' || tag === 'A' || tag === 'ARTICLE' || tag === 'MAIN') return false;
  const hint = hintOf(el);
  return hint.length > 0 && UNLIKELY.test(hint) && !MAYBE_CONTENT.test(hint);
}

/**
 * Han, kana and Hangul characters each carry about what two Latin letters do (no spaces, a word in
 * one or two characters), so they count double: a Japanese paragraph weighs like its English
 * translation against the thresholds, and a short English footer no longer outweighs it.
 */
function isDenseScript(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

/** Counts text characters (white-space runs as one, dense scripts double) and commas of a string. */
function measureText(data: string, out: { chars: number; commas: number; stops: number }): void {
  let chars = 0;
  let commas = 0;
  let stops = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c <= 32 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000) {
      if (!space) chars++;
      space = true;
    } else {
      chars += c >= 0x3040 && isDenseScript(c) ? 2 : 1;
      space = false;
      if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) commas++;
      else if (c === 46 || c === 0x3002 || c === 33 || c === 63) stops++;
    }
  }
  out.chars = chars;
  out.commas = commas;
  out.stops = stops;
}

/** Lines this short on average, this many of them, are a roll of entries, not a paragraph. */
const ROLL_LINES = 8;
const ROLL_LINE_CHARS = 60;

/**
 * The commas that score: none in a text broken into many short lines that mostly end without a
 * full stop (signatories with their affiliations, addresses, credits), whose commas part fields,
 * not clauses, and would otherwise outscore the article beside it. Prose set line by line (a
 * story for children, a poem with its sentences) keeps them. Nor any in a list of names on one line.
 */
function clauseCommas(chars: number, commas: number, s: NodeStats): number {
  const lines = s.lineBreaks + 1;
  const roll = lines > ROLL_LINES && chars < lines * ROLL_LINE_CHARS && s.stops * 2 < lines;
  return roll || isCommaList(chars, commas, s.lineBreaks) ? 0 : commas;
}

/** Commas this many or more, parting runs this short on average, part a list of names, not clauses. */
const LIST_COMMAS = 5;
const LIST_ITEM_CHARS = 25;

/**
 * A run of names or tags set on one line ("Ann Lee, Bo Chen, Cy Diaz, ..."): an author list or a
 * keyword line, whose commas would outscore the abstract or story beside it. Prose, even a
 * paragraph that lists things, runs longer between its commas; text set line by line is the
 * roll's to judge (its lines' full stops tell prose from entries).
 */
export function isCommaList(chars: number, commas: number, lineBreaks: number): boolean {
  return lineBreaks === 0 && commas >= LIST_COMMAS && chars < commas * LIST_ITEM_CHARS;
}

const emptyStats = (): NodeStats => ({
  chars: 0,
  linkChars: 0,
  commas: 0,
  ownChars: 0,
  ownCommas: 0,
  blockDesc: false,
  paragraphs: 0,
  images: 0,
  listItems: 0,
  inputs: 0,
  embeds: 0,
  headingChars: 0,
  lineBreaks: 0,
  stops: 0,
  unread: 0,
});

/** An element being measured: its stats so far and the next child node to read. */
interface Frame {
  el: Element;
  tag: string;
  link: boolean;
  shelter: boolean;
  s: NodeStats;
  next: Node | null;
}

/** Adds a measured child element's numbers to its parent's. */
function addChild(s: NodeStats, cs: NodeStats, ctag: string): void {
  s.chars += cs.chars;
  s.linkChars += cs.linkChars;
  s.commas += cs.commas;
  s.paragraphs += cs.paragraphs;
  s.images += cs.images;
  s.listItems += cs.listItems;
  s.inputs += cs.inputs;
  s.embeds += cs.embeds;
  s.headingChars += cs.headingChars;
  s.lineBreaks += cs.lineBreaks;
  s.stops += cs.stops;
  s.unread += cs.unread;
  const block = BLOCK_LEVEL.has(ctag);
  if (block || cs.blockDesc) s.blockDesc = true;
  if (!block) {
    s.ownChars += cs.blockDesc ? cs.ownChars : cs.chars;
    s.ownCommas += cs.blockDesc ? cs.ownCommas : cs.commas;
  }
}

/** The text of the paragraphs under `el`; each part left out is read once, never within another: linear. */
function paragraphChars(el: Element): number {
  let chars = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) chars += p.textContent?.length ?? 0;
  return chars;
}

/**
 * Walks `root` once. With `stripUnlikely`, parts whose class/id or role say furniture are left out.
 * The walk keeps its own stack (children in order, each element finished after its children), so a
 * page nested thousands of levels deep cannot overflow the call stack.
 */
export function measurePage(root: Element, stripUnlikely: boolean): PageStats {
  return runToEnd(measurePageSteps(root, stripUnlikely));
}

/** measurePage in steps: the same walk, yielding every WORK_PER_STEP units of work (see steps.ts). */
export function* measurePageSteps(root: Element, stripUnlikely: boolean): Steps<PageStats> {
  const stats = new Map<Element, NodeStats>();
  const units: PageStats['units'] = [];
  const text = { chars: 0, commas: 0, stops: 0 };
  let tableOrCode = 0;
  let droppedProse = 0;

  const open = (el: Element, tag: string, inLink: boolean): Frame => {
    const shelter = tag === 'TABLE' || tag === 'CODE' || tag === 'PRE';
    if (shelter) tableOrCode++;
    // An <a> without href is a named anchor or a placeholder, not a link: its text is the page's own.
    const link = inLink || (tag === 'A' && el.hasAttribute('href'));
    return { el, tag, link, shelter, s: emptyStats(), next: firstChildNode(el) };
  };

  const close = ({ el, tag, shelter, s }: Frame): void => {
    if (shelter) tableOrCode--;
    if (tag === 'BR') s.lineBreaks++;
    else if (tag === 'LI') s.listItems++;
    else if (HEADINGS.has(tag)) s.headingChars = s.chars;
    if (tag === 'P' || tag === 'PRE' || tag === 'TD') {
      s.paragraphs++;
      const parent = parentOf(el);
      if (s.chars >= MIN_UNIT_CHARS && parent) {
        const holder = tag === 'P' && isLoneWrapper(parent, el, s) ? (parentOf(parent) ?? parent) : parent;
        units.push({ holder, chars: s.chars, commas: clauseCommas(s.chars, s.commas, s) });
      }
    } else if (s.ownChars >= MIN_UNIT_CHARS && BLOCK_LEVEL.has(tag) && !NOT_UNITS.has(tag)) {
      // Text written straight into a container (text and <br>s) is a paragraph as well.
      s.paragraphs++;
      // A container of text only reads as a <p>; with blocks beside its text, it holds its own lines.
      const holder = s.blockDesc ? el : parentOf(el);
      if (holder) units.push({ holder, chars: s.ownChars, commas: clauseCommas(s.ownChars, s.ownCommas, s) });
    }
    stats.set(el, s);
  };

  const stack: Frame[] = [open(root, root.tagName, false)];
  let work = 0;
  while (stack.length > 0) {
    if (++work >= WORK_PER_STEP) {
      work = 0;
      yield;
    }
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      stack.pop();
      close(frame);
      const parent = stack[stack.length - 1];
      if (parent) addChild(parent.s, frame.s, frame.tag);
      continue;
    }
    frame.next = nextChildNode(frame.el, child);
    const s = frame.s;
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      measureText(data, text);
      work += textWork(data.length);
      s.chars += text.chars;
      s.commas += text.commas;
      s.stops += text.stops;
      s.ownChars += text.chars;
      s.ownCommas += text.commas;
      if (frame.link) s.linkChars += text.chars;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const c = child as Element;
    const ctag = c.tagName;
    if (ctag === 'IMG' || ctag === 'PICTURE') {
      s.images++;
      continue;
    }
    if (NEVER_TEXT.has(ctag)) {
      if (EMBEDS.has(ctag)) s.embeds++;
      else if (ctag === 'INPUT' || ctag === 'SELECT' || ctag === 'TEXTAREA') s.inputs++;
      else if (c.firstChild) s.unread++;
      continue;
    }
    if (isHidden(c)) {
      if (c.firstChild) s.unread++;
      continue;
    }
    if (isOverlay(c, stripUnlikely)) continue;
    if (stripUnlikely && tableOrCode === 0 && isUnlikely(c, ctag)) {
      if (c.getElementsByTagName('h1').length > 0) droppedProse = Math.max(droppedProse, paragraphChars(c));
      continue;
    }
    stack.push(open(c, ctag, frame.link));
  }
  return { stats, units, droppedProse };
}

/**
 * A bare <div> (no class, no id) holding one <p> and nothing else is the paragraph's, as
 * Readability reads it: its points go to the element around it. Else a long first paragraph
 * wrapped alone outscores the article holding it and the rest of the story beside it.
 */
function isLoneWrapper(parent: Element, p: Element, s: NodeStats): boolean {
  if (parent.tagName !== 'DIV' || parent.firstElementChild !== p || parent.lastElementChild !== p)
    return false;
  // A named wrapper is the site's own text component, which its twins elsewhere on the page repeat.
  if (parent.hasAttribute('class') || parent.id) return false;
  if (s.chars > 0 && s.linkChars / s.chars >= 0.25) return false;
  for (let n = parent.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 3 && (n as Text).data.trim() !== '') return false;
  return true;
}

export const linkDensity = (s: NodeStats): number => (s.chars ? s.linkChars / s.chars : 0);
