import { useState } from 'preact/hooks';
import type { NewsmarkDb } from '../../src/store/db';
import { type ExportFormat, exportAll, type ImportOutcome, importFile } from '../data-transfer';
import { t } from '../i18n';
import { warmLibrarySearch } from '../library-query';
import { ImportResult } from './ImportResult';

const report = (error: unknown) => console.error('Newsmark popup:', error);

/** "Backup & import": export everything in three formats, import a backup or W3C file. */
export function DataPanel({ db }: { db: NewsmarkDb }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const run = (format: ExportFormat) => exportAll(db, format).catch(report);
  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    const result = await importFile(db, file);
    // An import drops the search shelves: built again now, before the library view is opened.
    if (result.ok) void warmLibrarySearch(db);
    setBusy(false);
    setOutcome(result);
    input.value = ''; // the same file can be chosen again
  };
  return (
    <section class="settings-section" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <div class="button-column">
        <button type="button" data-testid="export-all" onClick={() => run('backup')}>
          {t('exportAll')}
        </button>
        <button type="button" data-testid="export-all-w3c" onClick={() => run('w3c')}>
          {t('exportAllW3c')}
        </button>
        <button type="button" data-testid="export-all-csv" onClick={() => run('csv')}>
          {t('exportAllCsv')}
        </button>
      </div>
      <label class="file-label">
        <span>{t('importLabel')}</span>
        <input
          type="file"
          data-testid="import-file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={busy}
          onChange={onFile}
        />
      </label>
      {busy && (
        <p class="status" role="status">
          {t('importing')}
        </p>
      )}
      {outcome && <ImportResult outcome={outcome} />}
    </section>
  );
}
