import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src/cli/load-document';
import { readJsonLd, readJsonLdSteps } from '../../../../src/engine/article/json-ld';

const block = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

// Each block is parsed in a step of its own: a page's blocks may be tens of KB each.
describe('readJsonLdSteps', () => {
  it('yields after each block, a broken one included, with the result of readJsonLd', () => {
    const doc = parseHtml(
      `<!doctype html><head>${block({ '@type': 'WebSite', name: 'Daily' })}<script type="application/ld+json">{broken</script>${block({ '@type': 'NewsArticle', headline: 'Council votes' })}</head><body><p>x</p></body>`,
      'https://example.test/a',
    );
    const steps = readJsonLdSteps(doc);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBe(3);
    expect(step.value).toEqual(readJsonLd(doc));
    expect(step.value.article?.headline).toBe('Council votes');
    expect([...step.value.types].sort()).toEqual(['NewsArticle', 'WebSite']);
  });
});
