import type { AnalyzerInput, Annotation } from '../types';
import { findDirectives } from './directives/find-directives';
import { findFigures } from './figures/find-figures';
import { findOfficials } from './officials/find-officials';
import { tokenize } from './officials/words';

/** Runs the three analyzers over the article text; annotations sorted by start offset. */
export function analyze(input: AnalyzerInput): Annotation[] {
  const { text, lang } = input;
  const lower: string[] = [];
  const words = tokenize(text, lower);
  const officials = findOfficials(text, lang, words, lower);
  const figures = findFigures(text, lang);
  const directives = findDirectives(
    text,
    lang,
    input.blocks,
    officials.annotations,
    officials.entities,
    words,
  );
  const all: Annotation[] = [...officials.annotations, ...figures, ...directives];
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}
