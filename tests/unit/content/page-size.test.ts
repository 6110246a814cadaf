import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/load-document';
import { measurePageSize, PAGE_LIMITS } from '../../../src/content/page-size';
import { WORK_PER_STEP } from '../../../src/engine/steps';
import { deepChain } from '../helpers/deep-chain';

function measure(doc: Document, limits = PAGE_LIMITS) {
  const steps = measurePageSize(doc, limits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const story = '<article><h1>Council votes</h1><p>The council approved the plan on Monday.</p></article>';

describe('measurePageSize', () => {
  it('passes an ordinary page', () => {
    expect(measure(parseHtml(`<!doctype html><body><nav>Home</nav>${story}</body>`))).toBeNull();
  });

  it('refuses a page with too many elements', () => {
    const cells = '<td>1</td>'.repeat(200);
    const doc = parseHtml(`<!doctype html><body><table><tr>${cells}</tr></table></body>`);
    expect(measure(doc, { ...PAGE_LIMITS, elements: 100 })).toBe('elements');
    expect(measure(doc, { ...PAGE_LIMITS, elements: 1_000 })).toBeNull();
  });

  it('refuses a page nested deeper than the limit, without recursing', () => {
    const { root } = deepChain(100_000, 'Deep inside, the council voted.');
    const doc = { body: { textContent: 'Deep inside, the council voted.' }, documentElement: root };
    expect(measure(doc as unknown as Document)).toBe('depth');
    expect(
      measure(doc as unknown as Document, { ...PAGE_LIMITS, depth: 200_000, elements: 200_000 }),
    ).toBeNull();
  });

  it('refuses a page with more text than the limit', () => {
    const doc = parseHtml(`<!doctype html><body><p>${'A long line of text. '.repeat(100)}</p></body>`);
    expect(measure(doc, { ...PAGE_LIMITS, textChars: 1_000 })).toBe('text');
  });

  it('passes a page with no body', () => {
    const doc = parseHtml('<!doctype html><body><p>x</p></body>');
    doc.documentElement.removeChild(doc.body);
    expect(measure(doc)).toBeNull();
  });
});

describe('measurePageSize counts only the text in <body>, in steps', () => {
  const limits = { ...PAGE_LIMITS, textChars: 1_000 };

  it('leaves out the text of the head (a large inline script there is not the page)', () => {
    const script = `<script>var data = "${'x'.repeat(5_000)}";</script>`;
    const doc = parseHtml(`<!doctype html><head>${script}</head><body><p>A short notice.</p></body>`);
    expect(measure(doc, limits)).toBeNull();
  });

  it('adds up text spread over many paragraphs', () => {
    const paragraphs = (n: number) => '<p>The ferry leaves at noon.</p>'.repeat(n); // 25 characters each
    expect(measure(parseHtml(`<!doctype html><body>${paragraphs(60)}</body>`), limits)).toBe('text');
    expect(measure(parseHtml(`<!doctype html><body>${paragraphs(30)}</body>`), limits)).toBeNull();
  });

  it('pauses on a large page and gives the same answer as in one go', () => {
    const cells = '<td>7</td>'.repeat(5_000);
    const doc = parseHtml(`<!doctype html><body><table><tr>${cells}</tr></table></body>`);
    const steps = measurePageSize(doc);
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses += 1;
    expect(pauses).toBeGreaterThan(2);
    expect(measure(doc)).toBeNull();
    expect(measure(doc, { ...PAGE_LIMITS, elements: 4_000 })).toBe('elements');
  });

  // A step's length in time follows the nodes it touches (cold, each builds its script wrapper) and
  // the text it sums: a step of bounded work lets the runner's slice, not the page, bound a task.
  it('yields at least once every WORK_PER_STEP nodes, and more often through long text', () => {
    const count = (doc: Document) => {
      let pauses = 0;
      const steps = measurePageSize(doc);
      for (let step = steps.next(); !step.done; step = steps.next()) pauses += 1;
      return pauses;
    };
    const cells = parseHtml(
      `<!doctype html><body><table><tr>${'<td>7</td>'.repeat(1_000)}</tr></table></body>`,
    );
    const nodes = cells.getElementsByTagName('*').length + 1_000; // each cell's text node
    expect(count(cells)).toBeGreaterThanOrEqual(Math.floor(nodes / WORK_PER_STEP) - 1);
    const long = `<p>${'word '.repeat(20_000)}</p>`; // 100,000 characters
    const text = parseHtml(`<!doctype html><body>${long.repeat(3)}</body>`);
    // Ten nodes, under a step's count: each long text ends a step (a pause before the next node).
    expect(count(text)).toBeGreaterThanOrEqual(2);
  });
});
