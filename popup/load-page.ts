import { type ExportDocument, exportFromStore } from '../src/export/model';
import type { NewsmarkDb } from '../src/store/db';
import { pageWithAnnotations } from '../src/store/queries';

/** One page's record and notes in the export model the popup and the Markdown export share; null if unseen. */
export async function loadPage(db: NewsmarkDb, url: string): Promise<ExportDocument | null> {
  const found = await pageWithAnnotations(db, url);
  return found && exportFromStore(found.page, found.rows);
}
