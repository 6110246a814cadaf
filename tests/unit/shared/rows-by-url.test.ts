import { describe, expect, it } from 'vitest';
import { boundsOf, groupByUrl } from '../../../src/shared/rows-by-url';

describe('groupByUrl and boundsOf', () => {
  it('groups by page address in first-seen order', () => {
    const rows = [
      { url: 'https://a.example/1', n: 1 },
      { url: 'https://b.example/2', n: 2 },
      { url: 'https://a.example/1', n: 3 },
    ];
    const groups = groupByUrl(rows);
    expect([...groups.keys()]).toEqual(['https://a.example/1', 'https://b.example/2']);
    expect(groups.get('https://a.example/1')!.map((r) => r.n)).toEqual([1, 3]);
    expect(boundsOf(rows, (r) => r.n)).toEqual({ min: 1, max: 3 });
  });

  it('takes 300,000 rows of one page without overflowing the stack, in linear time', () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => ({ url: 'https://a.example/live', t: i }));
    const started = performance.now();
    const group = groupByUrl(rows).get('https://a.example/live')!;
    expect(group).toHaveLength(300_000);
    expect(boundsOf(group, (r) => r.t)).toEqual({ min: 0, max: 299_999 });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
