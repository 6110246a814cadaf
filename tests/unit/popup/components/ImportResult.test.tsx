// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ImportResult } from '../../../../popup/components/ImportResult';
import { squeeze } from '../../helpers/popup-dom';

function shown(outcome: Parameters<typeof ImportResult>[0]['outcome']): HTMLElement {
  const host = document.createElement('div');
  render(<ImportResult outcome={outcome} />, host);
  return host;
}

describe('ImportResult', () => {
  it('summarises what was imported and lists the skipped records', () => {
    const host = shown({
      ok: true,
      summary: {
        pagesAdded: 10,
        pagesUpdated: 2,
        annotationsAdded: 300,
        annotationsUpdated: 40,
        annotationsKept: 0,
      },
      skipped: [
        { where: 'annotations[3]', reason: 'annotations.start: Invalid type' },
        { where: 'pages[9]', reason: 'pages.url: only http(s) pages' },
      ],
    });
    expect(squeeze(host.querySelector('p') ?? undefined)).toBe(
      '12 pages, 340 annotations imported; 2 records skipped:',
    );
    expect(Array.from(host.querySelectorAll('li'), (li) => li.textContent)).toEqual([
      'annotations.start: Invalid type',
      'pages.url: only http(s) pages',
    ]);
    expect(host.querySelector('[role="status"]')).not.toBeNull();
  });

  it('states a failure as an alert', () => {
    const host = shown({ ok: false, error: 'quota', detail: 'QuotaExceededError' });
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('Storage is full; nothing was imported and nothing changed.');
    const tooMany = shown({ ok: false, error: 'too-many-rows', detail: '500,000 records' });
    expect(tooMany.querySelector('[role="alert"]')?.textContent).toContain('more than 200,000 records');
  });
});
