import type { PaintSwitch } from '../../src/shared/messages';
import type { AutoKind } from '../../src/shared/records';
import type { NewsmarkDb } from '../../src/store/db';
import { readPaintSettings, setPaintCategory } from '../../src/store/library-settings';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { useTabNotices } from '../use-tab-notices';
import { CATEGORY_LABELS } from './CategoryCounts';
import { Swatch } from './Swatch';

const KINDS: AutoKind[] = ['official', 'figure', 'directive'];
const report = (error: unknown) => console.error('Newsmark popup:', error);

/**
 * One switch per category: paint it on pages or not. The content script asks for the setting
 * on each page load; open pages are told of a change and repaint at once.
 */
export function PaintSettings({ db }: { db: NewsmarkDb }) {
  const paint = useLiveQuery(() => readPaintSettings(db), [db]);
  const notices = useTabNotices();
  const toggle = (kind: PaintSwitch, shown: boolean) =>
    setPaintCategory(db, kind, shown).then((next) => notices.paintSettingsChanged(next), report);
  return (
    <section class="settings-section" aria-labelledby="paint-heading">
      <h2 id="paint-heading">{t('settingsPaint')}</h2>
      <p class="hint">{t('settingsPaintHint')}</p>
      {paint && (
        <ul class="switches">
          {KINDS.map((kind) => (
            <li key={kind}>
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  aria-checked={paint[kind]}
                  data-testid={`paint-${kind}`}
                  checked={paint[kind]}
                  onChange={(event) => toggle(kind, event.currentTarget.checked)}
                />
                <Swatch kind={kind} />
                {CATEGORY_LABELS[kind]()}
              </label>
            </li>
          ))}
          <li>
            <label class="switch">
              <input
                type="checkbox"
                role="switch"
                aria-checked={paint.reader !== false}
                data-testid="paint-reader"
                checked={paint.reader !== false}
                onChange={(event) => toggle('reader', event.currentTarget.checked)}
              />
              {t('settingsPaintReader')}
            </label>
            <p class="hint">{t('settingsPaintReaderHint')}</p>
          </li>
        </ul>
      )}
    </section>
  );
}
