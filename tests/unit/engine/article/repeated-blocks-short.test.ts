import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropRepeatedBlocks } from '../../../../src/engine/article/repeated-blocks';
import type { ArticleBlock } from '../../../../src/engine/types';

describe('dropRepeatedBlocks', () => {
  it('measures the text, not the white space around it: a short padded label repeats freely', () => {
    const pad = ' '.repeat(90);
    const doc = new JSDOM(
      `<table><tr><td>${pad}started${pad}</td></tr><tr><td>${pad}started${pad}</td></tr></table>`,
    ).window.document;
    const blocks: ArticleBlock[] = [...doc.querySelectorAll('td')].map((element) => ({
      kind: 'paragraph',
      element,
    }));
    expect(dropRepeatedBlocks(blocks)).toHaveLength(2);
  });

  it('keeps a long line repeated in a table: a timetable gives the same entry on two days', () => {
    const entry =
      'Leaves the house at nine and walks along the river path to the market, where she stays until noon.';
    const doc = new JSDOM(
      `<table><tr><td>Monday</td><td>${entry}</td></tr><tr><td>Friday</td><td>${entry}</td></tr></table>`,
    ).window.document;
    const blocks: ArticleBlock[] = [...doc.querySelectorAll('td')].map((element) => ({
      kind: 'paragraph',
      element,
    }));
    expect(dropRepeatedBlocks(blocks)).toHaveLength(4);
  });
});
