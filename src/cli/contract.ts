import * as v from 'valibot';
import type { AnnotateResult, Annotation } from '../engine/types';
import { ENGINE_FIELDS, EngineAnnotationSchema } from '../shared/schema/annotation';

/**
 * The CLI's JSON line for one page (see docs/design.md). Its annotations are the shared
 * annotation schema's engine kinds, so the contract cannot drift from what the extension stores.
 */
export const ContractRecordSchema = v.object({
  file: v.string(),
  article: v.object({
    isArticle: v.boolean(),
    title: v.nullable(v.string()),
    byline: v.nullable(v.string()),
    published: v.nullable(v.string()),
    lang: v.nullable(v.string()),
    siteName: v.nullable(v.string()),
    text: v.string(),
  }),
  annotations: v.array(EngineAnnotationSchema),
  timings: v.object({
    articleMs: v.number(),
    textMs: v.number(),
    analyzeMs: v.number(),
    totalMs: v.number(),
  }),
});
export type ContractRecord = v.InferOutput<typeof ContractRecordSchema>;

/**
 * The fields of `value` a schema object names, in the schema's order (nothing else leaks out);
 * an optional field it does not have (a range's `valueTo` on a single number) is left out.
 */
function pick<T extends object>(value: T, keys: readonly PropertyKey[]): T {
  return Object.fromEntries(
    keys.flatMap((key) => (value[key as keyof T] === undefined ? [] : [[key, value[key as keyof T]]])),
  ) as T;
}

/** One annotation exactly as the contract names its fields. */
function contractAnnotation(a: Annotation): Annotation {
  return pick(a, ENGINE_FIELDS[a.kind]);
}

const ARTICLE_FIELDS = Object.keys(ContractRecordSchema.entries.article.entries);
const TIMING_FIELDS = Object.keys(ContractRecordSchema.entries.timings.entries);

/** The JSON line for one page. */
export function contractRecord(file: string, result: AnnotateResult): ContractRecord {
  return {
    file,
    article: pick(result.article, ARTICLE_FIELDS),
    annotations: result.annotations.map(contractAnnotation),
    timings: pick(result.timings, TIMING_FIELDS),
  };
}
