import { numberConvention, packFor } from '../lang/packs';
import { tokenize } from '../text/words';
import type { AnalyzerInput, Annotation } from '../types';
import { findDirectives } from './directives/find-directives';
import { findFigures } from './figures/find-figures';
import { findOfficials } from './officials/find-officials';

/**
 * Runs the analyzers over the article text; annotations sorted by start offset. A language
 * with a pack gets all three; one whose number convention alone is known gets figures; any
 * other gets nothing rather than another language's rules misapplied.
 */
export function analyze(input: AnalyzerInput): Annotation[] {
  const { text, lang } = input;
  const pack = packFor(lang);
  const numbers = numberConvention(lang);
  const figures = numbers ? findFigures(text, numbers) : [];
  if (!pack) return figures;
  const words = tokenize(text);
  const officials = findOfficials(text, pack, words);
  const directives = findDirectives(
    text,
    pack,
    input.blocks,
    officials.annotations,
    officials.entities,
    words,
  );
  const all: Annotation[] = [...officials.annotations, ...figures, ...directives];
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}
