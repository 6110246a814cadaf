import type { AnalyzerInput, Annotation } from '../types';

/** Runs the three analyzers over the article text; annotations sorted by start offset. */
export function analyze(_input: AnalyzerInput): Annotation[] {
  return [];
}
