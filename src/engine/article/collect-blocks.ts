/**
 * Turns the chosen containers into article blocks in reading order. A block is the innermost element
 * whose own inline content is article text: a <p>, a heading, a list item, or a <div> holding text and
 * <br>s. Furniture inside the article (share bars, bylines, related lists, ads) is left out, and no
 * block lies inside another.
 */
import { runToEnd, type Steps } from '../steps';
import type { ArticleBlock, BlockKind } from '../types';
import { isJunkContainer } from './clean-conditionally';
import { linkDensity, type NodeStats, type PageStats } from './dom-stats';
import { FURNITURE_TAGS, HEADINGS, hintOf, IN_ARTICLE_FURNITURE, KIND_BY_TAG, LEAD_HINT } from './hints';
import { lazyRegExp } from './lazy-regexp';
import { captionSkips, findLeadPicture } from './lead-picture';
import { dropRepeatedBlocks } from './repeated-blocks';
import { sameText } from './text-compare';
import { childrenOf, firstChildElement, nextChildElement, nextInLight, pushInOrder } from './tree';

/** Own text below this is stray (a separator, a label) and does not make its container a block. */
const OWN_TEXT_MIN = 25;

export interface BlockContext {
  page: PageStats;
  title: string | null;
  blocks: ArticleBlock[];
}

/** Furniture by class/id; a part with real prose is kept whatever its class says. */
function isFurniture(el: Element, s: NodeStats): boolean {
  if (FURNITURE_TAGS.has(el.tagName) && el.tagName !== 'FORM')
    return s.paragraphs < 3 || linkDensity(s) > 0.3;
  const hint = hintOf(el);
  if (!hint || !IN_ARTICLE_FURNITURE.test(hint)) return false;
  return !(s.chars > 400 && s.paragraphs >= 3 && linkDensity(s) < 0.25);
}

const META_PROP = /\b(author|datePublished|dateModified)\b/;

function hasMetaMark(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = nextInLight(c, el, true)) {
    if (c.tagName === 'TIME') return true;
    const prop = c.getAttribute('itemprop') ?? c.getAttribute('rel');
    if (prop && META_PROP.test(prop)) return true;
  }
  return false;
}

/** A short line that is only a byline or a dateline. */
function isMetaLine(el: Element, s: NodeStats): boolean {
  return s.chars < 120 && hasMetaMark(el);
}

/** Elements under a whole-element block whose text is not article text. */
function skipsUnder(el: Element, ctx: BlockContext): Element[] {
  const skip: Element[] = [];
  // Depth first in reading order, on a stack of its own: deep pages cost no call stack.
  const pending: Element[] = [];
  pushInOrder(pending, childrenOf(el));
  for (let child = pending.pop(); child; child = pending.pop()) {
    const s = ctx.page.stats.get(child);
    if (!s) {
      if (child.firstChild) skip.push(child);
    } else if (s.blockDesc && (isFurniture(child, s) || isJunkContainer(child, s, false))) skip.push(child);
    else if (
      !s.blockDesc &&
      (isMetaLine(child, s) || (ctx.title && sameText(child.textContent ?? '', ctx.title)))
    )
      skip.push(child);
    else if (isFurniture(child, s)) skip.push(child);
    else if (s.blockDesc) pushInOrder(pending, childrenOf(child));
  }
  return skip;
}

/**
 * The parts of a paragraph the reader never sees and the measure left out: a hidden span (MathML
 * kept for screen readers beside its picture), a formula's source. Walked only where the measure
 * counted such a part.
 */
function unreadUnder(el: Element, page: PageStats): Element[] {
  const skip: Element[] = [];
  for (let c = el.firstElementChild; c; ) {
    const unread = !page.stats.has(c) && c.firstChild !== null && c.tagName !== 'BR';
    if (unread) skip.push(c);
    c = nextInLight(c, el, !unread);
  }
  return skip;
}

/**
 * Headlines are one short line (rarely past 120 characters). Several sentences over two lines'
 * worth of text, or one sentence longer than any headline, are a lead.
 */
