import { type ComponentType, h } from 'preact';
import type english from '../../_locales/en/messages.json';
import type { NewsmarkDb } from '../../src/store/db';
import { DirectivesView } from '../views/directives/DirectivesView';
import { FiguresView } from '../views/figures/FiguresView';
import { PeopleView } from '../views/people/PeopleView';
import type { InsightsViewProps } from '../views/shared/use-insights';

/** What a cross-article view gets: the database, and a way to show one page's notes. */
export interface CrossArticleViewProps {
  db: NewsmarkDb;
  onShowPage(url: string): void;
}

/** A view across every stored article, shown as one more tab of the popup and side panel. */
export interface CrossArticleView {
  /** The tab's id: `tab-<id>` and `panel-<id>` in the page, `?view=<id>` in the address. */
  id: string;
  /** Its tab label, a key of _locales/<lang>/messages.json. */
  labelKey: keyof typeof english;
  component: ComponentType<CrossArticleViewProps>;
}

/**
 * The extension point for the People, Figures and Directives views (popup/views/): each is
 * registered here, in tab order, after "Library". Nothing else needs to change to add one.
 */
export const CROSS_ARTICLE_VIEWS: readonly CrossArticleView[] = [
  { id: 'people', labelKey: 'insightsPeople', component: adapt(PeopleView) },
  { id: 'figures', labelKey: 'insightsFigures', component: adapt(FiguresView) },
  { id: 'directives', labelKey: 'insightsDirectives', component: adapt(DirectivesView) },
];

/** An item of a cross-article view opens its article's notes (where the panel can reveal it). */
function adapt(view: ComponentType<InsightsViewProps>): ComponentType<CrossArticleViewProps> {
  return ({ db, onShowPage }) => h(view, { db, onOpenItem: (pageUrl: string) => onShowPage(pageUrl) });
}
