import type { OfficialSummary } from '../../src/export/summary';
import { t } from '../i18n';

export function OfficialList({ officials }: { officials: readonly OfficialSummary[] }) {
  return (
    <>
      {officials.map((official) => (
        <li key={official.name} data-testid="official" class="item">
          <span class="item-main">{official.name}</span>
          {official.titles.length > 0 && <span class="item-detail">{official.titles.join('; ')}</span>}
          <span class="item-meta">
            {official.mentions === 1 ? t('oneMention') : t('mentions', String(official.mentions))}
          </span>
        </li>
      ))}
    </>
  );
}
