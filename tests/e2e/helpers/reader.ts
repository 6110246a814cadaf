import type { Page } from 'playwright-core';
import { readStoredRows } from '../../../scripts/lib/page-probes.mjs';

/** The tag of the in-page toolbar's host (the toolbar itself is in a closed shadow root). */
export const TOOLBAR_HOST = 'newsmark-toolbar';

/**
 * Selects the first occurrence of `phrase` inside `scope` (a CSS selector) the way a reader's
 * drag would: one Range in the document's Selection. The phrase must lie in one text node.
 * Plain JavaScript, so that Firefox (over BiDi, as source text) can run it too.
 */
function selectInPage(phrase: string, scope: string): boolean {
  const root = document.querySelector(scope);
  if (!root) return false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(phrase);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + phrase.length);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return true;
  }
  return false;
}

/** selectInPage as source text, for `(${SELECT_PHRASE_SOURCE})(phrase, scope)` in a BiDi evaluate. */
export const SELECT_PHRASE_SOURCE = selectInPage.toString();

export async function selectPhrase(page: Page, phrase: string, scope = 'article'): Promise<void> {
  const call = `(${SELECT_PHRASE_SOURCE})(${JSON.stringify(phrase)}, ${JSON.stringify(scope)})`;
  if (!(await page.evaluate(call))) throw new Error(`"${phrase}" is not in ${scope}`);
}

export function toolbarShown(page: Page): Promise<boolean> {
  return page.evaluate(
    (tag) => document.documentElement.querySelector(`:scope > ${tag}`) !== null,
    TOOLBAR_HOST,
  );
}

export async function waitForToolbar(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (tag) => document.documentElement.querySelector(`:scope > ${tag}`) !== null,
    TOOLBAR_HOST,
    { timeout },
  );
}

interface CdpNode {
  nodeId: number;
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = findNode(child, test);
    if (hit) return hit;
  }
  return null;
}

const attribute = (node: CdpNode, name: string): string | undefined => {
  const list = node.attributes ?? [];
  const index = list.indexOf(name);
  return index % 2 === 0 ? list[index + 1] : undefined;
};

/**
 * Clicks a control of the toolbar with the real mouse. Page scripts cannot see into the closed
 * shadow root; the DevTools protocol (as the browser's own inspector) can, and gives the
 * control's box, where the mouse then clicks like a reader's.
 * `control` is a colour ("yellow") or an action ("note", "save").
 */
export async function clickToolbar(page: Page, control: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.localName === TOOLBAR_HOST);
    if (!host) throw new Error('the toolbar is not shown');
    const button = findNode(
      host,
      (n) =>
        n.localName === 'button' &&
        (attribute(n, 'data-colour') === control || attribute(n, 'data-action') === control),
    );
    if (!button) throw new Error(`no toolbar control "${control}"`);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: button.nodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/** The text of every range in a reader colour's highlight, in document order. */
export function readerHighlightTexts(page: Page, colour: string): Promise<string[] | null> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    if (!highlight) return null;
    const ranges = [...highlight] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString().replace(/\s+/g, ' '));
  }, `newsmark-reader-${colour}`);
}

export type StoredRow = Awaited<ReturnType<typeof readStoredRows>>['annotations'][number];

/** Polls the extension database until `ready(rows)` holds for the page's rows; returns them. */
export async function waitForRows(
  extensionPage: Page,
  url: string,
  ready: (rows: StoredRow[]) => boolean,
  timeout = 10_000,
): Promise<StoredRow[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const { annotations } = await readStoredRows(extensionPage, url);
    if (ready(annotations)) return annotations;
    if (Date.now() > deadline) return annotations;
    await new Promise((done) => setTimeout(done, 150));
  }
}
