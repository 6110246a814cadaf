/**
 * The analyzer bench's inputs: the article texts of the seed and the corpus pages, extracted once
 * with the engine. `npm run bench` times the analyzers on them and the analyzer snapshot checks
 * that a speed change leaves their output unchanged, so both read the same list.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDocument } from '../../src/cli/load-document';
import { annotateDocument } from '../../src/engine/annotate';
import type { AnalyzerInput } from '../../src/engine/types';

export interface BenchInput extends AnalyzerInput {
  /** The page file the text came from. */
  file: string;
}

function htmlFiles(dir: string, depth = 2): string[] {
  if (!existsSync(dir) || depth < 0) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p, depth - 1);
    return e.name.endsWith('.html') && !e.name.startsWith('expected') ? [p] : [];
  });
}

// Extraction (jsdom + article finder) is slow and not what we time: cache texts by file and mtime.
const CACHE = join(tmpdir(), 'newsmark-bench-texts.json');
type Cache = Record<string, { mtime: number; input: AnalyzerInput | null }>;

async function extract(file: string, cache: Cache): Promise<AnalyzerInput | null> {
  const mtime = statSync(file).mtimeMs;
  const hit = cache[file];
  if (hit && hit.mtime === mtime) return hit.input;
  let input: AnalyzerInput | null = null;
  try {
    const result = annotateDocument(await loadDocument(file));
    if (result.model)
      input = { text: result.model.text, lang: result.article.lang ?? 'en', blocks: result.model.blocks };
  } catch {
    input = null;
  }
  cache[file] = { mtime, input };
  return input;
}

/** The seed first, then the corpus pages that yield an article text. `fresh` ignores the cache. */
export async function benchInputs(shared: string, fresh = false): Promise<BenchInput[]> {
  const cache: Cache = existsSync(CACHE) && !fresh ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};
  const files = [
    join(shared, 'seed', 'seed-article.html'),
    ...htmlFiles(join(shared, 'corpus', 'entities-dev')),
    ...htmlFiles(join(shared, 'corpus', 'vi-pages', 'articles')),
    ...htmlFiles(join(shared, 'corpus', 'aeb-dev', 'html')),
    ...htmlFiles(join(shared, 'corpus', 'readability'), 1),
  ].filter(existsSync);
  const inputs: BenchInput[] = [];
  for (const file of files) {
    const input = await extract(file, cache);
    if (input?.text) inputs.push({ ...input, file });
  }
  writeFileSync(CACHE, JSON.stringify(cache));
  return inputs;
}
