/**
 * One walk that gathers the page's metadata marks (headlines, <time>, author and date attributes,
 * byline/date classes). Run only when <meta> and JSON-LD leave a gap. A plain walk: attribute
 * selectors and live collections are far slower in some DOM implementations (jsdom).
 */
import { runToEnd, type Steps } from '../steps';
import { nextInLight } from './tree';

export interface PageMarks {
  h1: Element[];
  times: Element[];
  dateAttrs: Element[];
  authorAttrs: Element[];
  dateClass: Element[];
  bylineClass: Element[];
}

const DATE_CLASS = /date|time|publish|posted|ngay-?dang|metadata|[-_]meta\b/i;
// "writer": the writer's name set beside the date with no "author" class (<span class="writer">).
const BYLINE_CLASS = /byline|author|writer|tac-?gia/i;
const LIMIT = 40;

function add(list: Element[], el: Element): void {
  if (list.length < LIMIT) list.push(el);
}

export function collectMarks(root: Element): PageMarks {
  return runToEnd(collectMarksSteps(root));
}

/**
 * Elements looked at between two yields of collectMarksSteps. The walk covers the whole page: on
 * a large one (tens of thousands of elements) it took several ms of CPU cold in one step.
 */
const ELEMENTS_PER_STEP = 64;

/** collectMarks in steps (same result), a yield every ELEMENTS_PER_STEP elements. */
export function* collectMarksSteps(root: Element): Steps<PageMarks> {
  const marks: PageMarks = {
    h1: [],
    times: [],
    dateAttrs: [],
    authorAttrs: [],
    dateClass: [],
    bylineClass: [],
  };
  let seen = 0;
  for (let el = root.firstElementChild; el; ) {
    if (++seen % ELEMENTS_PER_STEP === 0) yield;
    const tag = el.tagName;
    // Script, style, svg and noscript subtrees hold no marks and are skipped.
    const skip = tag === 'SCRIPT' || tag === 'STYLE' || tag === 'svg' || tag === 'NOSCRIPT';
    if (!skip) {
      if (tag === 'H1') add(marks.h1, el);
      // <time>, and custom elements that carry a datetime the same way (<relative-time datetime>).
      else if (tag === 'TIME' || el.hasAttribute('datetime')) add(marks.times, el);
      const itemprop = el.getAttribute('itemprop');
      if (itemprop) {
        if (/\bdatePublished\b/.test(itemprop)) add(marks.dateAttrs, el);
        else if (/\bauthor\b/.test(itemprop)) add(marks.authorAttrs, el);
      } else if (tag === 'TIME' && el.hasAttribute('pubdate')) add(marks.dateAttrs, el);
      const rel = el.getAttribute('rel');
      if (rel && /\bauthor\b/.test(rel)) add(marks.authorAttrs, el);
      const hint = `${el.getAttribute('class') ?? ''} ${el.id}`;
      if (hint.length > 1) {
        if (DATE_CLASS.test(hint)) add(marks.dateClass, el);
        if (BYLINE_CLASS.test(hint)) add(marks.bylineClass, el);
      }
    }
    el = nextInLight(el, root, !skip);
  }
  return marks;
}

/**
 * Elements under `root` whose class or id matches `hint`, in document order, up to `limit`: a walk
 * of a large part of the page, a yield every ELEMENTS_PER_STEP elements.
 */
export function* findMarkedSteps(root: Element, hint: RegExp, limit: number): Steps<Element[]> {
  const out: Element[] = [];
  let seen = 0;
  for (let el = root.firstElementChild; el && out.length < limit; el = nextInLight(el, root, true)) {
    if (++seen % ELEMENTS_PER_STEP === 0) yield;
    const cls = el.getAttribute('class');
    const id = el.id;
    if ((cls && hint.test(cls)) || (id && hint.test(id))) out.push(el);
  }
  return out;
}

/** `list` with the elements inside `scope` first. */
export function scopedFirst(list: Element[], scope: Element | null): Element[] {
  if (!scope) return list;
  return [...list.filter((e) => scope.contains(e)), ...list.filter((e) => !scope.contains(e))];
}
