import { analyze } from '../../../../src/engine/analyze/analyze';
import type { Annotation, Lang, TextBlock } from '../../../../src/engine/types';

/** Analyzes paragraphs joined the way the text model joins blocks (a blank line between). */
export function run(lang: Lang, ...paragraphs: string[]): Annotation[] {
  const blocks: TextBlock[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({ kind: 'paragraph', start: text.length, end: text.length + p.length });
    text += p;
  }
  return analyze({ text, lang, blocks });
}

export const figures = (a: Annotation[]) => a.flatMap((x) => (x.kind === 'figure' ? [x] : []));
export const officials = (a: Annotation[]) => a.flatMap((x) => (x.kind === 'official' ? [x] : []));
export const directives = (a: Annotation[]) => a.flatMap((x) => (x.kind === 'directive' ? [x] : []));
