/**
 * The learned directive scorer's training rows: every sentence of the seed and entities-dev pages
 * that the rules read and that holds a cue, with its features, its gold label (G directive, O
 * optional, N not) and the rules' decision. Dev pages only: the check set is never read here.
 */
import { enTriggerOffsets } from '../../../src/engine/lang/en/find-directives';
import { splitSentences } from '../../../src/engine/text/sentences';
import { tokenize } from '../../../src/engine/text/words';
import type { OfficialAnnotation, TextBlock } from '../../../src/engine/types';
import { devAnalyses } from '../dev-analyses';
import { keyMatches } from '../entities-score';
import { directiveFeatures } from './featurize';

export interface SentenceRow {
  page: string;
  lang: string;
  label: 'G' | 'O' | 'N';
  rule: boolean;
  /** null: no cue, the scorer leaves the rules' decision. */
  features: string[] | null;
}

export interface PageRows {
  page: string;
  lang: string;
  rows: SentenceRow[];
  /** Gold directives that no sentence of the page matches: misses whatever is decided. */
  unmatchedGold: number;
}

/** The blocks the English rules split: those holding a trigger word (see the en pack). */
function enWanted(triggers: number[]): (b: TextBlock) => boolean {
  return (b) => triggers.some((t) => t >= b.start && t < b.end);
}

export async function collectRows(shared: string): Promise<PageRows[]> {
  const out: PageRows[] = [];
  for await (const { page, lang, gold, text, blocks, annotations } of devAnalyses(shared)) {
    const words = tokenize(text);
    const sentences = splitSentences(
      text,
      blocks,
      lang === 'en' ? enWanted(enTriggerOffsets(words)) : undefined,
    );
    const officials = annotations.filter((a): a is OfficialAnnotation => a.kind === 'official');
    const ruleStarts = new Set(annotations.filter((a) => a.kind === 'directive').map((a) => a.start));
    const features = directiveFeatures(lang, text, sentences, officials, words, ruleStarts);
    const optional = (gold.directives_optional ?? []).map((o) => (typeof o === 'string' ? o : o.key));
    const matched = new Set<number>();
    const rows: SentenceRow[] = sentences.map((s, i) => {
      const t = text.slice(s.start, s.end).replace(/\s+/gu, ' ');
      const g = gold.directives.findIndex((d, k) => !matched.has(k) && keyMatches(t, d.key));
      if (g >= 0) matched.add(g);
      const label = g >= 0 ? 'G' : optional.some((k) => keyMatches(t, k)) ? 'O' : 'N';
      return { page, lang, label, rule: ruleStarts.has(s.start), features: features[i] ?? null };
    });
    out.push({ page, lang, rows, unmatchedGold: gold.directives.length - matched.size });
  }
  return out;
}
