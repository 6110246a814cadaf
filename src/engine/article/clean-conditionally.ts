/**
 * Readability's conditional cleaning, read off the measured stats: a container inside the article
 * is dropped when its shape says furniture (more links than prose, more images than paragraphs,
 * form inputs, lone embeds, list items outnumbering paragraphs) unless it carries real prose.
 */
import { linkDensity, type NodeStats } from './dom-stats';
import { classWeight } from './hints';

const CLEANED = new Set(['DIV', 'SECTION', 'UL', 'OL', 'TABLE', 'FORM', 'FIELDSET', 'HEADER', 'ASIDE', 'DL']);

/**
 * One short paragraph of a few words, no links, wrapped on its own: pages that wrap each paragraph
 * in a <div> set their short lines (a numbered step, a bold subhead) that way; an ad slot's label
 * is a word or two.
 */
function isWrappedLine(el: Element, s: NodeStats, density: number): boolean {
  if (s.paragraphs !== 1 || s.images > 0 || density > 0) return false;
  return (el.textContent ?? '').trim().split(/\s+/).length >= 4;
}

/** Tables of data (caption, header cells, or many cells) are content, not layout. */
function isDataTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation') return false;
  if (table.querySelector('caption, th, thead, colgroup')) return !table.querySelector('table');
  if (table.querySelector('table')) return false;
  const rows = table.querySelectorAll('tr').length;
  const columns = table.querySelector('tr')?.children.length ?? 0;
  return rows >= 10 || columns > 4 || rows * columns > 10;
}

export function isJunkContainer(el: Element, s: NodeStats, inFigure: boolean): boolean {
  const tag = el.tagName;
  if (!CLEANED.has(tag)) return false;
  if (tag === 'TABLE' && isDataTable(el)) return false;
  const weight = classWeight(el);
  if (weight < 0) return s.commas < 10 || linkDensity(s) > 0.3;
  if (s.commas >= 10) return false;
  let isList = tag === 'UL' || tag === 'OL';
  const density = linkDensity(s);
  if (!isList && s.listItems > 0 && s.paragraphs === 0) isList = true;
  const p = s.paragraphs;
  const remove =
    (s.images > 1 && p / s.images < 0.5 && !inFigure) ||
    (!isList && s.listItems - 100 > p) ||
    s.inputs > Math.floor(p / 3) ||
    (!isList &&
      (s.chars ? s.headingChars / s.chars : 0) < 0.9 &&
      s.chars < 25 &&
      (s.images === 0 || s.images > 2) &&
      !inFigure &&
      !isWrappedLine(el, s, density)) ||
    (!isList && weight < 25 && density > 0.2) ||
    (weight >= 25 && density > 0.5) ||
    // Embeds beside real paragraphs are the article's (a video, a chart); alone they are ad slots.
    (s.embeds === 1 && s.chars < 75) ||
    (s.embeds > 1 && p < s.embeds);
  if (!remove) return false;
  // A list of images (a gallery) stays; so does a list whose items carry prose.
  if (isList && s.images > 0 && s.images >= s.listItems) return false;
  if (isList && density < 0.5 && s.chars > s.listItems * 40) return false;
  return true;
}
