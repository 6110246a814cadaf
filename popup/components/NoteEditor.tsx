import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

/** The note's text box: Save/Cancel buttons, Ctrl+Enter saves, Escape cancels; `error` says why a save failed. */
export function NoteEditor({
  id,
  initial,
  error = null,
  onSave,
  onCancel,
}: {
  id: string;
  initial: string;
  error?: string | null;
  onSave: (body: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(initial);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSave(text);
    }
  };
  return (
    <div class="note-editor">
      <label for={`note-${id}`} class="visually-hidden">
        {t('noteLabel')}
      </label>
      <textarea
        id={`note-${id}`}
        ref={box}
        rows={3}
        value={text}
        maxLength={20_000}
        aria-describedby={`note-keys-${id}`}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p class="save-error" role="alert" data-testid="reader-note-error">
          {error}
        </p>
      )}
      <div class="row-actions">
        <span id={`note-keys-${id}`} class="hint">
          {t('noteKeys')}
        </span>
        <button type="button" class="primary" data-testid="reader-note-save" onClick={() => onSave(text)}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
