/**
 * `npm run eval -- painted`: the labelled pages scored by what the built extension paints in
 * Chromium (the `newsmark-<kind>` highlights' texts), not by the engine's output in Node, and
 * how far the two agree. The live page is not jsdom: hidden text, inline scripts and the
 * browser's own parsing can change what is found and where it is painted. Needs
 * `npm run build`. entities-check prints only its summary and agreement counts.
 *
 * A painted official is the range's text (title and name); it counts for the gold official
 * whose name it holds. A painted directive has no issuer, so the issuer row is not scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { normalizeForMatch } from '../../src/engine/text/normalize';
import { ensureBrowsers } from '../find-browser.mjs';
import { launchChromiumWithExtension } from '../lib/launch-chromium.mjs';
import { serveDirectory } from '../serve-demo.mjs';
import {
  devPages,
  engineFound,
  type Found,
  labelledPages,
  type Page,
  type PageResult,
  printMisses,
  printSummary,
  scorePage,
} from './entities';
import { type Gold, nameMatches } from './entities-score';

const KINDS = ['official', 'figure', 'directive'] as const;
type Painted = Record<(typeof KINDS)[number], string[]>;

const squash = (s: string): string => normalizeForMatch(s).replace(/\s+/gu, ' ').trim();
const fold = (s: string): string => squash(s).toLowerCase();

/**
 * Each painted official text as the gold name it stands for: the text holds the name, or its
 * last words do ("Thường trực Ban Bí thư Trương Thị Mai", "Mr Blair", "ông Long": the title
 * or honorific before a short form is part of the painted mention, not of the name).
 */
function officialNames(texts: string[], gold: Gold): string[] {
  const names = [...gold.officials.map((o) => o.name), ...(gold.officials_optional ?? [])];
  return texts.map((text) => {
    const words = squash(text).split(' ');
    for (let from = 0; from < words.length; from++) {
      const tail = words.slice(from).join(' ');
      const name = names.find((n) => fold(tail).includes(fold(n)) || nameMatches(tail, n));
      if (name) return name;
    }
    return text;
  });
}

interface Agreement {
  engine: number;
  painted: number;
  engineOnly: string[];
  paintedOnly: string[];
}

/** The engine's texts (Node) against the painted texts (browser) of one kind, as multisets. */
function agree(engine: string[], painted: string[]): Agreement {
  const left = new Map<string, number>();
  for (const t of painted.map(squash)) left.set(t, (left.get(t) ?? 0) + 1);
  const engineOnly: string[] = [];
  for (const t of engine.map(squash)) {
    const n = left.get(t) ?? 0;
    if (n > 0) left.set(t, n - 1);
    else engineOnly.push(t);
  }
  const paintedOnly = [...left].flatMap(([t, n]) => Array<string>(n).fill(t));
  return { engine: engine.length, painted: painted.length, engineOnly, paintedOnly };
}

async function readPainted(
  context: Awaited<ReturnType<typeof launchChromiumWithExtension>>['context'],
  url: string,
): Promise<Painted | null> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const painted = await page
      .waitForFunction(() => CSS.highlights.has('newsmark-official'), undefined, { timeout: 15_000 })
      .then(() => true)
      .catch(() => false);
    if (!painted) return null;
    return await page.evaluate((kinds) => {
      const out: Record<string, string[]> = {};
      for (const kind of kinds)
        out[kind] = [...(CSS.highlights.get(`newsmark-${kind}`) ?? [])].map((r) => (r as Range).toString());
      return out as Painted;
    }, KINDS);
  } finally {
    await page.close();
  }
}

interface Visited {
  result: PageResult;
  agreement: Record<(typeof KINDS)[number], Agreement>;
  painted: boolean;
}

