import { describe, expect, it } from 'vitest';
import { type ArticleFinder, articleFinder, provideArticleFinder } from '../../../src/content/article-finder';

const finder: ArticleFinder = { annotatePage: async () => ({ result: null, skipped: 'text' }) };

describe('articleFinder (content-finder.js and content.js meet on their global)', () => {
  it('finds the finder content-finder.js left, at once', async () => {
    const scope = {};
    provideArticleFinder(finder, scope);
    expect(await articleFinder(scope)).toBe(finder);
  });

  it('waits a few turns for a finder that comes later (scripts run in another order)', async () => {
    const scope = {};
    setTimeout(() => provideArticleFinder(finder, scope), 0);
    expect(await articleFinder(scope)).toBe(finder);
  });

  it('gives null, without hanging, when the finder never comes', async () => {
    expect(await articleFinder({}, 3)).toBeNull();
  });
});
