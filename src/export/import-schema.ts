import * as v from 'valibot';
import { PageRecordSchema } from '../shared/schema/page';
import { AnnotationRowSchema } from '../shared/schema/record';

/**
 * What one imported record must look like before it goes near the database: exactly a stored
 * record (src/shared/schema), so an import can hold nothing a visit could not have written.
 * Unknown fields are dropped (valibot's object strips them); every string and list is bounded;
 * addresses become page keys.
 */
export const ImportedPageSchema = PageRecordSchema;
export const ImportedAnnotationSchema = AnnotationRowSchema;

export type ImportedPage = v.InferOutput<typeof ImportedPageSchema>;
export type ImportedAnnotation = v.InferOutput<typeof ImportedAnnotationSchema>;

/** "annotations[3].start: Invalid type…": the first problem of a record, for the summary. */
export function describeIssue(where: string, issues: readonly v.BaseIssue<unknown>[]): string {
  const [issue] = issues;
  if (!issue) return `${where}: invalid`;
  const path = v.getDotPath(issue);
  return `${where}${path ? `.${path}` : ''}: ${issue.message}`;
}