async function visitAll(pages: Page[], shared: string, dist: string): Promise<Visited[]> {
  const { chromium } = ensureBrowsers(['chromium']);
  const served = await serveDirectory(shared);
  const browser = await launchChromiumWithExtension({ executablePath: chromium, extensionDir: dist });
  await browser.context.route('**/*', (route) =>
    route.request().url().startsWith(served.origin) ? route.continue() : route.abort(),
  );
  const out: Visited[] = [];
  try {
    for (const page of pages) {
      const path = relative(shared, page.html).split('/').map(encodeURIComponent).join('/');
      const shown = await readPainted(browser.context, `${served.origin}/${path}`);
      const engine = await engineFound(page.html);
      const gold = JSON.parse(readFileSync(page.gold, 'utf8')) as Gold;
      const paint: Painted = shown ?? { official: [], figure: [], directive: [] };
      const found: Found = {
        officials: officialNames(paint.official, gold),
        figures: paint.figure,
        directives: paint.directive.map((text) => ({ text, issuer: null })),
      };
      const result = scorePage(page, found, engine.lang);
      // Nothing painted says who issued a directive: its issuer is not scored here.
      Object.assign(result.directives, { issuerChecked: 0, issuerRight: 0, issuerWrong: [] });
      out.push({
        result,
        painted: shown !== null,
        agreement: {
          official: agree(engine.officialTexts, paint.official),
          figure: agree(engine.figures, paint.figure),
          directive: agree(
            engine.directives.map((d) => d.text),
            paint.directive,
          ),
        },
      });
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return out;
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

/** How many of the engine's ranges were painted with the same text, and what was painted besides. */
function printAgreement(name: string, visited: Visited[], showPages: boolean): void {
  console.log(
    `\n${name}: painted against the engine in Node, ${visited.filter((v) => v.painted).length}/${visited.length} pages painted`,
  );
  for (const kind of KINDS) {
    const engine = visited.reduce((a, v) => a + v.agreement[kind].engine, 0);
    const missing = visited.reduce((a, v) => a + v.agreement[kind].engineOnly.length, 0);
    const extra = visited.reduce((a, v) => a + v.agreement[kind].paintedOnly.length, 0);
    console.log(
      `  ${kind.padEnd(10)} engine ${String(engine).padStart(5)}  painted the same ${pct(engine - missing, engine).padStart(6)}  not painted ${String(missing).padStart(4)}  painted only ${String(extra).padStart(4)}`,
    );
  }
  if (!showPages) return;
  for (const v of visited) {
    const lines = KINDS.flatMap((kind) => [
      ...v.agreement[kind].engineOnly.map((t) => `  not painted ${kind}: ${t.slice(0, 90)}`),
      ...v.agreement[kind].paintedOnly.map((t) => `  painted only ${kind}: ${t.slice(0, 90)}`),
    ]);
    if (!v.painted) lines.unshift('  nothing painted');
    if (lines.length) console.log(`${v.result.id}\n${lines.join('\n')}`);
  }
}

export async function runPaintedEval(shared: string, args: string[]): Promise<void> {
  const dist = resolve(import.meta.dirname, '../../dist/chromium');
  if (!existsSync(join(dist, 'manifest.json'))) {
    console.error('eval painted: no built extension in dist/chromium; run `npm run build` first.');
    process.exit(2);
  }
  const only = args.find((a) => a.startsWith('--page='))?.slice(7);
  const dev = await visitAll(
    devPages(shared).filter((p) => !only || p.id.includes(only)),
    shared,
    dist,
  );
  const check = only
    ? []
    : await visitAll(labelledPages(join(shared, 'corpus', 'entities-check')), shared, dist);
  if (!args.includes('--quiet')) printMisses(dev.map((v) => v.result));
  printAgreement('entities-dev', dev, !args.includes('--quiet'));
  printSummary(
    'entities-dev, as painted in Chromium (issuer not painted)',
    dev.map((v) => v.result),
  );
  if (check.length) {
    printAgreement('entities-check (aggregate only)', check, false);
    printSummary(
      'entities-check, as painted in Chromium (aggregate only)',
      check.map((v) => v.result),
    );
  }
}