const LEAD_HEADLINE_MIN_CHARS = 150;
const LEAD_SENTENCE_MIN_CHARS = 220;
const SENTENCE_BREAK = lazyRegExp(String.raw`[.!?…]["”’)]?\s+\p{Lu}`, 'u');

function isLeadInHeadlineType(el: Element, chars: number): boolean {
  if (chars >= LEAD_SENTENCE_MIN_CHARS) return true;
  return chars >= LEAD_HEADLINE_MIN_CHARS && SENTENCE_BREAK().test(el.textContent ?? '');
}

function push(ctx: BlockContext, el: Element, kind: BlockKind, skip?: Element[]): void {
  const hint = hintOf(el);
  const finalKind = kind === 'paragraph' && hint && LEAD_HINT.test(hint) ? 'lead' : kind;
  ctx.blocks.push(skip?.length ? { kind: finalKind, element: el, skip } : { kind: finalKind, element: el });
}

/**
 * A paragraph all link that opens the body, before any other block: the article's own pointer to
 * its original, its series or its source ("Link to the original (posted 2019/02/16)"). Further in,
 * such a line is a "Read more" or related link and is left out; a "By ..." link is the byline.
 */
function opensWithLink(el: Element, ctx: BlockContext): boolean {
  return ctx.blocks.length === 0 && el.tagName === 'P' && !/^\s*by\s/i.test(el.textContent ?? '');
}

/** An element still to turn into blocks, with what its ancestors pass down. */
interface EmitTask {
  el: Element;
  inherited: BlockKind | null;
  inFigure: boolean;
  root: boolean;
}

/** Emits `task`'s element as a block, or queues its children on `pending` in reading order. */
function emit(task: EmitTask, ctx: BlockContext, pending: EmitTask[]): void {
  const { el, inherited, inFigure, root } = task;
  const s = ctx.page.stats.get(el);
  if (!s || s.chars === 0) return;
  const tag = el.tagName;
  if (!root && isFurniture(el, s)) return;
  if (HEADINGS.has(tag)) {
    // The headline (an <h1>, or any heading that repeats the title) is metadata, not body,
    // unless it is a paragraph set in headline type: then it is the lead and is read.
    if (
      tag === 'H1'
        ? isLeadInHeadlineType(el, s.chars)
        : !ctx.title || !sameText(el.textContent ?? '', ctx.title)
    )
      push(ctx, el, tag === 'H1' ? 'lead' : 'heading');
    return;
  }
  const kind = inherited === 'quote' ? 'quote' : (KIND_BY_TAG[tag] ?? inherited ?? 'paragraph');
  if (!s.blockDesc) {
    if (!isMetaLine(el, s) && !(linkDensity(s) > 0.8 && kind !== 'list-item' && !opensWithLink(el, ctx)))
      push(ctx, el, kind, s.unread > 0 ? unreadUnder(el, ctx.page) : undefined);
    return;
  }
  // A wrapper holding only a captioned picture is the picture's: its caption (a credit, often a
  // link) is no sign of a link box.
  if (!root && !wrapsCaptionedFigure(el) && isJunkContainer(el, s, inFigure)) return;
  // A shadow host is never a whole block: the text model reads an element's own children only.
  if (s.ownChars >= OWN_TEXT_MIN && s.ownChars * 10 >= s.chars && !el.shadowRoot) {
    push(ctx, el, kind, skipsUnder(el, ctx));
    return;
  }
  const childKind = tag === 'BLOCKQUOTE' ? 'quote' : inherited;
  const figure = inFigure || tag === 'FIGURE';
  const children: EmitTask[] = [];
  for (let child = firstChildElement(el); child; child = nextChildElement(el, child)) {
    const cs = ctx.page.stats.get(child);
    // Inline bits beside blocks are stray labels and separators once the container is not a block itself.
    if (!cs || (!cs.blockDesc && !KIND_BY_TAG[child.tagName] && isInline(child))) continue;
    children.push({ el: child, inherited: childKind, inFigure: figure, root: false });
  }
  pushInOrder(pending, children);
}

