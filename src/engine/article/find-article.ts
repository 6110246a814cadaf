import { runToEnd, type Steps } from '../steps';
import type { ArticleBlock, ArticleMetadata, FoundArticle } from '../types';
import { chooseContainers } from './choose-containers';
import { collectBlocksSteps } from './collect-blocks';
import { findDescribedLead } from './described-lead';
import { measurePageSteps, type PageStats } from './dom-stats';
import { decideIsArticle, MIN_PROSE_CHARS, measureProse, type ProseMeasure } from './is-article';
import { findLeadSteps } from './lead';
import { readDescription, readMetadataSteps, readSignalsSteps } from './metadata';
import { parentOf } from './tree';

function enclosingArticle(el: Element): Element | null {
  for (let node: Element | null = el; node; node = parentOf(node))
    if (node.tagName === 'ARTICLE') return node;
  return null;
}

interface BodyAttempt {
  page: PageStats;
  containers: Element[];
  blocks: ArticleBlock[];
  prose: ProseMeasure;
}

/** One pass over the body; it yields between its stages, each a whole walk of the page or of the article. */
function* attempt(
  body: Element,
  strict: boolean,
  title: (scope: Element | null, top: Element | null) => Steps<string | null>,
): Steps<BodyAttempt & { scope: Element | null; top: Element | null }> {
  const page = yield* measurePageSteps(body, strict);
  yield;
  const { elements, intro, top } = chooseContainers(page, body, strict);
  yield;
  const parent = top && parentOf(top);
  const scope = top ? (enclosingArticle(top) ?? (parent && parentOf(parent)) ?? top) : null;
  const heading = yield* title(scope, top);
  yield;
  // The lead is looked for beside the body's own containers, as before any intro was joined.
  const blocks = yield* collectBlocksSteps(
    intro.length ? [...intro, ...elements] : elements,
    top,
    page,
    heading,
  );
  yield;
  const lead = yield* findLeadSteps(elements, page, blocks);
  if (lead) blocks.unshift(lead);
  return { page, containers: elements, blocks, prose: measureProse(blocks, page), scope, top };
}

/**
 * findArticle in steps: the page's signals, then for each pass its measure of the page, its
 * containers, the metadata and the blocks, with a yield between any two. Same result as
 * findArticle; a caller may pause at each yield (the page keeps its main thread between).
 */
export function* findArticleSteps(doc: Document): Steps<FoundArticle> {
  const body = doc.body;
  const signals = yield* readSignalsSteps(doc);
  // Read in steps here too: run to its end, the metadata (its tests compiled first) took ~12 ms of CPU in one step.
  if (!body) return { ...(yield* readMetadataSteps(doc, signals, null)), isArticle: false, blocks: [] };
  yield;
  let metadata: ArticleMetadata | null = null;
  function* titleFor(scope: Element | null, top: Element | null): Steps<string | null> {
    metadata = yield* readMetadataSteps(doc, signals, scope, top);
    return metadata.title;
  }
  let best = yield* attempt(body, true, titleFor);
  // Like Readability: when the strict pass finds too little, class hints may have hidden the article;
  // so too when a part they left out holds a headline and far more paragraphs than the pass found
  // (a page wrapper named for its place, "above-footer").
  if (best.prose.prose < MIN_PROSE_CHARS || best.page.droppedProse > 2 * best.prose.prose) {
    yield;
    const loose = yield* attempt(body, false, titleFor);
    if (loose.prose.prose > best.prose.prose * 1.5) best = loose;
    else yield* titleFor(best.scope, best.top);
  }
  // The dek found by the page's description, once the body is settled: it is not weighed in the
  // choice between the passes (a dek beside a footer must not outweigh a story found loosely).
  const first = best.containers[0];
  const dek =
    first && !best.blocks.some((b) => b.kind === 'lead')
      ? findDescribedLead(first, best.page, best.blocks, readDescription(signals))
      : null;
  if (dek) best.blocks.unshift(dek);
  const declared =
    signals.jsonLd.article !== null || signals.meta.get('og:type')?.toLowerCase() === 'article';
  const isArticle = decideIsArticle(best.prose, declared, signals.jsonLd.types);
  return {
    ...(metadata ?? (yield* readMetadataSteps(doc, signals, best.scope, best.top))),
    isArticle,
    blocks: best.blocks,
  };
}

/** Finds the article on a page: metadata, body blocks, and whether it is an article at all. Never changes the page. */
export function findArticle(doc: Document): FoundArticle {
  return runToEnd(findArticleSteps(doc));
}
