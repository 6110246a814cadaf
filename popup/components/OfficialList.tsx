import { useRef } from 'preact/hooks';
import type { ExportAnnotation } from '../../src/export/model';
import type { OfficialSummary } from '../../src/export/summary';
import { t } from '../i18n';
import { RevealItem } from './RevealItem';

/** Each official once, with their titles; activating one shows their mentions on the page in turn. */
export function OfficialList({
  officials,
  mentions,
}: {
  officials: readonly OfficialSummary[];
  /** The page's official annotations, in reading order. */
  mentions: readonly ExportAnnotation[];
}) {
  return (
    <>
      {officials.map((official) => (
        <li key={official.name} data-testid="official" class="item">
          <OfficialItem
            official={official}
            mentions={mentions.filter((a) => (a.name ?? a.quote) === official.name)}
          />
        </li>
      ))}
    </>
  );
}

function OfficialItem({
  official,
  mentions,
}: {
  official: OfficialSummary;
  mentions: readonly ExportAnnotation[];
}) {
  const shown = useRef(-1);
  const next = () => {
    if (mentions.length === 0) return null;
    shown.current = (shown.current + 1) % mentions.length;
    return mentions[shown.current] ?? null;
  };
  return (
    <RevealItem next={next}>
      <span class="item-main">{official.name}</span>
      {official.titles.length > 0 && <span class="item-detail">{official.titles.join('; ')}</span>}
      <span class="item-meta">
        {official.mentions === 1 ? t('oneMention') : t('mentions', String(official.mentions))}
      </span>
    </RevealItem>
  );
}
