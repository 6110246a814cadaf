import { type ComponentType, h } from 'preact';
import type english from '../../_locales/en/messages.json';
import { browser } from '../../src/shared/browser-api';
import type { NewsmarkDb } from '../../src/store/db';
import { annotationById } from '../../src/store/queries';
import { type TabLinkApi, tabLink } from '../tab-link';
import { DirectivesView } from '../views/directives/DirectivesView';
import { FiguresView } from '../views/figures/FiguresView';
import { PeopleView } from '../views/people/PeopleView';
import type { InsightsViewProps } from '../views/shared/use-insights';
import { articleOpener, followedWindow, type OpenArticle } from './open-article';

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

let opener: OpenArticle | null | undefined;

/** Opens articles in the browser's tabs; null where there are none (unit tests). */
function tabOpener(): OpenArticle | null {
  if (opener !== undefined) return opener;
  const api = browser as unknown as TabLinkApi & Parameters<typeof articleOpener>[0];
  opener =
    typeof api.tabs?.create === 'function'
      ? articleOpener(api, followedWindow(location.search), tabLink(api).reveal)
      : null;
  return opener;
}

/**
 * An item of a cross-article view is shown where it was read: its article's tab comes to the
 * front (or opens) and scrolls to the item and flashes it, the way the page view's items do;
 * the view stays, so the reader can go on down the list. Where that cannot be done (no tabs,
 * the item is gone, the page no longer has it), the view opens the article's notes instead.
 */
function adapt(view: ComponentType<InsightsViewProps>): ComponentType<CrossArticleViewProps> {
  return ({ db, onShowPage }) =>
    h(view, {
      db,
      onOpenItem: (pageUrl: string, annotationId: string) => {
        const open = tabOpener();
        if (!open) return onShowPage(pageUrl);
        // The item's place in its article: the views know the row's id, the store its offsets.
        annotationById(db, annotationId)
          .then((row) =>
            row && row.url === pageUrl && row.end > row.start ? open(pageUrl, row.start, row.end) : false,
          )
          .then(
            (shown) => shown || onShowPage(pageUrl),
            () => onShowPage(pageUrl),
          );
      },
    });
}
