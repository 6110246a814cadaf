/**
 * For `npm start`: what one demo page got from the extension — highlight ranges and stored
 * rows per category, a screenshot and the popup's Markdown export saved under artifacts/.
 */
import { join } from 'node:path';
import {
  exportMarkdown,
  KINDS,
  openPopupFor,
  readHighlights,
  readStoredRows,
  waitForHighlights,
  waitForStoredRows,
} from './page-probes.mjs';

const countBy = (rows, kind) => rows.filter((row) => row.kind === kind && row.origin === 'auto').length;

/**
 * Opens `url` in a new tab of `context` and gathers its summary. The tab stays open (the
 * reader may look at it when the browser is headed); the popup tab used for export closes.
 */
export async function summarisePage({
  context,
  extensionId,
  extensionPage,
  url,
  name,
  artifactsDir,
  waitMs = 15_000,
}) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  let painted = true;
  try {
    await waitForHighlights(page, waitMs);
  } catch {
    painted = false;
  }
  const stored = painted
    ? await waitForStoredRows(extensionPage, url, { timeout: 10_000 })
    : await readStoredRows(extensionPage, url);
  const ranges = await readHighlights(page);
  const screenshot = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: screenshot, fullPage: true });
  let markdown = null;
  if (stored.page) {
    const popup = await openPopupFor(context, extensionId, url);
    try {
      const file = join(artifactsDir, `${name}.md`);
      await exportMarkdown(popup, file);
      markdown = file;
    } catch (error) {
      markdown = `export failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`;
    } finally {
      await popup.close();
    }
  }
  const counts = Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      { highlighted: ranges[kind].length, stored: countBy(stored.annotations, kind) },
    ]),
  );
  return { name, url, painted, title: stored.page?.title ?? null, counts, screenshot, markdown, page };
}

/** A few lines for the terminal. */
export function formatSummary(summary) {
  const lines = [`• ${summary.name}  ${summary.url}`];
  if (!summary.painted && !summary.title) {
    lines.push('    no highlights and no record (not an article, or the extension did not run)');
  } else {
    if (summary.title) lines.push(`    "${summary.title}"`);
    const parts = KINDS.map((kind) => {
      const { highlighted, stored } = summary.counts[kind];
      return `${highlighted} ${kind}${highlighted === 1 ? '' : 's'} highlighted (${stored} stored)`;
    });
    lines.push(`    ${parts.join(', ')}`);
  }
  lines.push(`    screenshot: ${summary.screenshot}`);
  if (summary.markdown) lines.push(`    markdown:   ${summary.markdown}`);
  return lines.join('\n');
}
