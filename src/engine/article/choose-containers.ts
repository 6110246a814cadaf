/**
 * Content scoring in the manner of Mozilla Readability, on measured stats instead of a mutated clone:
 * each text unit scores 1 + commas + one point per 100 characters (up to 3), given in full to its
 * parent, half to its grandparent and a shrinking share further up; scores are damped by link
 * density. The best element, possibly lifted to a shared ancestor, and its rich siblings hold the article.
 */
import { linkDensity, type NodeStats, type PageStats } from './dom-stats';
import { classWeight } from './hints';
import { findIntroParagraphs } from './intro-block';
import { childrenOf, parentOf } from './tree';

const TAG_BASE: Record<string, number> = {
  DIV: 5,
  PRE: 3,
  TD: 3,
  BLOCKQUOTE: 3,
  ADDRESS: -3,
  OL: -3,
  UL: -3,
  DL: -3,
  DD: -3,
  DT: -3,
  LI: -3,
  FORM: -3,
  H1: -5,
  H2: -5,
  H3: -5,
  H4: -5,
  H5: -5,
  H6: -5,
  TH: -5,
};
const ANCESTOR_LEVELS = 5;
const TOP_CANDIDATES = 5;

export interface Containers {
  /** Elements whose blocks make the article, in document order. */
  elements: Element[];
  /** The article's opening paragraphs, set apart in a block before the body's part (see intro-block). */
  intro: Element[];
  top: Element | null;
  topScore: number;
}

function scoreUnits(page: PageStats, useWeights: boolean): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const unit of page.units) {
    const points = 1 + unit.commas + Math.min(Math.floor(unit.chars / 100), 3);
    let ancestor: Element | null = unit.holder;
    for (let level = 0; ancestor && level < ANCESTOR_LEVELS; level++, ancestor = parentOf(ancestor)) {
      if (!parentOf(ancestor)) break; // <html> is never the article
      let score = scores.get(ancestor);
      if (score === undefined)
        score = (TAG_BASE[ancestor.tagName] ?? 0) + (useWeights ? classWeight(ancestor) : 0);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, score + points / divider);
    }
  }
  for (const [el, score] of scores) {
    const s = page.stats.get(el);
    scores.set(el, s ? score * (1 - linkDensity(s)) : 0);
  }
  return scores;
}

function ancestorsOf(el: Element): Set<Element> {
  const out = new Set<Element>();
  for (let a = parentOf(el); a; a = parentOf(a)) out.add(a);
  return out;
}

function liftTop(top: Element, scores: Map<Element, number>, ranked: [Element, number][]): Element {
  const topScore = scores.get(top) ?? 0;
  // Several near-equal candidates under one ancestor: the ancestor is the article (split bodies).
  const alternatives = ranked
    .slice(1)
    .filter(([, s]) => s / topScore >= 0.75)
    .map(([el]) => ancestorsOf(el));
  if (alternatives.length >= 3) {
    for (let p = parentOf(top); p && p.tagName !== 'BODY'; p = parentOf(p)) {
      if (alternatives.filter((set) => set.has(p!)).length >= 3) {
        top = p;
        break;
      }
    }
  }
  // A parent scoring higher than the child on the way up gathers content the child lacks.
  let lastScore = scores.get(top) ?? topScore;
  const threshold = lastScore / 3;
  for (let p = parentOf(top); p && p.tagName !== 'BODY'; p = parentOf(p)) {
    const parentScore = scores.get(p);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = p;
      break;
    }
    lastScore = parentScore;
  }
  for (let p = parentOf(top); p && p.tagName !== 'BODY' && childrenOf(p).length === 1; p = parentOf(p))
    top = p;
  return top;
}

function joinSiblings(
  top: Element,
  topScore: number,
  scores: Map<Element, number>,
  page: PageStats,
): Element[] {
  const parent = parentOf(top);
  if (!parent || top.tagName === 'BODY') return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const out: Element[] = [];
  for (const sibling of childrenOf(parent)) {
    if (sibling === top) {
      out.push(sibling);
      continue;
    }
    const s: NodeStats | undefined = page.stats.get(sibling);
    if (!s) continue;
    const bonus = topClass && sibling.getAttribute('class') === topClass ? topScore * 0.2 : 0;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= threshold) out.push(sibling);
    else if (sibling.tagName === 'P') {
      const density = linkDensity(s);
      if (s.chars > 80 && density < 0.25) out.push(sibling);
      else if (s.chars <= 80 && s.chars > 0 && density === 0 && /\.( |$)/.test(sibling.textContent ?? ''))
        out.push(sibling);
    }
  }
  return out;
}

/**
 * Parts of one body split far apart by the page's layout (a first screen of paragraphs in one row,
 * the rest in another after an ad slot): elements marked up exactly like the best container, same
 * tag and class, holding real prose, elsewhere on the page. Joined in reading order.
 */
function findTwins(
  model: Element,
  modelScore: number,
  scores: Map<Element, number>,
  page: PageStats,
): Element[] {
  const modelClass = model.getAttribute('class')?.trim();
  if (!modelClass) return [];
  const threshold = Math.max(10, modelScore * 0.1);
  const twins: Element[] = [];
  for (const [el, score] of scores) {
    if (el === model || score < threshold || el.tagName !== model.tagName) continue;
    if (el.getAttribute('class')?.trim() !== modelClass) continue;
    const s = page.stats.get(el);
    // Real prose, not a teaser line that happens to reuse the body's class.
    if (!s || s.paragraphs < 1 || s.chars < 250 || linkDensity(s) > 0.25) continue;
    twins.push(el);
  }
  return twins;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

function inReadingOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

export function chooseContainers(page: PageStats, body: Element, useWeights: boolean): Containers {
  const scores = scoreUnits(page, useWeights);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, TOP_CANDIDATES);
  const best = ranked[0];
  if (!best || best[0] === body)
    return { elements: page.stats.has(body) ? [body] : [], intro: [], top: body, topScore: 0 };
  const top = liftTop(best[0], scores, ranked);
  const topScore = scores.get(top) ?? best[1];
  const elements = joinSiblings(top, topScore, scores, page);
  // The best-scored element, before lifting through wrappers, and the lifted top are the body's own markup.
  const models = top === best[0] ? [best] : [best, [top, topScore] as [Element, number]];
  const candidates = new Set(models.flatMap(([model, score]) => findTwins(model, score, scores, page)));
  const twins = [...candidates].filter((t) => !elements.some((e) => e.contains(t) || t.contains(e)));
  const joined = twins.length ? inReadingOrder([...elements, ...twins]) : elements;
  return { elements: joined, intro: findIntroParagraphs(top, joined, page), top, topScore };
}
