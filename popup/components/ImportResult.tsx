import type { ImportOutcome } from '../data-transfer';
import { t } from '../i18n';

const SHOWN_SKIPS = 5;

function errorText(outcome: Extract<ImportOutcome, { ok: false }>): string {
  switch (outcome.error) {
    case 'too-large':
      return t('importTooLarge');
    case 'too-many-rows':
      return t('importTooManyRows');
    case 'not-json':
      return t('importNotJson');
    case 'wrong-format':
      return t('importWrongFormat');
    case 'unsupported-version':
      return t('importNewerVersion');
    case 'quota':
      return t('importQuota');
    case 'failed':
      return t('importFailed', outcome.detail);
  }
}

/** "12 pages, 340 annotations imported; 2 records skipped: …", or why nothing was imported. */
export function ImportResult({ outcome }: { outcome: ImportOutcome }) {
  if (!outcome.ok)
    return (
      <p class="import-result error" role="alert" data-testid="import-error">
        {errorText(outcome)}
      </p>
    );
  const { summary, skipped } = outcome;
  const pages = summary.pagesAdded + summary.pagesUpdated;
  const annotations = summary.annotationsAdded + summary.annotationsUpdated;
  return (
    <div class="import-result" role="status" data-testid="import-summary">
      <p>
        {t(
          'importDone',
          pages === 1 ? t('pagesOne') : t('pagesMany', String(pages)),
          annotations === 1 ? t('annotationsOne') : t('annotationsMany', String(annotations)),
        )}
        {summary.annotationsKept > 0 && `; ${t('importUnchanged', String(summary.annotationsKept))}`}
        {skipped.length > 0 && `; ${t('importSkipped', String(skipped.length))}`}
      </p>
      {skipped.length > 0 && (
        <ul class="skipped">
          {skipped.slice(0, SHOWN_SKIPS).map((skip) => (
            <li key={skip.where}>{skip.reason}</li>
          ))}
          {skipped.length > SHOWN_SKIPS && <li>…</li>}
        </ul>
      )}
    </div>
  );
}
