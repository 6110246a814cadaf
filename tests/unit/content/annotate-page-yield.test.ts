import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeRequest } from '../../../src/background/analyze-port';
import { loadDocument } from '../../../src/cli/load-document';
import { annotatePage } from '../../../src/content/annotate-page';

const DEMO = join(import.meta.dirname, '../../fixtures/demo');

describe('annotatePage after the analysis', () => {
  it('puts the result together in a task after the one the reply came in', async () => {
    const doc = await loadDocument(join(DEMO, 'en-grid-partnership.html'));
    const events: string[] = [];
    const reading = annotatePage(doc, async (request) => {
      const reply = analyzeRequest(request);
      // Queued in the reply's task: it runs before any task queued after it.
      setTimeout(() => events.push('next task'), 0);
      return reply.ok ? reply : null;
    });
    const { result } = await reading;
    events.push('result');
    expect(result?.annotations.length).toBeGreaterThan(0);
    expect(events).toEqual(['next task', 'result']);
  });
});
