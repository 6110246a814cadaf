import type { NewsmarkDb } from '../../src/store/db';
import { t } from '../i18n';
import { ViewHeading } from '../views/shared/ViewHeading';
import { DataPanel } from './DataPanel';
import { PaintSettings } from './PaintSettings';

export function SettingsView({ db }: { db: NewsmarkDb }) {
  return (
    <div class="settings-view">
      <ViewHeading text={t('tabSettings')} />
      <PaintSettings db={db} />
      <DataPanel db={db} />
    </div>
  );
}
