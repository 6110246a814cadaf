import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderColour, ReaderRow } from '../../src/shared/records';
import { describeWriteError } from '../../src/store/quota';
import { t } from '../i18n';
import { knownColour } from '../reader-colours';
import { ColourPicker } from './ColourPicker';
import { NoteEditor } from './NoteEditor';
import { RevealItem } from './RevealItem';

export interface ReaderNoteActions {
  /** Rejects when the note could not be stored. */
  saveBody(id: string, body: string): Promise<void>;
  setColour(id: string, colour: ReaderColour): void;
  remove(row: ReaderRow): void;
}

/** One highlight or note of the reader's: swatch, quote, note, and its edit/colour/delete controls. */
export function ReaderNoteItem({
  row,
  actions,
  openEditor = false,
}: {
  row: ReaderRow;
  actions: ReaderNoteActions;
  /** Open the editor now (the reader pressed "Note" on the page for this highlight). */
  openEditor?: boolean;
}) {
  const [editing, setEditing] = useState(openEditor);
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!openEditor) return;
    setEditing(true);
    item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [openEditor]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const close = () => {
    setSaveError(null);
    setEditing(false);
  };
  const colour = knownColour(row.colour);
  return (
    <li ref={item} data-testid="reader-note" class={`item reader-item${row.orphan ? ' orphan' : ''}`}>
      <div class="reader-quote-line">
        <span class={`swatch reader-${colour}`} aria-hidden="true" />
        {row.orphan ? (
          <q class="item-quote">{row.quote}</q>
        ) : (
          <RevealItem next={() => row}>
            <q class="item-quote">{row.quote}</q>
          </RevealItem>
        )}
      </div>
      {row.orphan && <span class="orphan-note">{t('readerOrphan')}</span>}
      {editing ? (
        <NoteEditor
          id={row.id}
          initial={row.body ?? ''}
          error={saveError}
          onCancel={close}
          onSave={(body) => {
            setSaveError(null);
            actions.saveBody(row.id, body).then(close, (error: unknown) => {
              // The editor stays open with what was typed.
              setSaveError(t('readerSaveFailed', describeWriteError(error)));
            });
          }}
        />
      ) : (
        row.body && <p class="note-body">{row.body}</p>
      )}
      {!editing && (
        <div class="row-actions">
          <ColourPicker
            name={`colour-${row.id}`}
            value={colour}
            onChange={(next) => actions.setColour(row.id, next)}
          />
          <button type="button" data-testid="reader-note-edit" onClick={() => setEditing(true)}>
            {row.body ? t('editNote') : t('addNote')}
          </button>
          <button
            type="button"
            class="danger"
            data-testid="reader-note-delete"
            aria-label={t('deleteNamed', row.quote.slice(0, 60))}
            onClick={() => actions.remove(row)}
          >
            {t('deleteLabel')}
          </button>
        </div>
      )}
    </li>
  );
}
