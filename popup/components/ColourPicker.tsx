import type { ReaderColour } from '../../src/shared/records';
import { t } from '../i18n';
import { colourName, READER_COLOURS } from '../reader-colours';

/** Five colour swatches as a radio group: arrow keys move, the browser does the rest. */
export function ColourPicker({
  name,
  value,
  onChange,
}: {
  name: string;
  value: ReaderColour;
  onChange: (colour: ReaderColour) => void;
}) {
  return (
    <fieldset class="colour-picker">
      <legend class="visually-hidden">{t('colourLabel')}</legend>
      {READER_COLOURS.map((colour) => (
        <label key={colour} class={`colour-option reader-${colour}`} title={colourName(colour)}>
          <input
            type="radio"
            name={name}
            value={colour}
            checked={colour === value}
            aria-label={colourName(colour)}
            onChange={() => onChange(colour)}
          />
        </label>
      ))}
    </fieldset>
  );
}
