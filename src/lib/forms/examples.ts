/**
 * A tool field's example value (what a new reader sees before typing) in the reader's currency and digits, and how
 * the examples follow when the reader changes either: a field still holding the old example gets the new one, a
 * field the reader typed keeps what they typed. Both tools' forms describe their fields with `ExampleSpec`.
 */
import { exampleAmount, inDigits } from '../format/example-amounts';
import type { Currency } from '../format/currencies';
import { parseNumber, type DigitSet } from '../format/numbers';
import type { Unit } from './units';

export interface ExampleSpec {
  unit: Unit;
  /** The example in Latin digits; money in US dollars, scaled for other currencies. */
  defaultText: string;
}

export interface ExampleStyle {
  currency: Currency;
  digits: DigitSet;
}

export const exampleText = (spec: ExampleSpec, { currency, digits }: ExampleStyle): string =>
  inDigits(
    spec.unit === 'money' ? String(exampleAmount(Number(spec.defaultText), currency)) : spec.defaultText,
    digits,
  );

/** Whether `text` says the same number as the field's example (`١٠٠٠`, `1,000` and `1000` all do). */
export function isExample(text: string, spec: ExampleSpec, style: ExampleStyle): boolean {
  const typed = parseNumber(text);
  const example = parseNumber(exampleText(spec, style));
  return typed.ok && example.ok && typed.value === example.value;
}

/** Every field's example. */
export const examples = <K extends string>(specs: Record<K, ExampleSpec>, style: ExampleStyle): Record<K, string> =>
  Object.fromEntries(Object.entries<ExampleSpec>(specs).map(([id, spec]) => [id, exampleText(spec, style)])) as Record<
    K,
    string
  >;

/** The fields that still hold their example under `from`, with their example under `to`. */
export function restyledExamples<K extends string>(
  form: Record<K, string>,
  specs: Record<K, ExampleSpec>,
  from: ExampleStyle,
  to: ExampleStyle,
): Partial<Record<K, string>> {
  const changed: Partial<Record<K, string>> = {};
  for (const id of Object.keys(specs) as K[]) {
    const next = exampleText(specs[id], to);
    if (form[id] !== next && isExample(form[id], specs[id], from)) changed[id] = next;
  }
  return changed;
}
