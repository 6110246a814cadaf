/**
 * `tsx scripts/eval/probe-vi.ts [figures|officials|directives] [--all]`: runs the analyzers on
 * Vietnamese probe sentences we wrote ourselves (scripts/eval/probes-vi/*.txt), scored by the
 * guidelines' matching rules, and prints where our output disagrees with what each probe expects.
 * A probe is one line: `text || expected ;; ... || optional ;; ...`; " ¶ " breaks a paragraph; a
 * directive's expected item is `key => issuer` (issuer may be left empty). Lines opening "#" are
 * comments. `--all` prints the agreeing probes too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { directives, figures, officials, run } from '../../tests/unit/engine/analyze/helpers';
import { type Counts, type Gold, scoreDirectives, scoreFigures, scoreOfficials } from './entities-score';

const CLASSES = ['figures', 'officials', 'directives'] as const;
type Klass = (typeof CLASSES)[number];
const dir = join(import.meta.dirname, 'probes-vi');
const items = (field: string | undefined): string[] =>
  (field ?? '')
    .split(';;')
    .map((s) => s.trim())
    .filter(Boolean);

function gold(klass: Klass, expected: string[], optional: string[]): Gold {
  const g: Gold = { officials: [], figures: [], directives: [] };
  if (klass === 'figures') Object.assign(g, { figures: expected, figures_optional: optional });
  if (klass === 'officials')
    Object.assign(g, {
      officials: expected.map((name) => ({ name, titles: [] })),
      officials_optional: optional,
    });
  if (klass === 'directives') {
    g.directives = expected.map((e) => {
      const [key, issuer] = e.split('=>').map((s) => s.trim());
      return { key: key!, issuer: issuer || null };
    });
    g.directives_optional = optional;
  }
  return g;
}

function probe(klass: Klass, line: string): { counts: Counts; found: string[]; wrongIssuer: string[] } {
  const [text, exp, opt] = line.split('||');
  const out = run('vi', ...text!.trim().split(' ¶ '));
  const g = gold(klass, items(exp), items(opt));
  if (klass === 'figures') {
    const found = figures(out).map((f) => f.text);
    return { counts: scoreFigures(found, g), found, wrongIssuer: [] };
  }
  if (klass === 'officials') {
    const found = [...new Set(officials(out).map((o) => o.name))];
    return { counts: scoreOfficials(found, g), found, wrongIssuer: [] };
  }
  const ds = directives(out);
  const counts = scoreDirectives(ds, g);
  return {
    counts,
    found: ds.map((d) => `${d.text.slice(0, 50)}… [${d.issuer}]`),
    wrongIssuer: counts.issuerWrong,
  };
}

const wanted = CLASSES.filter((c) => process.argv.includes(c));
const all = process.argv.includes('--all');
for (const klass of wanted.length ? wanted : CLASSES) {
  const sum = { tp: 0, fp: 0, fn: 0, issuerWrong: 0, probes: 0, failing: 0 };
  const lines = readdirSync(dir)
    .filter((f) => f.startsWith(klass))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#')) continue;
    const { counts, found, wrongIssuer } = probe(klass, line);
    sum.probes++;
    sum.tp += counts.tp;
    sum.fp += counts.fp;
    sum.fn += counts.fn;
    sum.issuerWrong += wrongIssuer.length;
    const bad = counts.fp + counts.fn + wrongIssuer.length > 0;
    if (bad) sum.failing++;
    if (!bad && !all) continue;
    console.log(`${bad ? '✗' : '✓'} ${line.split('||')[0]!.trim().slice(0, 160)}`);
    console.log(`    found: ${found.join(' | ') || '-'}`);
    if (counts.falsePositives.length) console.log(`    FALSE: ${counts.falsePositives.join(' | ')}`);
    if (counts.misses.length) console.log(`    MISSED: ${counts.misses.join(' | ')}`);
    if (wrongIssuer.length) console.log(`    ISSUER: ${wrongIssuer.join(' | ')}`);
  }
  console.log(
    `== ${klass}: ${sum.probes} probes, ${sum.failing} disagree; tp ${sum.tp} fp ${sum.fp} fn ${sum.fn}` +
      (klass === 'directives' ? ` issuer wrong ${sum.issuerWrong}` : ''),
  );
}
