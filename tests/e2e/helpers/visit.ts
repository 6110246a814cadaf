import type { BrowserContext, Page } from 'playwright-core';
import {
  readHighlights,
  readStoredRows,
  waitForHighlights,
  waitForStoredRows,
} from '../../../scripts/lib/page-probes.mjs';

export type Highlights = Record<'official' | 'figure' | 'directive', string[]>;
export type StoredRows = Awaited<ReturnType<typeof readStoredRows>>;

/** Everything one visit to a demo page showed. */
export interface Visit {
  url: string;
  painted: boolean;
  paintError: string | null;
  highlights: Highlights;
  stored: StoredRows;
  mutations: string[];
  htmlBefore: string;
  htmlAfter: string;
  pageSideDatabases: string[];
}

/**
 * Runs in the page's main world before any page script: once the parser is done it keeps
 * the page's markup and records every later DOM mutation, whoever makes it.
 */
export function watchMutations(): void {
  const w = window as unknown as { __nmMutations: string[]; __nmBefore: string };
  w.__nmMutations = [];
  w.__nmBefore = '';
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      w.__nmBefore = document.documentElement.outerHTML;
      new MutationObserver((records) => {
        for (const r of records) {
          w.__nmMutations.push(
            `${r.type} on <${r.target.nodeName.toLowerCase()}>${r.attributeName ? ` @${r.attributeName}` : ''}`,
          );
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { once: true },
  );
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Opens `url`, waits for the highlights (or, for a page that should get none, a settle
 * time) and for the stored rows, and reads everything the tests check.
 */
export async function visitPage(
  context: BrowserContext,
  extensionPage: Page,
  url: string,
  { expectHighlights }: { expectHighlights: boolean },
): Promise<Visit> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  let painted = false;
  let paintError: string | null = null;
  if (expectHighlights) {
    try {
      await waitForHighlights(page, 20_000);
      painted = true;
    } catch (error) {
      paintError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    }
  } else {
    await page.waitForTimeout(2_500);
    painted = await page.evaluate(() => CSS.highlights.size > 0);
  }
  const stored = expectHighlights
    ? await waitForStoredRows(extensionPage, url, { timeout: painted ? 15_000 : 3_000 })
    : await readStoredRows(extensionPage, url);
  const raw = (await readHighlights(page)) as Highlights;
  const highlights = {
    official: raw.official.map(fold),
    figure: raw.figure.map(fold),
    directive: raw.directive.map(fold),
  };
  const seen = await page.evaluate(async () => {
    const w = window as unknown as { __nmMutations: string[]; __nmBefore: string };
    const databases = (await indexedDB.databases()).map((db) => db.name ?? '');
    return {
      mutations: w.__nmMutations,
      before: w.__nmBefore,
      after: document.documentElement.outerHTML,
      databases,
    };
  });
  await page.close();
  return {
    url,
    painted,
    paintError,
    highlights,
    stored,
    mutations: seen.mutations,
    htmlBefore: seen.before,
    htmlAfter: seen.after,
    pageSideDatabases: seen.databases,
  };
}
