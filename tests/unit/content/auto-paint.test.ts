import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutoPainter, annotationsToPaint, PAINT_EVERYTHING } from '../../../src/content/auto-paint';
import { buildTextModel } from '../../../src/engine/text/build-text-model';
import type { Annotation, TextModel } from '../../../src/engine/types';

const TEXT = 'Minister Jane Roe ordered banks to cut fees by 5% before June.';

function annotation(kind: Annotation['kind'], text: string): Annotation {
  const start = TEXT.indexOf(text);
  const end = start + text.length;
  if (kind === 'official') return { kind, text, start, end, name: 'Jane Roe', titles: ['Minister'] };
  if (kind === 'figure') return { kind, text, start, end, figureType: 'percent', value: 5, unit: 'percent' };
  return { kind, text, start, end, issuer: 'Jane Roe' };
}

const ANNOTATIONS = [
  annotation('directive', 'ordered banks to cut fees by 5% before June'),
  annotation('official', 'Minister Jane Roe'),
  annotation('figure', '5%'),
];

/** The CSS Custom Highlight API, which jsdom lacks: a Highlight is a set of ranges. */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

let dom: JSDOM;
let model: TextModel;
const highlights = new Map<string, FakeHighlight>();
const painted = (name: string) => [...(highlights.get(name) ?? [])].map((range) => range.toString());

beforeEach(() => {
  dom = new JSDOM(`<!doctype html><body><article><p>${TEXT}</p></article></body>`);
  const p = dom.window.document.querySelector('p')!;
  model = buildTextModel([{ kind: 'paragraph', element: p as unknown as Element }]);
  highlights.clear();
  Object.assign(globalThis, { CSS: { highlights }, Highlight: FakeHighlight });
});

afterEach(() => {
  dom.window.close();
  Reflect.deleteProperty(globalThis, 'CSS');
  Reflect.deleteProperty(globalThis, 'Highlight');
});

describe('annotationsToPaint', () => {
  it('keeps only the categories switched on', () => {
    const kinds = (paint: typeof PAINT_EVERYTHING) =>
      annotationsToPaint(ANNOTATIONS, paint).map((a) => a.kind);
    expect(kinds(PAINT_EVERYTHING)).toEqual(['directive', 'official', 'figure']);
    expect(kinds({ official: true, figure: false, directive: true })).toEqual(['directive', 'official']);
    expect(kinds({ official: false, figure: false, directive: false })).toEqual([]);
  });
});

describe('AutoPainter', () => {
  it('paints everything until told otherwise', () => {
    const painter = new AutoPainter();
    expect(painter.show(model, ANNOTATIONS)).toBe(3);
    expect(painted('newsmark-official')).toEqual(['Minister Jane Roe']);
    expect(painted('newsmark-figure')).toEqual(['5%']);
  });

  it('gives a switched-off category an empty Highlight under its name and repaints without the engine', () => {
    const painter = new AutoPainter();
    painter.show(model, ANNOTATIONS);
    painter.change({ official: true, figure: false, directive: true });
    expect(highlights.has('newsmark-figure')).toBe(true);
    expect(painted('newsmark-figure')).toEqual([]);
    expect(painted('newsmark-official')).toEqual(['Minister Jane Roe']);
    expect(painted('newsmark-directive')).toHaveLength(1);
    painter.change(PAINT_EVERYTHING);
    expect(painted('newsmark-figure')).toEqual(['5%']);
  });

  it('applies the page-load answer, given before or after the first paint', () => {
    const early = new AutoPainter();
    early.answered({ official: false, figure: true, directive: true });
    early.show(model, ANNOTATIONS);
    expect(painted('newsmark-official')).toEqual([]);

    highlights.clear();
    const late = new AutoPainter();
    late.show(model, ANNOTATIONS);
    late.answered({ official: true, figure: true, directive: false });
    expect(painted('newsmark-directive')).toEqual([]);
    expect(painted('newsmark-official')).toEqual(['Minister Jane Roe']);
  });

  it('lets a change notice from the popup win over a later page-load answer', () => {
    const painter = new AutoPainter();
    painter.show(model, ANNOTATIONS);
    painter.change({ official: true, figure: false, directive: true });
    painter.answered(PAINT_EVERYTHING);
    expect(painter.paint.figure).toBe(false);
    expect(painted('newsmark-figure')).toEqual([]);
  });

  it('clears its highlights, and a later change paints nothing stale', () => {
    const painter = new AutoPainter();
    painter.show(model, ANNOTATIONS);
    painter.clear();
    expect(highlights.size).toBe(0);
    painter.change(PAINT_EVERYTHING);
    expect(highlights.size).toBe(0);
  });
});
