import { UNIT_SYMBOLS } from '../shared/figure-display';
import type { ExportAnnotation } from './model';

/** One official with every title the page gives them and how often they are mentioned. */
export interface OfficialSummary {
  name: string;
  titles: string[];
  mentions: number;
}

/** Groups official mentions by name, in order of first mention. */
export function summariseOfficials(annotations: readonly ExportAnnotation[]): OfficialSummary[] {
  const byName = new Map<string, OfficialSummary>();
  for (const a of annotations) {
    if (a.kind !== 'official') continue;
    const name = a.name ?? a.quote;
    const entry = byName.get(name) ?? { name, titles: [], mentions: 0 };
    entry.mentions += 1;
    for (const title of a.titles ?? []) if (!entry.titles.includes(title)) entry.titles.push(title);
    byName.set(name, entry);
  }
  return [...byName.values()];
}

/**
 * A figure's normalised value for people: "430,000,000,000 USD", "5.05%", "6–8%" (a range),
 * "2024-01-04". Null when the engine could not read a value.
 */
export function formatFigureValue(a: Pick<ExportAnnotation, 'value' | 'valueTo' | 'unit'>): string | null {
  if (a.value === null || a.value === undefined) return null;
  if (typeof a.value === 'string') return a.value;
  const written = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const number = a.valueTo === undefined ? written(a.value) : `${written(a.value)}–${written(a.valueTo)}`;
  if (!a.unit || a.unit === 'date' || a.unit === 'time') return number;
  const symbol = UNIT_SYMBOLS[a.unit];
  return symbol ? `${number}${symbol}` : `${number} ${a.unit}`;
}

export function byKind(
  annotations: readonly ExportAnnotation[],
  kind: ExportAnnotation['kind'],
): ExportAnnotation[] {
  return annotations.filter((a) => a.kind === kind);
}
