import { describe, expect, it } from 'vitest';
import { annotationsAt, cardContent, pointInBoxes } from '../../../src/content/hover-hit';
import type { Annotation } from '../../../src/engine/types';

const t = (key: string, sub?: string) => (sub === undefined ? `<${key}>` : `<${key}:${sub}>`);
const base = { selectors: [] };
const directive: Annotation = {
  ...base,
  kind: 'directive',
  text: 'The minister asked Acme to cut prices by 5% before June.',
  start: 0,
  end: 56,
  issuer: 'The minister',
};
const figure: Annotation = {
  ...base,
  kind: 'figure',
  text: '5%',
  start: 38,
  end: 40,
  figureType: 'percent',
  value: 5,
  unit: 'percent',
};
const official: Annotation = {
  ...base,
  kind: 'official',
  text: 'Minister Jane Roe',
  start: 60,
  end: 77,
  name: 'Jane Roe',
  titles: ['Minister', 'Minister of Trade'],
};
const all = [directive, figure, official];

describe('annotationsAt', () => {
  it('finds the shortest annotation first where they nest, either edge counting', () => {
    expect(annotationsAt(all, 39)).toEqual([figure, directive]);
    expect(annotationsAt(all, 38)).toEqual([figure, directive]);
    expect(annotationsAt(all, 40)).toEqual([figure, directive]);
    expect(annotationsAt(all, 10)).toEqual([directive]);
  });

  it('finds nothing between annotations', () => {
    expect(annotationsAt(all, 58)).toEqual([]);
    expect(annotationsAt([], 3)).toEqual([]);
  });
});

describe('pointInBoxes', () => {
  const box = (left: number, top: number, right: number, bottom: number) =>
    ({ left, top, right, bottom }) as DOMRectReadOnly;
  it('returns the line box under the point', () => {
    const lines = [box(10, 10, 200, 30), box(10, 30, 80, 50)];
    expect(pointInBoxes(lines, 50, 40)).toBe(lines[1]);
    expect(pointInBoxes(lines, 100, 20)).toBe(lines[0]);
  });

  it('misses a point beside a short last line', () => {
    expect(pointInBoxes([box(10, 10, 200, 30), box(10, 30, 80, 50)], 150, 40)).toBeNull();
  });
});

describe('cardContent', () => {
  it('names the official with every title', () => {
    expect(cardContent(official, t)).toEqual({
      heading: '<cardOfficial>',
      main: 'Jane Roe',
      details: ['Minister', 'Minister of Trade'],
    });
  });

  it('gives the figure’s normalised value and unit, and the figure as written', () => {
    const money: Annotation = {
      ...figure,
      text: '$4.3 billion',
      figureType: 'money',
      value: 4.3e9,
      unit: 'USD',
    };
    expect(cardContent(money, t)).toEqual({
      heading: '<cardFigure>',
      main: '4.3 billion USD',
      details: ['$4.3 billion'],
    });
    expect(cardContent(figure, t).main).toBe('5%');
    expect(cardContent({ ...figure, value: null, unit: null }, t).main).toBe('<cardNoValue>');
  });

  it('names the directive’s issuer, or says none is stated', () => {
    expect(cardContent(directive, t).main).toBe('<issuedBy:The minister>');
    expect(cardContent({ ...directive, issuer: null }, t).main).toBe('<issuerUnknown>');
  });
});
