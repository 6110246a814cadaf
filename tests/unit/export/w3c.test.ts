import { describe, expect, it } from 'vitest';
import { toW3c } from '../../../src/export/w3c';
import { sampleExport } from './fixture.test-data';

type Body = Record<string, unknown>;
interface Item {
  id: string;
  type: string;
  motivation: string;
  created?: string;
  body: Body[];
  target: unknown;
}
interface Collection {
  '@context': string;
  type: string;
  total: number;
  first: { type: string; items: Item[] };
}

describe('toW3c', () => {
  const collection = toW3c(sampleExport()) as unknown as Collection;
  const items = collection.first.items;

  it('is an AnnotationCollection with one AnnotationPage holding every annotation', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(6);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(items).toHaveLength(6);
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });

  it('targets the page with the stored selectors', () => {
    expect(items[1]!.id).toBe('urn:uuid:2');
    expect(items[1]!.type).toBe('Annotation');
    expect(items[1]!.target).toEqual({
      source: 'https://tin.example/bai-1',
      selector: [{ type: 'TextPositionSelector', start: 30, end: 40 }],
    });
  });

  it('carries entity data as tags and textual bodies', () => {
    const figure = items[1]!;
    expect(figure.motivation).toBe('highlighting');
    expect(figure.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'money' });
    expect(figure.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'describing',
      value: '430,000,000,000 USD',
      format: 'text/plain',
    });
    const entity = figure.body.find((b) => b.format === 'application/json');
    expect(JSON.parse(String(entity?.value))).toEqual({
      figureType: 'money',
      value: 430_000_000_000,
      unit: 'USD',
    });
  });

  it('makes reader notes commenting annotations', () => {
    const note = items[5]!;
    expect(note.motivation).toBe('commenting');
    expect(note.created).toBe('2024-01-05T00:00:00.000Z');
    expect(note.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'commenting',
      value: 'Check this\nlater',
      format: 'text/plain',
    });
  });
});
