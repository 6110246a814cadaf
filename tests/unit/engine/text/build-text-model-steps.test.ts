import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src/cli/load-document';
import { buildTextModel, buildTextModelSteps } from '../../../../src/engine/text/build-text-model';
import type { ArticleBlock, TextModel } from '../../../../src/engine/types';
import { deepChain } from '../../helpers/deep-chain';

function blocksOf(html: string): ArticleBlock[] {
  const doc = parseHtml(`<!doctype html><body>${html}</body>`);
  return Array.from(doc.querySelectorAll('p')).map((element) => ({ kind: 'paragraph' as const, element }));
}

function runSteps(blocks: ArticleBlock[]): { model: TextModel; pauses: number } {
  const steps = buildTextModelSteps(blocks);
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { model: step.value, pauses };
    pauses += 1;
  }
}

const sentence = 'The mayor said the new bridge cost 12 million dollars. ';

describe('buildTextModelSteps', () => {
  it('gives the same text, blocks and segments as buildTextModel', () => {
    const html =
      '<p>  Ngày 4/1, tại <b>Hà</b> Nội </p><p>Soft\u00adhyphen and zero\u200bwidth.</p><p>Cafe\u0301 cre\u0300me<br>next line</p>';
    const whole = buildTextModel(blocksOf(html));
    const { model } = runSteps(blocksOf(html));
    expect(model.text).toBe(whole.text);
    expect(model.blocks).toEqual(whole.blocks);
    expect(model.segments.map(({ node, ...rest }) => ({ ...rest, text: node.data }))).toEqual(
      whole.segments.map(({ node, ...rest }) => ({ ...rest, text: node.data })),
    );
  });

  it('pauses inside one long Text node and keeps a word across the pause as one segment', () => {
    const long = sentence.repeat(2_000); // ~110,000 characters in one Text node
    const { model, pauses } = runSteps(blocksOf(`<p>${long}</p>`));
    expect(pauses).toBeGreaterThan(5);
    expect(model.text).toBe(long.trim());
    // Every segment is one word: no pause split a word into two segments.
    for (const segment of model.segments)
      expect(model.text.slice(segment.start, segment.end)).not.toContain(' ');
    expect(model.segments.length).toBe(long.trim().split(' ').length);
  });

  it('reads a block nested 100,000 elements deep without running out of stack', () => {
    const { root } = deepChain(100_000, 'Deep inside, the council voted.');
    const model = buildTextModel([{ kind: 'paragraph', element: root as unknown as Element }]);
    expect(model.text).toBe('Deep inside, the council voted.');
  });
});
