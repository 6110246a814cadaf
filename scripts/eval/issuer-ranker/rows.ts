/**
 * Training groups for the issuer ranker: one per found directive that matches a gold directive
 * with a gold issuer, on the seed and entities-dev pages only (never the check set). Each group
 * holds the candidates with their kinds and whether each matches the gold issuer as the eval
 * scores it (issuerMatches), and whether the rules' own answer does.
 */
import { splitSentences } from '../../../src/engine/text/sentences';
import { tokenize } from '../../../src/engine/text/words';
import type { DirectiveAnnotation, OfficialAnnotation } from '../../../src/engine/types';
import { devAnalyses } from '../dev-analyses';
import { issuerMatches, keyMatches } from '../entities-score';
import { type Candidate, type DirectiveContext, issuerCandidates } from './candidates';

export interface Group {
  page: string;
  lang: 'vi' | 'en';
  rule: string | null;
  gold: string;
  ruleRight: boolean;
  candidates: Array<Candidate & { right: boolean }>;
}

export async function collectGroups(shared: string): Promise<Group[]> {
  const out: Group[] = [];
  for await (const { page, lang, gold, text, blocks, annotations } of devAnalyses(shared)) {
    const sentences = splitSentences(text, blocks);
    const words = tokenize(text);
    const officials = annotations.filter((a): a is OfficialAnnotation => a.kind === 'official');
    const directives = annotations.filter((a): a is DirectiveAnnotation => a.kind === 'directive');
    const used = new Set<number>();
    let prev: DirectiveContext['prev'] = null;
    for (const d of directives) {
      let at = sentences.findIndex((s) => d.start >= s.start && d.start < s.end);
      if (at < 0) at = 0;
      const hit = gold.directives.findIndex((g, i) => !used.has(i) && keyMatches(d.text, g.key));
      const context: DirectiveContext = { lang, text, sentences, at, officials, rule: d.issuer, prev, words };
      // As the rules carry it: the last issuer given, kept over a directive that names none.
      prev = { issuer: d.issuer ?? context.prev?.issuer ?? null, at };
      if (hit < 0) continue;
      used.add(hit);
      const g = gold.directives[hit]!;
      if (!g.issuer) continue;
      const candidates = issuerCandidates(context).map((c) => ({
        ...c,
        right: issuerMatches(c.name, g.issuer!),
      }));
      out.push({
        page,
        lang,
        rule: d.issuer,
        gold: g.issuer,
        ruleRight: issuerMatches(d.issuer, g.issuer),
        candidates,
      });
    }
  }
  return out;
}
