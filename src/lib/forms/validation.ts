/**
 * The validation rules shared by the pricing calculator and the goal planner: a field's problems, the value-or-
 * errors result every calculation returns, and the checks for money, rates, prices, counts and positive numbers.
 * Kept apart from pricing/hourly-rate.ts and goals/plan.ts so that each island's bundle carries the rules without the other tool's
 * arithmetic, and the goal planner's weekly log (loaded on use) shares them with the planner.
 */

/** What is wrong with one field, in terms a form can turn into a message. */
export type Problem =
  | 'not-finite' // NaN or ±Infinity
  | 'negative'
  | 'zero' // must be positive
  | 'too-small' // a duration under one minute
  | 'too-large' // above the bound that keeps every result finite (see MAX_AMOUNT)
  | 'rate-too-high' // a fraction at or above its ceiling (1 for taxes and fees)
  | 'too-many-hours' // more hours than the week (or the working days) hold
  | 'too-many-weeks' // no working week left in the year
  | 'too-many-days' // more than 7 days a week
  | 'not-integer'
  | 'below-start' // a target price lower than the starting price
  | 'too-many-steps'; // the price ladder would need more than MAX_LADDER_STEPS steps

export interface FieldError<F extends string> {
  field: F;
  problem: Problem;
}

/** A value, or every field that prevented it (one error per field, in the input's order). */
export type Result<T, F extends string> = { ok: true; value: T } | { ok: false; errors: FieldError<F>[] };

/** Largest money amount accepted: far beyond any freelancer's figures, and small enough that no result overflows. */
export const MAX_AMOUNT = 1e12;

/** Durations under a minute are typing mistakes, and dividing by them would overflow (hours worked, minutes per order). */
export const MIN_MINUTES = 1;

export type Rule = (x: number) => Problem | undefined;

export function finite(x: number): Problem | undefined {
  return Number.isFinite(x) ? undefined : 'not-finite';
}

/** Money: 0 to MAX_AMOUNT. */
export const amount: Rule = (x) => finite(x) ?? (x < 0 ? 'negative' : x > MAX_AMOUNT ? 'too-large' : undefined);

/** A price that must be above zero. */
export const positiveAmount: Rule = (x) => amount(x) ?? (x === 0 ? 'zero' : undefined);

/** A share taken from money (tax, commission): 0 up to, not including, 1, or nothing would be left. */
export const rate: Rule = (x) => finite(x) ?? (x < 0 ? 'negative' : x >= 1 ? 'rate-too-high' : undefined);

/** A proportional increase (contingency, price step): at most 1, i.e. doubling. */
export const increase: Rule = (x) => finite(x) ?? (x < 0 ? 'negative' : x > 1 ? 'rate-too-high' : undefined);

export const positive: Rule = (x) => finite(x) ?? (x < 0 ? 'negative' : x === 0 ? 'zero' : undefined);

/** Checks each field with its rule; the result lists the failures in the rules' order. */
export function validate<I extends { [K in keyof I]: number }>(
  input: I,
  rules: { [K in keyof I]: Rule },
): FieldError<keyof I & string>[] {
  const errors: FieldError<keyof I & string>[] = [];
  for (const field of Object.keys(rules) as (keyof I & string)[]) {
    const problem = rules[field](input[field]);
    if (problem !== undefined) errors.push({ field, problem });
  }
  return errors;
}

export function has<F extends string>(errors: readonly FieldError<F>[], field: F): boolean {
  return errors.some((e) => e.field === field);
}

/** Smallest non-zero price or weekly target: one cent. Smaller ones are typing mistakes and would overflow counts. */
export const MIN_PRICE = 0.01;

/** A price or target that must be at least MIN_PRICE. */
export const price: Rule = (x) => amount(x) ?? (x === 0 ? 'zero' : x < MIN_PRICE ? 'too-small' : undefined);

/** A count (orders, proposals): a whole number from 0 to MAX_AMOUNT. */
export const count: Rule = (x) => amount(x) ?? (Number.isInteger(x) ? undefined : 'not-integer');

/** A positive whole number up to `max`. */
export const wholeUpTo =
  (max: number): Rule =>
  (x) =>
    positive(x) ?? (!Number.isInteger(x) ? 'not-integer' : x > max ? 'too-large' : undefined);
