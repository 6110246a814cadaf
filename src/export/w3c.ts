import { ENTITY_FIELD_NAMES } from '../shared/schema/annotation';
import type { ExportAnnotation, ExportDocument } from './model';
import { formatFigureValue } from './summary';

type Json = Record<string, unknown>;

function describe(a: ExportAnnotation): string | null {
  switch (a.kind) {
    case 'official':
      return [a.name, ...(a.titles ?? [])].filter(Boolean).join(' — ') || null;
    case 'figure':
      return formatFigureValue(a);
    case 'directive':
      return a.issuer ? `Issued by ${a.issuer}` : null;
    default:
      return null;
  }
}

/** The machine-readable entity fields of an annotation, only those it has. */
function entityData(a: ExportAnnotation): Json | null {
  const present = ENTITY_FIELD_NAMES.filter((field) => a[field] !== undefined);
  return present.length ? Object.fromEntries(present.map((field) => [field, a[field]])) : null;
}

function bodies(a: ExportAnnotation): Json[] {
  const out: Json[] = a.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag }));
  const description = describe(a);
  if (description)
    out.push({ type: 'TextualBody', purpose: 'describing', value: description, format: 'text/plain' });
  const entity = entityData(a);
  if (entity)
    out.push({
      type: 'TextualBody',
      purpose: 'classifying',
      value: JSON.stringify(entity),
      format: 'application/json',
    });
  if (a.body) out.push({ type: 'TextualBody', purpose: 'commenting', value: a.body, format: 'text/plain' });
  return out;
}

function annotation(doc: ExportDocument, a: ExportAnnotation): Json {
  return {
    id: a.iri,
    type: 'Annotation',
    motivation: a.kind === 'note' || a.body ? 'commenting' : 'highlighting',
    ...(a.created ? { created: a.created } : {}),
    body: bodies(a),
    target: { source: doc.page.url, selector: a.selectors },
  };
}

/** W3C Web Annotation JSON-LD: one AnnotationCollection whose single page holds every annotation. */
export function toW3c(doc: ExportDocument): Json {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${doc.page.url}#newsmark-annotations`,
    type: 'AnnotationCollection',
    label: `Newsmark: ${doc.page.title ?? doc.page.url}`,
    generated: doc.exported,
    total: doc.annotations.length,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: doc.annotations.map((a) => annotation(doc, a)),
    },
  };
}
