import { describe, expect, it } from 'vitest';
import { directives, run } from './helpers';

const found = (...paragraphs: string[]) =>
  directives(run('en', ...paragraphs)).map((d) => ({ issuer: d.issuer }));

describe("English directives: the writer's own request is no order", () => {
  it('drops a first-person request outside quotes with no one else said to make it', () => {
    expect(found('We asked infectious disease experts to explain what the symptoms are.')).toEqual([]);
    expect(found('For instance, we asked groups to brainstorm various uses for a brick.')).toEqual([]);
    expect(
      found('After months of looking, I found them, and asked them for comment on this article.'),
    ).toEqual([]);
  });
  it('keeps first-person orders an official is quoted giving', () => {
    expect(found('"We asked the ministry to review the case," the mayor said.')).toEqual([
      { issuer: 'the mayor' },
    ]);
    expect(
      found('Mayor Tom Reyes spoke on Monday.', 'I have asked the police to review the case, he said.'),
    ).toEqual([{ issuer: 'Tom Reyes' }]);
  });
  it('keeps a first-person call on anyone', () => {
    expect(found('We call on India and Pakistan to show restraint.')).toEqual([{ issuer: null }]);
  });
});
