import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const AUTHORS = [
  'Ann Lee',
  'Bo Chen',
  'Cy Diaz',
  'Dee Park',
  'Eli Moss',
  'Fay Ortiz',
  'Gus Reed',
  'Hal Kim',
  'Ida Stone',
  'Jo Marsh',
  'Kit Wong',
  'Lou Grant',
];

function page(abstract: string): string {
  return `<!doctype html><html lang="en"><head><title>Soil study</title></head><body><div class="page"><div class="paper-head"><h1>Soil microbes and drought</h1><div class="names">${AUTHORS.map((a) => `<span>${a}</span>`).join(', ')}</div><div class="doi">doi: 10.0000/0000</div></div><div class="main"><div class="abstract"><h2>Abstract</h2><p>${abstract}</p></div></div></div></body></html>`;
}

describe('a line of names parted by commas', () => {
  it('does not outscore the abstract beside it', () => {
    const abstract =
      'Drought changes which microbes live in farm soil. We sampled forty fields over three dry summers and found that fungi recover faster than bacteria once rain returns. The fields that kept their cover crops lost fewer species. These results suggest that cover crops could help soils recover after a drought.';
    const a = articleOfHtml(page(abstract));
    expect(a.text).toContain('Drought changes which microbes live in farm soil');
    expect(a.text).not.toContain('Bo Chen');
  });

  it('leaves the commas of prose that lists things to score', () => {
    const listing =
      'The team, which included farmers, soil scientists and students, sampled wheat, barley, maize and oat fields, some irrigated, some not, across three dry summers.';
    const a = articleOfHtml(
      `<!doctype html><html lang="en"><head><title>Fields</title></head><body><div class="short"><p>A note on method, for readers who asked.</p></div><div class="story"><p>${listing}</p><p>${listing}</p></div></body></html>`,
    );
    expect(a.text).toContain('The team, which included farmers');
  });
});
