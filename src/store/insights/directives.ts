import { foldForSearch } from '../search-fold';
import { weekOf } from './deadline';
import type { DirectiveItem, InsightsModel } from './model';

export interface DirectiveFilter {
  /** Folded words the issuer must hold. */
  issuer?: string;
  site?: string;
  from?: number;
  to?: number;
  /** Only directives due in the week holding this time (ms). */
  dueWeekOf?: number;
}

export type DirectiveGrouping = 'issuer' | 'addressee';

export function filterDirectives(model: InsightsModel, filter: DirectiveFilter): DirectiveItem[] {
  const issuer = foldForSearch(filter.issuer ?? '');
  const week = filter.dueWeekOf === undefined ? null : weekOf(filter.dueWeekOf);
  return model.directives
    .filter(
      (d) =>
        (!issuer || d.issuerFolded.includes(issuer)) &&
        (!filter.site || d.article.site === filter.site) &&
        (filter.from === undefined || d.article.date >= filter.from) &&
        (filter.to === undefined || d.article.date <= filter.to) &&
        (!week || (d.deadline !== null && d.deadline >= week.from && d.deadline < week.to)),
    )
    .sort((a, b) => b.article.date - a.article.date);
}

export interface DirectiveGroup {
  label: string;
  items: DirectiveItem[];
}

/**
 * Directives grouped by who gave them or whom they address (folded, so spellings that differ
 * only in case or accents share a group); biggest groups first, the unnamed last.
 */
export function groupDirectives(items: readonly DirectiveItem[], by: DirectiveGrouping): DirectiveGroup[] {
  const groups = new Map<string, DirectiveGroup>();
  for (const item of items) {
    const label = by === 'issuer' ? item.issuer : item.addressee;
    const key = foldForSearch(label);
    const group = groups.get(key) ?? { label, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(
      ([ka, a], [kb, b]) =>
        Number(!ka) - Number(!kb) || b.items.length - a.items.length || ka.localeCompare(kb),
    )
    .map(([, group]) => group);
}
