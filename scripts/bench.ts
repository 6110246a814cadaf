/**
 * `npm run bench`: the analyzers' throughput on the corpus article texts. Texts are extracted
 * once with the engine; then `analyze` alone is timed (warm, several rounds, one core).
 * Targets: ≥ 20 MB/s of article text for all three analyzers, < 2 ms for the seed article.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadDocument } from '../src/cli/load-document';
import { analyze } from '../src/engine/analyze/analyze';
import { annotateDocument } from '../src/engine/annotate';
import type { AnalyzerInput } from '../src/engine/types';

const TARGET_MBPS = 20;
const TARGET_SEED_MS = 2;
const shared = resolve(process.env.NEWSMARK_SHARED ?? resolve(import.meta.dirname, '../../shared'));

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
const cache: Cache =
  existsSync(CACHE) && !process.argv.includes('--fresh') ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};

async function extract(file: string): Promise<AnalyzerInput | null> {
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

function time(inputs: AnalyzerInput[], minMs: number): { msPerRound: number; rounds: number } {
  for (const input of inputs) analyze(input); // warm-up
  let rounds = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || rounds < 3) {
    for (const input of inputs) analyze(input);
    rounds++;
    elapsed = performance.now() - t0;
  }
  return { msPerRound: elapsed / rounds, rounds };
}

async function main(): Promise<void> {
  if (!existsSync(shared)) {
    console.log(`bench: no shared folder at ${shared}; set NEWSMARK_SHARED.`);
    return;
  }
  const files = [
    join(shared, 'seed', 'seed-article.html'),
    ...htmlFiles(join(shared, 'corpus', 'entities-dev')),
    ...htmlFiles(join(shared, 'corpus', 'vi-pages', 'articles')),
    ...htmlFiles(join(shared, 'corpus', 'aeb-dev', 'html')),
    ...htmlFiles(join(shared, 'corpus', 'readability'), 1),
  ].filter(existsSync);
  const inputs: AnalyzerInput[] = [];
  for (const f of files) {
    const input = await extract(f);
    if (input?.text) inputs.push(input);
  }
  writeFileSync(CACHE, JSON.stringify(cache));
  const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text, 'utf8'), 0);
  const all = time(inputs, 2000);
  const mbps = bytes / 1e6 / (all.msPerRound / 1000);
  const vi = inputs.filter((i) => i.lang === 'vi');
  const seed = inputs[0]!;
  const seedTime = time([seed], 500);
  console.log(
    `bench: ${inputs.length} article texts (${vi.length} vi), ${(bytes / 1e6).toFixed(2)} MB, ${all.rounds} rounds`,
  );
  console.log(
    `  all analyzers: ${mbps.toFixed(1)} MB/s (target ${TARGET_MBPS}, ratio ${(mbps / TARGET_MBPS).toFixed(2)})`,
  );
  console.log(`  mean per page: ${(all.msPerRound / inputs.length).toFixed(3)} ms`);
  console.log(
    `  seed article: ${seedTime.msPerRound.toFixed(3)} ms (target < ${TARGET_SEED_MS}, ratio ${(seedTime.msPerRound / TARGET_SEED_MS).toFixed(2)})`,
  );
}

await main();