/** The element's only child is a <figure> with a picture and a caption. */
function wrapsCaptionedFigure(el: Element): boolean {
  const only = el.firstElementChild;
  return (
    only !== null &&
    only === el.lastElementChild &&
    only.tagName === 'FIGURE' &&
    only.querySelector('img') !== null &&
    only.querySelector('figcaption') !== null
  );
}

const INLINE_TAGS = new Set([
  'A',
  'SPAN',
  'B',
  'I',
  'EM',
  'STRONG',
  'SMALL',
  'FONT',
  'TIME',
  'LABEL',
  'U',
  'SUP',
  'SUB',
  'CITE',
  'CODE',
  'ABBR',
  'Q',
  'MARK',
  'S',
]);
function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName);
}

/** A short line that asks the reader to subscribe, log in or get the app: the site's, not the article's. */
const CALL_TO_ACTION =
  /\b(?:subscribe|subscribers?|subscription|sign up|log in|newsletter|(?:download|get|install)\b[^.]{0,60}\b(?:our\b[^.]{0,40}\bapps?|(?:on|to) your (?:phone|mobile|device|inbox))|download (?:our|the)\b[^.]{0,40}\bapps?)\b/iu;
/** A line opening with a request to follow the site on a social network or join its community. */
const CALL_OPENING =
  /^\W*(?:follow\b[^.]{0,60}\bon (?:twitter|facebook|instagram|linkedin|tiktok|youtube|telegram|threads|bluesky|mastodon)|join our)\b/iu;
const CALL_MAX = 250;

/**
 * Calls to action that close the body (a paywall note, "Subscribe now ...", "Download our app ...",
 * "Follow us on Instagram ...").
 */
function dropClosingCalls(blocks: ArticleBlock[]): void {
  for (let last = blocks.at(-1); last && blocks.length > 1; last = blocks.at(-1)) {
    const text = last.element.textContent ?? '';
    if (last.kind !== 'paragraph' || text.length > CALL_MAX) return;
    if (!CALL_TO_ACTION.test(text) && !CALL_OPENING.test(text)) return;
    blocks.pop();
  }
}

/**
 * Elements turned into blocks (or passed through) between two yields of collectBlocksSteps: a
 * few hundred microseconds warm, and cold in a browser (each test's code, and its regular
 * expressions, compiled on first use) still a short part of a slice.
 */
const EMITS_PER_STEP = 64;

/**
 * collectBlocks in steps: the walk of the containers in runs of EMITS_PER_STEP elements, then the
 * repeated blocks, the closing calls and the lead picture, with a yield between any two. On a
 * large page, cold, the whole took up to ~14 ms of CPU in one task of the content script.
 */
export function* collectBlocksSteps(
  containers: Element[],
  top: Element | null,
  page: PageStats,
  title: string | null,
): Steps<ArticleBlock[]> {
  const ctx: BlockContext = { page, title, blocks: [] };
  let emitted = 0;
  // Siblings joined to the top container are checked like any other part; the top one is trusted.
  for (const container of containers) {
    // Depth first in reading order, on a stack of its own: deep pages cost no call stack.
    const pending: EmitTask[] = [
      { el: container, inherited: null, inFigure: false, root: container === top },
    ];
    for (let task = pending.pop(); task; task = pending.pop()) {
      emit(task, ctx, pending);
      if (++emitted % EMITS_PER_STEP === 0) yield;
    }
  }
  yield;
  ctx.blocks = dropRepeatedBlocks(ctx.blocks);
  yield;
  dropClosingCalls(ctx.blocks);
  yield;
  const first = ctx.blocks[0];
  const picture = first && findLeadPicture(first.element, page);
  if (picture) {
    const skip = captionSkips(picture, page);
    ctx.blocks.unshift(
      skip.length ? { kind: 'caption', element: picture, skip } : { kind: 'caption', element: picture },
    );
  }
  return ctx.blocks;
}

/** The article's blocks from its containers, in reading order (collectBlocksSteps run without pauses). */
export function collectBlocks(
  containers: Element[],
  top: Element | null,
  page: PageStats,
  title: string | null,
): ArticleBlock[] {
  return runToEnd(collectBlocksSteps(containers, top, page, title));
}
