import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

/** Larger than any real article page; past this jsdom would take minutes and gigabytes. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

/** A charset the page declares near its start (as browsers look for it), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1]?.toLowerCase() ?? null;
}

/**
 * Parses a saved page with jsdom: no scripts run, no resources load, console noise is dropped.
 * Saved pages are UTF-8 unless they declare otherwise; only then do the bytes go to jsdom
 * undecoded so it honours the declaration (without one it would guess windows-1252).
 */
export async function loadDocument(file: string): Promise<Document> {
  const info = await stat(file);
  if (!info.isFile()) throw new Error(`${file} is not a file`);
  if (info.size > MAX_PAGE_BYTES)
    throw new Error(`${file} is ${info.size} bytes; pages over ${MAX_PAGE_BYTES} bytes are refused`);
  const bytes = await readFile(file);
  const charset = declaredCharset(bytes);
  const utf8 = !charset || charset === 'utf-8' || charset === 'utf8';
  return parseHtml(utf8 ? new TextDecoder('utf-8').decode(bytes) : bytes, pathToFileURL(file).href);
}

export function parseHtml(html: string | Uint8Array, url = 'about:blank'): Document {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url, virtualConsole, pretendToBeVisual: false });
  return dom.window.document;
}
