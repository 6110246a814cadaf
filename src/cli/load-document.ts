import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

/** Larger than any real article page; past this jsdom would take minutes and gigabytes. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

/**
 * Parses a saved page with jsdom: no scripts run, no resources load, console noise is dropped.
 * The bytes go to jsdom undecoded so it honours the page's own <meta charset>.
 */
export async function loadDocument(file: string): Promise<Document> {
  const info = await stat(file);
  if (!info.isFile()) throw new Error(`${file} is not a file`);
  if (info.size > MAX_PAGE_BYTES)
    throw new Error(`${file} is ${info.size} bytes; pages over ${MAX_PAGE_BYTES} bytes are refused`);
  const bytes = await readFile(file);
  return parseHtml(bytes, pathToFileURL(file).href);
}

export function parseHtml(html: string | Uint8Array, url = 'about:blank'): Document {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url, virtualConsole, pretendToBeVisual: false });
  return dom.window.document;
}
