/**
 * `tsx scripts/eval/en-probe.ts [--limit=N] [--from=N] [--only=taken|miss|officials]`: reads the
 * English analyzers on unlabelled news pages (aeb-dev, readability, mercury-dev, trafilatura-en-dev;
 * never entities-check) and prints, per page, the officials and directives (with issuers) found,
 * and candidate misses: sentences with an order cue we did not take, and capitalised title + name
 * runs we did not take as officials. For reading by hand against the guidelines: the dev set alone
 * no longer teaches new error kinds. Texts are cached outside the repository (publishers' text).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadDocument } from '../../src/cli/load-document';
import { analyze } from '../../src/engine/analyze/analyze';
import { annotateDocument } from '../../src/engine/annotate';
import { splitSentences } from '../../src/engine/text/sentences';
import type { AnalyzerInput, Annotation } from '../../src/engine/types';

const shared = resolve(process.env.NEWSMARK_SHARED ?? resolve(import.meta.dirname, '../../../shared'));
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const CACHE = join(tmpdir(), 'newsmark-en-probe-texts.json');

function htmlFiles(dir: string, depth = 2): string[] {
  if (!existsSync(dir) || depth < 0) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return htmlFiles(p, depth - 1);
      return /\.html?$/u.test(e.name) && !e.name.startsWith('expected') ? [p] : [];
    });
}

const corpus = join(shared, 'corpus');
const files = [
  ...htmlFiles(join(corpus, 'aeb-dev', 'html')),
  ...htmlFiles(join(corpus, 'readability'), 1).filter((f) => f.endsWith('source.html')),
  ...htmlFiles(join(corpus, 'mercury-dev', 'fixtures')),
  ...htmlFiles(join(corpus, 'trafilatura-en-dev', 'html')),
];

// Cues of an order, a request or an obligation; a sentence holding one we did not take is read.
const CUE =
  /\b(order(?:ed|s)?|told\b.{1,40}\bto|urg(?:ed|es|ing)|call(?:ed|s|ing)? (?:on|for|upon)|ask(?:ed|s)?\b.{1,40}\bto|must|required?|requires|banned|bans?|prohibit\w*|direct(?:ed|s)\b|instruct\w*|demand\w*|warned\b.{1,40}\bnot to|should|ruled that|mandat\w*|forbid\w*|barred|has to|have to|need to|obliged|compel\w*)\b/iu;
// A capitalised office word followed by a capitalised name: a candidate official.
const TITLE_NAME =
  /\b(?:President|Prime Minister|Minister|Secretary|Senator|Sen\.|Rep\.|Representative|Gov\.|Governor|Mayor|Attorney General|Chief Constable|Commissioner|Chancellor|Judge|Justice|General|Gen\.|Admiral|Ambassador|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Speaker|Leader|Premier|Councillor|Councilman|Councilwoman|Sheriff|Director|Inspector|Superintendent|Chief|Prosecutor|Deputy|Lt\.|Col\.|Capt\.|Sgt\.|MP|Congressman|Congresswoman|Assemblyman|Assemblywoman|Lord|Baroness)\s+(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+/gu;

type Cache = Record<string, { mtime: number; input: AnalyzerInput | null }>;
async function inputOf(file: string, cache: Cache): Promise<AnalyzerInput | null> {
  const mtime = statSync(file).mtimeMs;
  const hit = cache[file];
  if (hit && hit.mtime === mtime) return hit.input;
  let input: AnalyzerInput | null = null;
  try {
    const r = annotateDocument(await loadDocument(file));
    if (r.model) input = { text: r.model.text, lang: r.article.lang ?? 'en', blocks: r.model.blocks };
  } catch {
    input = null;
  }
  cache[file] = { mtime, input };
  return input;
}

const clip = (s: string, n = 220) => {
  const t = s.replace(/\s+/gu, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
};

async function main(): Promise<void> {
  const cache: Cache = existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};
  const only = arg('only');
  const from = Number(arg('from') ?? 0);
  const limit = Number(arg('limit') ?? files.length);
  let pages = 0;
  const totals = { officials: 0, directives: 0, missCue: 0, missTitle: 0 };
  for (const file of files) {
    const input = await inputOf(file, cache);
    if (!input?.text || !/^en/iu.test(input.lang)) continue;
    pages++;
    if (pages <= from || pages > from + limit) continue;
    const { text } = input;
    const ann: Annotation[] = analyze(input);
    const officials = ann.filter((a) => a.kind === 'official');
    const directives = ann.filter((a) => a.kind === 'directive');
    const lines: string[] = [];
    if (!only || only === 'officials' || only === 'taken') {
      const names = new Map<string, string[]>();
      for (const o of officials) if (o.kind === 'official') names.set(o.name, o.titles);
      for (const [n, t] of names) lines.push(`  O ${n} [${t.join('; ')}]`);
    }
    if (!only || only === 'taken')
      for (const d of directives)
        if (d.kind === 'directive') lines.push(`  D [${d.issuer}] ${clip(text.slice(d.start, d.end))}`);
    const taken = new Set(directives.map((d) => d.start));
    const covered = (s: number, e: number) => officials.some((o) => o.start < e && o.end > s);
    if (!only || only === 'miss')
      for (const s of splitSentences(text, input.blocks)) {
        const t = text.slice(s.start, s.end);
        const isTaken = directives.some((d) => d.start < s.end && d.end > s.start) || taken.has(s.start);
        if (!isTaken && CUE.test(t)) {
          totals.missCue++;
          lines.push(`  ? ${clip(t, 300)}`);
        }
      }
    if (!only || only === 'miss' || only === 'officials')
      for (const m of text.matchAll(TITLE_NAME)) {
        if (covered(m.index, m.index + m[0].length)) continue;
        totals.missTitle++;
        lines.push(
          `  T ${m[0]}  …${clip(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40), 120)}`,
        );
      }
    totals.officials += new Set(officials.map((o) => (o.kind === 'official' ? o.name : ''))).size;
    totals.directives += directives.length;
    console.log(`#${pages} ${file.slice(corpus.length + 1)}`);
    if (lines.length) console.log(lines.join('\n'));
  }
  writeFileSync(CACHE, JSON.stringify(cache));
  console.log(`${pages} English pages; shown ${JSON.stringify(totals)}`);
}

await main();
