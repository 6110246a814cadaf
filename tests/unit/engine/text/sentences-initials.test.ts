import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/engine/text/sentences';

function split(text: string): string[] {
  return splitSentences(text, [{ kind: 'paragraph', start: 0, end: text.length }]).map((s) =>
    text.slice(s.start, s.end),
  );
}

describe('splitSentences: initials written together', () => {
  it('keeps "M.K. Selvan" and "George H.W. Baxter" inside their sentence', () => {
    expect(split('Chief Minister M.K. Selvan ordered officials to act. They did.')).toEqual([
      'Chief Minister M.K. Selvan ordered officials to act.',
      'They did.',
    ]);
    expect(split('President George H.W. Baxter met him.')).toHaveLength(1);
  });
  it('still ends a sentence at a place or before a word that opens one', () => {
    expect(split('The mayor spoke in Washington, D.C. Officials left.')).toHaveLength(2);
    expect(split('She studied at the I.I.T. The institute said so.')).toHaveLength(2);
  });
});
