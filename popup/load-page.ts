import { type ExportDocument, exportFromStore } from '../src/export/model';
import type { NewsmarkDb } from '../src/store/db';
import { annotationsForPage, pageByUrl } from '../src/store/queries';

/** One page's record and notes in the export model the popup and the Markdown export share; null if unseen. */
export async function loadPage(db: NewsmarkDb, url: string): Promise<ExportDocument | null> {
  // One read transaction, so the page and its rows come from the same moment.
  return db.transaction('r', db.pages, db.annotations, async () => {
    const page = await pageByUrl(db, url);
    if (!page) return null;
    return exportFromStore(page, await annotationsForPage(db, url));
  });
}
