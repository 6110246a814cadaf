import { t } from '../../i18n';
import { fromDateInput, toDateInput } from './format';

/** The controls the cross-article views filter with: a text box, a choice, a date range. */

export function SearchField(props: {
  label: string;
  testId: string;
  value: string;
  onInput: (value: string) => void;
}) {
  return (
    <label>
      <span class="visually-hidden">{props.label}</span>
      <input
        type="search"
        data-testid={props.testId}
        placeholder={props.label}
        value={props.value}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </label>
  );
}

/** A select whose first, empty option (named by the label) means "any". */
export function Choice(props: {
  label: string;
  testId: string;
  value: string;
  options: readonly string[];
  /** What an option says, when its value is a code (a figure type); the value itself otherwise. */
  labelOf?: (option: string) => string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      <span class="visually-hidden">{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{props.label}</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.labelOf ? props.labelOf(o) : o}
          </option>
        ))}
      </select>
    </label>
  );
}

/** From and to dates (inclusive: "to" is the end of its day); `testIds` prefixes `-from`/`-to`. */
export function DateRange(props: {
  testIds: string;
  from: number | undefined;
  to: number | undefined;
  onChange: (range: { from: number | undefined; to: number | undefined }) => void;
}) {
  const { from, to, onChange } = props;
  // One group, so the two ends wrap to a new line together rather than apart.
  return (
    <span class="insights-date-range">
      <label>
        <span class="insights-label">{t('insightsFrom')}</span>
        <input
          type="date"
          data-testid={`${props.testIds}-from`}
          value={toDateInput(from)}
          onChange={(e) => onChange({ from: fromDateInput((e.currentTarget as HTMLInputElement).value), to })}
        />
      </label>
      <label>
        <span class="insights-label">{t('insightsTo')}</span>
        <input
          type="date"
          data-testid={`${props.testIds}-to`}
          value={toDateInput(to)}
          onChange={(e) =>
            onChange({ from, to: fromDateInput((e.currentTarget as HTMLInputElement).value, true) })
          }
        />
      </label>
    </span>
  );
}
