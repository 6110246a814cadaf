import { describe, expect, it } from 'vitest';
import { articleOf, loadFixture } from './load-fixture';

describe('findArticle on pages we wrote', () => {
  it('finds a Vietnamese article with its sapo, date line and "Theo ..." byline', () => {
    const a = articleOf(loadFixture('vi-sapo-theo.html'));
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('Hà Nội mở thêm ba tuyến buýt điện nối các khu đô thị mới');
    expect(a.published).toBe('2024-01-04');
    expect(a.lang).toBe('vi');
    expect(a.blocks[0]?.kind).toBe('lead');
    expect(a.text.startsWith('Từ ngày 15/1, ba tuyến buýt điện mới')).toBe(true);
    expect(a.text).toContain('tần suất trung bình 15 phút');
    expect(a.text).not.toContain('Tin liên quan');
    expect(a.text).not.toContain('Đường dây nóng');
    expect(a.text).not.toContain('Theo Minh Châu');
    expect(a.text).not.toContain('Thứ năm');
  });

  it('says a list of headlines is not an article', () => {
    const a = articleOf(loadFixture('list-page.html'));
    expect(a.isArticle).toBe(false);
  });

  it('leaves out comments, related links, share tools and the byline line', () => {
    const a = articleOf(loadFixture('comments-related.html'));
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('Council approves new river crossing');
    expect(a.byline).toBe('Jane Doe');
    expect(a.published).toBe('2024-03-12');
    expect(a.text).toContain('The city council voted seven to two');
    expect(a.text).toContain('What happens next');
    expect(a.text).toContain('The design competition closes in June.');
    expect(a.text).toContain('the mayor told the meeting');
    for (const furniture of [
      'About time!',
      'potholes',
      'Parking review delayed',
      'Share on social',
      'By Jane Doe',
      'Riverside Herald, 1 Main',
    ])
      expect(a.text).not.toContain(furniture);
    const kinds = a.blocks.map((b) => b.kind);
    expect(kinds).toContain('heading');
    expect(kinds).toContain('list-item');
    expect(kinds).toContain('quote');
  });

  it('turns text written straight into a div with <br>s into a block', () => {
    const a = articleOf(loadFixture('br-text-div.html'));
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain('The covered market in the old town reopened on Saturday');
    expect(a.text).toContain('added a new drainage system');
    expect(a.text).not.toContain('Home');
    expect(a.blocks.some((b) => b.element.tagName === 'DIV')).toBe(true);
  });

  it('never nests one block inside another and never changes the page', () => {
    for (const name of ['vi-sapo-theo.html', 'comments-related.html', 'br-text-div.html']) {
      const doc = loadFixture(name);
      const before = doc.documentElement.outerHTML;
      const a = articleOf(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
      for (const x of a.blocks)
        for (const y of a.blocks) if (x !== y) expect(x.element.contains(y.element)).toBe(false);
    }
  });
});
