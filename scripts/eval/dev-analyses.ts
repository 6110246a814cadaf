/**
 * The seed and entities-dev pages (never the check set) as the engine annotates them, with their
 * gold and language: what the learned experiments (directive-scorer, issuer-ranker) train on.
 */
import { readFileSync } from 'node:fs';
import { loadDocument } from '../../src/cli/load-document';
import { annotateDocument } from '../../src/engine/annotate';
import type { Annotation, TextBlock } from '../../src/engine/types';
import { devPages } from './entities';
import type { Gold } from './entities-score';

export interface DevAnalysis {
  page: string;
  lang: 'vi' | 'en';
  gold: Gold;
  text: string;
  blocks: TextBlock[];
  annotations: Annotation[];
}

/** Each dev page in Vietnamese or English that the engine reads as an article. */
export async function* devAnalyses(shared: string): AsyncGenerator<DevAnalysis> {
  for (const page of devPages(shared)) {
    const gold = JSON.parse(readFileSync(page.gold, 'utf8')) as Gold;
    const { annotations, model, article } = annotateDocument(await loadDocument(page.html));
    const lang = /^(vi|en)-/u.exec(page.id)?.[1] ?? (page.id === 'seed' ? 'vi' : (article.lang ?? ''));
    if (!model || (lang !== 'vi' && lang !== 'en')) continue;
    yield { page: page.id, lang, gold, text: article.text, blocks: model.blocks, annotations };
  }
}
