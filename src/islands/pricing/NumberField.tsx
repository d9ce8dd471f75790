/** One calculator field: typed as text so every digit set works, with its label, hint, unit and Arabic error. */
import { FIELDS, UNIT_LABEL, type FieldId } from '../../lib/pricing-form';
import type { FieldCopy } from './types';

interface Props {
  id: FieldId;
  copy: FieldCopy;
  value: string;
  error: string | undefined;
  currency: string;
  onInput: (id: FieldId, value: string) => void;
}

export function NumberField({ id, copy, value, error, currency, onInput }: Props) {
  const spec = FIELDS[id];
  const inputId = `f-${id}`;
  const unit = spec.unit === 'money' ? currency : UNIT_LABEL[spec.unit];
  return (
    <div class="flex flex-col">
      <label for={inputId} class="font-bold">
        {copy.label}
      </label>
      <p id={`${inputId}-hint`} class="hint">
        {copy.hint}
      </p>
      <div class="mt-1 flex items-stretch">
        <input
          id={inputId}
          name={spec.key}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          dir="ltr"
          value={value}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ''}`}
          onInput={(e) => onInput(id, e.currentTarget.value)}
          class="field-input"
        />
        <span class="field-unit" aria-hidden="true">
          <bdi>{unit}</bdi>
        </span>
      </div>
      {error && (
        <p id={`${inputId}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
