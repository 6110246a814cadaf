import { describe, expect, it } from 'vitest';
import { articleOfHtml } from './load-fixture';

const STORY = [
  'The island council said the ferry would keep two winter crossings a day, after a long dispute over fuel costs.',
  'Residents welcomed the news, saying the old timetable had left them stranded for days in storms last year.',
  'The operator said it would add a relief crew in December, when the harbour is busiest with freight and mail.',
  'Councillors agreed to review the fares in spring, once the cost of the new fuel contract is known to them.',
  'A spokesperson for the shipping line said the decision was a relief for staff, who had feared job losses.',
  'The first of the winter sailings leaves the mainland pier at seven in the morning on the first of November.',
  'Passengers are asked to book ahead, as the smaller winter vessel carries fewer cars than the summer ferry.',
  'Freight operators said the extra crossing would keep shop shelves stocked through the coldest months.',
  'The council will publish the full timetable on its website and at the harbour office next week.',
  'Island schools said pupils who board on the mainland would be able to come home every weekend again.',
  'The harbour master said the quay lights had been repaired so that evening sailings could dock safely.',
  'A public meeting on the ferry service will be held in the village hall at the end of the month.',
].map((s) => `<p>${s} ${s}</p>`);
const NOTICE = `<section class="disclosure"><p>${'Some of the offers on this site come from partners who pay us, which may affect where they appear. '.repeat(5)}</p><p>${'Opinions here are the writers alone and have not been reviewed by any partner named on this site. '.repeat(4)}</p></section>`;

describe('a story inside a wrapper named like furniture', () => {
  it('is found by the pass without class hints when the strict pass keeps only a short notice', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Ferry keeps winter crossings</title></head><body><div class="top"><div class="inner">${NOTICE}</div></div><div class="page"><div class="above-footer"><div class="story-body">${STORY.join('')}</div></div></div></body></html>`;
    const a = articleOfHtml(html);
    expect(a.text).toContain('keep two winter crossings a day');
    expect(a.text).not.toContain('partners who pay us');
  });

  it('keeps the strict find when the story is outside such a wrapper', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Ferry keeps winter crossings</title></head><body><div class="story-body">${STORY.slice(0, 4).join('')}</div><div class="above-footer">${NOTICE}</div></body></html>`;
    const a = articleOfHtml(html);
    expect(a.text).toContain('keep two winter crossings a day');
    expect(a.text).not.toContain('partners who pay us');
  });
});
