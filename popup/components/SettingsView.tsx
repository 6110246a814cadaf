import type { NewsmarkDb } from '../../src/store/db';
import { DataPanel } from './DataPanel';
import { PaintSettings } from './PaintSettings';

export function SettingsView({ db }: { db: NewsmarkDb }) {
  return (
    <div class="settings-view">
      <PaintSettings db={db} />
      <DataPanel db={db} />
    </div>
  );
}
