import type { NewsmarkDb } from '../db';
import { FIGURES_FIRST_KEY, PEOPLE_BUNDLE_KEY } from '../derived-keys';
import { readCleanRow } from './bundle';
import { figureFacets, filterFigures } from './figures';
import {
  FIRST_FIGURE_SORT,
  FIRST_FIGURES,
  type FiguresFirstScreen,
  parseFiguresFirst,
} from './figures-first';
import { heldModel, loadInsights } from './load';
import { type PersonSummary, parsePeopleSummary } from './people-summary';
import { changeStamp } from './stored-projections';

/*
 * What the people list and the figures table paint first, from the bundle's small rows (a few
 * dozen kB) instead of its pages row and parts (megabytes at a few thousand pages): a held
 * model when there is one, else those rows when no page was written since the bundle was
 * stored. Else the bundle itself, as the views read it after painting.
 */

/** Every person, as the people list shows them. */
export async function loadPeople(db: NewsmarkDb): Promise<PersonSummary[]> {
  const held = heldModel(db, await changeStamp(db), []);
  if (held) return [...held.people.values()];
  const clean = await readCleanRow(db, PEOPLE_BUNDLE_KEY);
  if (clean !== undefined) return parsePeopleSummary(clean);
  return [...(await loadInsights(db, [])).people.values()];
}

/**
 * Reads and builds what a person's page shows (their mentions, grouped, and the directives),
 * for the people view to run from a task after its list paints: the page then opens at once.
 */
export async function warmPersonPages(db: NewsmarkDb): Promise<void> {
  const model = await loadInsights(db, ['directives']);
  // Both are built on first read (model.ts): read here, they are held for the page.
  void model.people;
  void model.directives;
}

/** The figures table's first screen, unfiltered; null when it has to read every figure first. */
export async function loadFiguresFirstScreen(db: NewsmarkDb): Promise<FiguresFirstScreen | null> {
  const held = heldModel(db, await changeStamp(db), ['figures']);
  if (held)
    return {
      items: filterFigures(held, {}, FIRST_FIGURE_SORT).slice(0, FIRST_FIGURES),
      total: held.figures.length,
      facets: figureFacets(held),
    };
  const clean = await readCleanRow(db, FIGURES_FIRST_KEY);
  return clean === undefined ? null : parseFiguresFirst(clean);
}
