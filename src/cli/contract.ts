import type { AnnotateResult, Annotation } from '../engine/types';

/** One annotation exactly as the CLI contract names its fields (see docs/design.md). */
function contractAnnotation(a: Annotation): Record<string, unknown> {
  const base = { kind: a.kind, text: a.text, start: a.start, end: a.end };
  switch (a.kind) {
    case 'official':
      return { ...base, name: a.name, titles: a.titles };
    case 'figure':
      return { ...base, figureType: a.figureType, value: a.value, unit: a.unit };
    case 'directive':
      return { ...base, issuer: a.issuer };
  }
}

/** The JSON line for one page. */
export function contractRecord(file: string, result: AnnotateResult): Record<string, unknown> {
  const { article } = result;
  return {
    file,
    article: {
      isArticle: article.isArticle,
      title: article.title,
      byline: article.byline,
      published: article.published,
      lang: article.lang,
      siteName: article.siteName,
      text: article.text,
    },
    annotations: result.annotations.map(contractAnnotation),
    timings: result.timings,
  };
}
