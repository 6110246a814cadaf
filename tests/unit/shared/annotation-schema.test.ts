import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ImportedAnnotationSchema, ImportedPageSchema } from '../../../src/export/import-schema';
import { PageAnnotatedMessageSchema } from '../../../src/shared/messages';
import {
  AutoAnnotationSchema,
  EngineAnnotationSchema,
  ReaderAnnotationSchema,
} from '../../../src/shared/schema/annotation';
import { PageRecordSchema } from '../../../src/shared/schema/page';
import { AnnotationRowSchema } from '../../../src/shared/schema/record';

const SELECTORS = [{ type: 'TextPositionSelector', start: 4, end: 13 }];
const official = {
  kind: 'official',
  text: 'Minister Ana Lopes',
  start: 4,
  end: 22,
  name: 'Ana Lopes',
  titles: ['Minister'],
};
const figure = {
  kind: 'figure',
  text: '12%',
  start: 30,
  end: 33,
  figureType: 'percent',
  value: 12,
  unit: 'percent',
};
const directive = {
  kind: 'directive',
  text: 'The mayor ordered a review.',
  start: 0,
  end: 27,
  issuer: 'The mayor',
};

const row = {
  id: 'r1',
  url: 'https://news.example/story',
  origin: 'auto',
  kind: 'official',
  quote: 'Minister Ana Lopes',
  start: 4,
  end: 22,
  selectors: SELECTORS,
  tags: ['official'],
  entityKey: 'official:ana lopes',
  name: 'Ana Lopes',
  titles: ['Minister'],
  created: 1,
  modified: 2,
};

const ok = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success;
const firstIssue = (schema: v.GenericSchema, value: unknown) => {
  const parsed = v.safeParse(schema, value);
  return parsed.success ? null : `${v.getDotPath(parsed.issues[0]!) ?? ''}: ${parsed.issues[0]!.message}`;
};

describe('engine annotation schema (the CLI contract and the messages build on it)', () => {
  it('accepts each kind with exactly its own fields', () => {
    for (const a of [official, figure, directive]) expect(ok(EngineAnnotationSchema, a)).toBe(true);
  });

  it('refuses an unknown kind, and a kind without its own fields', () => {
    expect(ok(EngineAnnotationSchema, { ...official, kind: 'person' })).toBe(false);
    expect(ok(EngineAnnotationSchema, { ...figure, kind: 'official' })).toBe(false);
    const { name: _name, ...nameless } = official;
    expect(firstIssue(EngineAnnotationSchema, nameless)).toMatch(/^name:/);
    const { figureType: _type, ...untyped } = figure;
    expect(firstIssue(EngineAnnotationSchema, untyped)).toMatch(/^figureType:/);
    expect(ok(EngineAnnotationSchema, { ...figure, figureType: 'weight' })).toBe(false);
    const { issuer: _issuer, ...noIssuer } = directive;
    expect(ok(EngineAnnotationSchema, noIssuer)).toBe(false);
    expect(ok(EngineAnnotationSchema, { ...directive, issuer: null })).toBe(true);
  });

  it('refuses offsets that are not whole non-negative numbers, and empty text', () => {
    expect(ok(EngineAnnotationSchema, { ...figure, start: -1 })).toBe(false);
    expect(ok(EngineAnnotationSchema, { ...figure, end: 33.5 })).toBe(false);
    expect(ok(EngineAnnotationSchema, { ...figure, start: '30' })).toBe(false);
    expect(ok(EngineAnnotationSchema, { ...figure, text: '' })).toBe(false);
    expect(ok(EngineAnnotationSchema, { ...figure, value: Number.POSITIVE_INFINITY })).toBe(false);
  });
});

