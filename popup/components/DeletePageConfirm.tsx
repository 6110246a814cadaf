import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

/**
 * The inline "are you sure" of a page delete. The reader's own rows go only when the box is
 * ticked: it starts unticked, so their notes survive a hasty Enter.
 */
export function DeletePageConfirm({
  readerCount,
  onConfirm,
  onCancel,
}: {
  readerCount: number;
  onConfirm: (withReaderRows: boolean) => void;
  onCancel: () => void;
}) {
  const [withReader, setWithReader] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <fieldset class="confirm" onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <legend>{t('deletePageConfirm')}</legend>
      {readerCount > 0 && (
        <label class="check">
          <input
            type="checkbox"
            data-testid="library-delete-reader"
            checked={withReader}
            onChange={(event) => setWithReader(event.currentTarget.checked)}
          />
          {t('deleteAlsoReader', String(readerCount))}
        </label>
      )}
      <div class="row-actions">
        <button
          type="button"
          class="danger"
          data-testid="library-delete-confirm"
          onClick={() => onConfirm(withReader)}
        >
          {t('deleteLabel')}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </fieldset>
  );
}
