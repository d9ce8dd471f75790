/**
 * A number field typed as text (`inputmode="decimal"`), so Arabic-Indic, Persian and Latin digits all work
 * (Chromium's type="number" drops Arabic digits), with its label, hint, unit and inline Arabic error.
 */
import { stripBidiControls } from '../../lib/format/bidi';
import { inDigits } from '../../lib/format/example-amounts';
import type { DigitSet } from '../../lib/format/numbers';

interface Props {
  /** Element id; the hint and error ids derive from it. */
  id: string;
  name: string;
  label: string;
  hint: string;
  unit: string;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
  /** The reader's digits: figures in the hint and the error are written in them. */
  digits: DigitSet;
}

export function DecimalField({ id, name, label, hint, unit, value, error, onInput, digits }: Props) {
  return (
    <div class="flex flex-col">
      <label for={id} class="font-bold">
        {label}
      </label>
      <p id={`${id}-hint`} class="hint">
        {inDigits(hint, digits)}
      </p>
      <div class="mt-1 flex items-stretch">
        <input
          id={id}
          name={name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          dir="ltr"
          value={value}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onInput={(e) => onInput(stripBidiControls(e.currentTarget.value))}
          class="field-input"
        />
        <span class="field-unit" aria-hidden="true">
          <bdi>{unit}</bdi>
        </span>
      </div>
      {error && (
        <p id={`${id}-error`} class="field-error">
          {inDigits(error, digits)}
        </p>
      )}
    </div>
  );
}
