/** Shared by the calculator's parts: turn form text into a result, or into a message key per field. */
import { problemKey, readField, type FieldId, type FormText } from '../../lib/pricing/form';
import type { MessageKey } from '../../lib/forms/messages';
import type { FieldError, Result } from '../../lib/forms/validation';

export type Errors = Partial<Record<FieldId, MessageKey>>;

export interface Outcome<T> {
  value: T | undefined;
  errors: Errors;
}

/** Reads `ids` from the form and, when all parse, runs `compute`; each problem is reported on its own field. */
export function evaluate<T, F extends string>(
  form: FormText,
  ids: readonly FieldId[],
  compute: (v: Record<FieldId, number>) => Result<T, F>,
  fieldOf: Record<F, FieldId>,
): Outcome<T> {
  const errors: Errors = {};
  const values = {} as Record<FieldId, number>;
  for (const id of ids) {
    const read = readField(id, form[id]);
    if (read.ok) values[id] = read.value;
    else errors[id] = read.message;
  }
  if (Object.keys(errors).length > 0) return { value: undefined, errors };
  const result = compute(values);
  if (result.ok) return { value: result.value, errors };
  for (const e of result.errors as FieldError<F>[]) {
    const id = fieldOf[e.field];
    errors[id] ??= problemKey(id, e.problem);
  }
  return { value: undefined, errors };
}

/**
 * Keeps the last valid value so a result stays on screen (marked stale) while a field is being corrected.
 * A plain object held by a class component: the calculator does without the hooks runtime to stay small.
 */
export class LastValid<T> {
  private last: T | undefined;

  remember(value: T | undefined): { shown: T | undefined; stale: boolean } {
    if (value !== undefined) this.last = value;
    return { shown: this.last, stale: value === undefined && this.last !== undefined };
  }
}
