import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeRequest } from '../../../src/background/analyze-port';
import { loadDocument } from '../../../src/cli/load-document';
import { annotatePage } from '../../../src/content/annotate-page';
import { annotateDocument } from '../../../src/engine/annotate';

const DEMO = join(import.meta.dirname, '../../fixtures/demo');

describe('analyzeRequest (the background half of a page run)', () => {
  it('tells the language and finds annotations in a request', () => {
    const text = 'Finance Minister Alan Marsh said exports rose 4.5% to $12 billion.';
    const reply = analyzeRequest({
      text,
      sample: text,
      declaredLang: null,
      blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.lang).toBe('en');
    expect(reply.annotations.map((a) => a.kind)).toContain('figure');
    expect(reply.annotations.some((a) => a.kind === 'official' && a.text.includes('Alan Marsh'))).toBe(true);
  });

  it('refuses a request that is not one, without throwing', () => {
    expect(analyzeRequest({ text: 42 }).ok).toBe(false);
    expect(analyzeRequest(null).ok).toBe(false);
    const blocks = [{ kind: 'paragraph', start: -1, end: 3 }];
    expect(analyzeRequest({ text: 'abc', sample: 'abc', declaredLang: null, blocks }).ok).toBe(false);
  });
});

describe('annotatePage (the page half, in short tasks)', () => {
  const remote = async (request: unknown) => {
    const reply = analyzeRequest(request);
    return reply.ok ? reply : null;
  };

  it.each(['en-grid-partnership.html', 'vi-hoi-nghi-dau-tu-cong.html'])(
    'gives the same article and annotations as annotateDocument on %s',
    async (file) => {
      const whole = annotateDocument(await loadDocument(join(DEMO, file)));
      const { result } = await annotatePage(await loadDocument(join(DEMO, file)), remote);
      expect(result?.article).toEqual(whole.article);
      expect(result?.annotations).toEqual(whole.annotations);
      expect(result?.truncated).toBe(whole.truncated);
    },
  );

  it('asks again when the background dropped the first request, and gives up after three', async () => {
    const doc = () => loadDocument(join(DEMO, 'en-grid-partnership.html'));
    let asked = 0;
    const flaky = async (request: unknown) => (++asked === 1 ? null : remote(request));
    expect((await annotatePage(await doc(), flaky)).result?.annotations.length).toBeGreaterThan(0);
    expect(asked).toBe(2);
    asked = 0;
    const never = await annotatePage(await doc(), async () => {
      asked += 1;
      return null;
    });
    expect(never).toEqual({ result: null, skipped: 'not-analysed' });
    expect(asked).toBe(3);
  });
});
