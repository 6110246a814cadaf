import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

/** Parses a saved page with jsdom: no scripts run, no resources load, console noise is dropped. */
export async function loadDocument(file: string): Promise<Document> {
  const html = await readFile(file, 'utf8');
  return parseHtml(html, pathToFileURL(file).href);
}

export function parseHtml(html: string, url = 'about:blank'): Document {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url, virtualConsole, pretendToBeVisual: false });
  return dom.window.document;
}
