/** A pricing-calculator field: the shared DecimalField with the calculator's field ids, units and copy. */
import { FIELDS, type FieldId } from '../../lib/pricing/form';
import { UNIT_LABELS } from '../../lib/forms/units';
import { DecimalField } from '../shared/DecimalField';
import type { FieldCopy } from './calculator-copy';
import type { DigitSet } from '../../lib/format/numbers';

interface Props {
  id: FieldId;
  copy: FieldCopy;
  value: string;
  error: string | undefined;
  currency: string;
  onInput: (id: FieldId, value: string) => void;
  digits: DigitSet;
}

export function NumberField({ id, copy, value, error, currency, onInput, digits }: Props) {
  const spec = FIELDS[id];
  return (
    <DecimalField
      id={`f-${id}`}
      name={spec.key}
      label={copy.label}
      hint={copy.hint}
      unit={spec.unit === 'money' ? currency : UNIT_LABELS[spec.unit]}
      value={value}
      error={error}
      onInput={(v) => onInput(id, v)}
      digits={digits}
    />
  );
}
