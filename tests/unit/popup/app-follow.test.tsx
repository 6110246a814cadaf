// @vitest-environment jsdom
// liveQuery observes the global indexedDB, so the fake one is installed globally here.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../popup/App';
import type { TabLink, TabTarget } from '../../../popup/tab-link';
import type { PageInput } from '../../../src/shared/messages';
import { type NewsmarkDb, openNewsmarkDb } from '../../../src/store/db';
import { replaceAutoAnnotations } from '../../../src/store/queries';
import { addReaderAnnotation } from '../../../src/store/reader-annotations';
import { byTestId, click, until } from '../helpers/popup-dom';

const page = (url: string, title: string): PageInput => ({
  url,
  canonicalUrl: null,
  title,
  site: null,
  lang: 'en',
  published: null,
  byline: null,
});
const A = page('https://news.example/a', 'Story A');
const B = page('https://news.example/b', 'Story B');

/** A TabLink driven by the test: `show` is what the browser's active tab does. */
function fakeLink() {
  let listener: ((target: TabTarget) => void) | null = null;
  const reveal = vi.fn(async () => true);
  const link: TabLink = {
    follow: (f) => {
      listener = f;
      return () => {
        listener = null;
      };
    },
    reveal,
  };
  const show = async (target: TabTarget) => {
    // The app subscribes in an effect, after its first render.
    await until(() => listener !== null);
    act(() => listener?.(target));
  };
  return { link, show, reveal };
}

let db: NewsmarkDb;
let host: HTMLElement;
afterEach(async () => {
  render(null, host);
  host.remove();
  db?.close();
  await Dexie.delete('newsmark');
});

async function mount() {
  db = openNewsmarkDb();
  await replaceAutoAnnotations(db, A, [
    {
      kind: 'figure',
      quote: '$5 million',
      start: 10,
      end: 20,
      selectors: [],
      tags: ['figure'],
      entityKey: null,
      figureType: 'money',
      value: 5e6,
      unit: 'USD',
    },
  ]);
  await replaceAutoAnnotations(db, B, []);
  const row = await addReaderAnnotation(db, {
    url: A.url,
    kind: 'highlight',
    colour: 'yellow',
    quote: 'the new plan',
    start: 30,
    end: 42,
    selectors: [],
  });
  host = document.createElement('div');
  document.body.append(host);
  const fake = fakeLink();
  render(<App db={db} link={fake.link} surface="panel" initialView="library" />, host);
  return { ...fake, row };
}

const title = () => byTestId(host, 'page-title')[0]?.textContent;

describe('the app following the active tab', () => {
  it('shows the tab’s page and follows a switch', async () => {
    const { show } = await mount();
    await show({ tabId: 1, url: A.url, editNote: null });
    click(byTestId(host, 'tab-page')[0]);
    await until(() => title() === 'Story A');
    await show({ tabId: 2, url: B.url, editNote: null });
    await until(() => title() === 'Story B');
  });

  it('reveals a clicked item in the tab that shows the page, by position only', async () => {
    const { show, reveal } = await mount();
    await show({ tabId: 1, url: A.url, editNote: null });
    click(byTestId(host, 'tab-page')[0]);
    await until(() => byTestId(host, 'figure').length === 1);
    click(byTestId(host, 'figure')[0]!.querySelector('[data-testid="reveal"]')!);
    expect(reveal).toHaveBeenCalledWith(1, A.url, 10, 20);
  });

  it('opens the note editor the page asked for, once, on "This page"', async () => {
    const { show, row } = await mount();
    await show({ tabId: 1, url: A.url, editNote: row.id });
    await until(() => host.querySelector('[data-testid="reader-note"] textarea') !== null);
    expect(byTestId(host, 'tab-page')[0]?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(host.querySelector('[data-testid="reader-note"] textarea'));
    // Cancel, switch to another tab and back while the page still offers the same note: closed.
    click(
      [...host.querySelectorAll('[data-testid="reader-note"] button')].find(
        (b) => b.textContent === 'Cancel',
      ),
    );
    await show({ tabId: 2, url: B.url, editNote: null });
    await until(() => title() === 'Story B');
    await show({ tabId: 1, url: A.url, editNote: row.id });
    await until(() => title() === 'Story A' && byTestId(host, 'reader-note').length === 1);
    await act(() => new Promise((done) => setTimeout(done, 50)));
    expect(host.querySelector('[data-testid="reader-note"] textarea')).toBeNull();
  });
});
