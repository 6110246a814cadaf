/**
 * The content script is three scripts, three entries of the manifest's content_scripts injected
 * in order: browser-polyfill.js (webextension-polyfill as published: it leaves `browser` on the
 * global), content-finder.js (the engine's article finder) and content.js (everything else).
 * Chromium compiles and runs each entry in a task of its own (several files of one entry share
 * one task): one script of all (~200 KiB) took ~10 ms of CPU to compile plus ~9 ms to run its
 * modules and the polyfill's first touch of the extension API, in one task of every page a
 * person opens; on a busy machine that task passed the 50 ms of a long task. Split, each task
 * holds a third to a half. They meet on the content scripts' own global (the isolated world,
 * which the page's scripts never see): the finder leaves its entry point there.
 */
import type { annotatePage } from './annotate-page';
import { pause } from './yielding';

/** What content-finder.js gives content.js. */
export interface ArticleFinder {
  annotatePage: typeof annotatePage;
}

const KEY = '__newsmarkArticleFinder';

type Scope = Record<string, unknown>;

/** Leaves the finder where content.js looks for it (called by content-finder.js as it runs). */
export function provideArticleFinder(finder: ArticleFinder, scope: object = globalThis): void {
  (scope as Scope)[KEY] = finder;
}

/**
 * The finder, once its script has run. Chromium and Firefox inject a frame's content scripts
 * in the manifest's order, so it is there at once; should a browser run them otherwise, this
 * waits a few turns of the page (never a busy loop). Null when it never came.
 */
export async function articleFinder(scope: object = globalThis, turns = 50): Promise<ArticleFinder | null> {
  for (let turn = 0; ; turn++) {
    const finder = (scope as Scope)[KEY] as ArticleFinder | undefined;
    if (finder) return finder;
    if (turn >= turns) return null;
    await pause();
  }
}
