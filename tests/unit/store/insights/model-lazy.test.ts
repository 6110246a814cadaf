import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../../src/store/insights/model';
import { type PageProjection, projectPage } from '../../../../src/store/insights/projection';
import { EN, insightsLibrary, VI } from './fixtures';

function projections(): PageProjection[] {
  const { pages, annotations } = insightsLibrary();
  return pages.map((p) => projectPage(p, annotations));
}

/** The projections with their officials unreadable, as a bundle part left unread is. */
function withoutOfficials(list: PageProjection[]): PageProjection[] {
  return list.map((p) =>
    Object.defineProperty({ ...p }, 'officials', {
      get() {
        throw new Error('officials read');
      },
    }),
  );
}

describe('buildModel', () => {
  it('gives the figures and directives without reading any official', () => {
    const model = buildModel(withoutOfficials(projections()));
    expect(new Set(model.figures.map((f) => f.article.url))).toEqual(new Set([VI, EN]));
    expect(model.figures.length).toBeGreaterThan(0);
    expect(model.directives.length).toBeGreaterThan(0);
    expect(() => model.people).toThrow('officials read');
  });

  it('groups the people when first read, once', () => {
    const model = buildModel(projections());
    const people = model.people;
    expect(people.size).toBeGreaterThan(0);
    expect(model.people).toBe(people);
    expect(model.peopleByArticle.size).toBeGreaterThan(0);
    // The articles "named with" refers to are the model's own.
    for (const article of model.peopleByArticle.keys()) expect(model.articles).toContain(article);
  });
});