describe('message payloads', () => {
  it('need selectors and an end after the start', () => {
    expect(ok(AutoAnnotationSchema, { ...figure, selectors: SELECTORS })).toBe(true);
    expect(ok(AutoAnnotationSchema, figure)).toBe(false);
    expect(firstIssue(AutoAnnotationSchema, { ...figure, end: 30, selectors: SELECTORS })).toContain(
      'end after it starts',
    );
    expect(ok(AutoAnnotationSchema, { ...figure, selectors: [{ type: 'XPathSelector', value: '/p' }] })).toBe(
      false,
    );
  });

  it('a page-annotated message carries only schema-shaped annotations', () => {
    const page = {
      url: 'https://news.example/story',
      canonicalUrl: null,
      title: 'A story',
      site: 'news.example',
      lang: 'en',
      published: null,
      byline: null,
    };
    const message = {
      type: 'content/page-annotated',
      page,
      part: { set: 'set-1', index: 0, count: 1 },
      annotations: [{ ...official, selectors: SELECTORS }],
    };
    expect(ok(PageAnnotatedMessageSchema, message)).toBe(true);
    const wrong = { ...message, annotations: [{ ...official, kind: 'highlight', selectors: SELECTORS }] };
    expect(ok(PageAnnotatedMessageSchema, wrong)).toBe(false);
  });

  it('a reader annotation has a reader kind and colour, and a note has a text', () => {
    const highlight = {
      kind: 'highlight',
      colour: 'blue',
      text: 'a review',
      start: 2,
      end: 10,
      selectors: [],
    };
    expect(ok(ReaderAnnotationSchema, highlight)).toBe(true);
    expect(ok(ReaderAnnotationSchema, { ...highlight, kind: 'official' })).toBe(false);
    expect(ok(ReaderAnnotationSchema, { ...highlight, colour: 'red' })).toBe(false);
    expect(ok(ReaderAnnotationSchema, { ...highlight, kind: 'note' })).toBe(false);
    expect(ok(ReaderAnnotationSchema, { ...highlight, kind: 'note', body: 'Ask why' })).toBe(true);
  });
});

describe('stored rows (what imports are checked against)', () => {
  it('is the schema the import uses', () => {
    expect(ImportedAnnotationSchema).toBe(AnnotationRowSchema);
    expect(ImportedPageSchema).toBe(PageRecordSchema);
  });

  it('accepts an automatic row with its kind fields and a reader row with its note', () => {
    expect(ok(AnnotationRowSchema, row)).toBe(true);
    const note = {
      ...row,
      origin: 'reader',
      kind: 'note',
      tags: [],
      entityKey: null,
      name: undefined,
      body: 'Check the date',
      colour: 'pink',
    };
    expect(ok(AnnotationRowSchema, note)).toBe(true);
  });

  it('refuses a row whose origin does not fit its kind, or that lacks its kind fields', () => {
    expect(ok(AnnotationRowSchema, { ...row, origin: 'reader' })).toBe(false);
    expect(ok(AnnotationRowSchema, { ...row, kind: 'highlight' })).toBe(false);
    expect(ok(AnnotationRowSchema, { ...row, kind: 'figure' })).toBe(false);
    expect(ok(AnnotationRowSchema, { ...row, kind: 'comment' })).toBe(false);
  });

  it('refuses offsets that run backwards or are not offsets, and unbounded times', () => {
    expect(firstIssue(AnnotationRowSchema, { ...row, start: 22, end: 4 })).toContain('cannot end before');
    expect(ok(AnnotationRowSchema, { ...row, start: 4, end: 4 })).toBe(true);
    expect(ok(AnnotationRowSchema, { ...row, start: -4 })).toBe(false);
    expect(ok(AnnotationRowSchema, { ...row, created: 1e17 })).toBe(false);
  });

  it('keeps only http(s) pages, under their page key', () => {
    const parsed = v.parse(AnnotationRowSchema, {
      ...row,
      url: 'https://news.example/story?utm_source=x#top',
    });
    expect(parsed.url).toBe('https://news.example/story');
    expect(ok(AnnotationRowSchema, { ...row, url: 'javascript:alert(1)' })).toBe(false);
  });
});
