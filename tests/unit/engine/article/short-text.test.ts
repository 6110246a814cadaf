import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src/cli/load-document';
import { collectMarks } from '../../../../src/engine/article/find-marked';
import { findDatelineNearHeadline } from '../../../../src/engine/article/published';
import { shortTextOf } from '../../../../src/engine/article/short-text';

describe('shortTextOf', () => {
  it('is the element text when short, across nesting, scripts included as textContent has them', () => {
    const doc = parseHtml('<div id="d">Jan <b>22, <i>2014</i></b><script>x</script><!-- no --> end</div>');
    const el = doc.getElementById('d')!;
    expect(shortTextOf(el, 200)).toBe(el.textContent);
    expect(shortTextOf(doc.createElement('p'), 10)).toBe('');
  });

  it('is null past the limit', () => {
    const doc = parseHtml(`<div id="d"><p>${'word '.repeat(50)}</p><p>more</p></div>`);
    expect(shortTextOf(doc.getElementById('d')!, 200)).toBeNull();
  });
});

describe('the date line by the headline', () => {
  it('never builds the whole text of a long block beside the headline', () => {
    const body = `<p>${'The harbour board met again on the budget for the new quay. '.repeat(40)}</p>`;
    const doc = parseHtml(
      `<html><body><div><header><h1>New quay</h1></header><div id="body">${body.repeat(5)}</div><p>22 January 2014</p></div></body></html>`,
    );
    // The body beside the header: reading its textContent would build all of it just to reject it.
    Object.defineProperty(doc.getElementById('body')!, 'textContent', {
      get() {
        throw new Error('textContent of a long block read');
      },
    });
    expect(findDatelineNearHeadline(collectMarks(doc.body), null, true)).toBe('2014-01-22');
  });
});
