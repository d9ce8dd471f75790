/**
 * Figures that are allowed but rarely meant: the calculator computes with them and says, in Arabic, why they look
 * unusual, so a typo (60 for 6 weeks off, 80 for 8% tax) does not pass unseen. Thresholds are generous: a hint
 * never appears for a figure a real freelancer plausibly has.
 */
export const PLAUSIBILITY = {
  /** More weeks off than this leaves less than two thirds of the year for work. */
  maxWeeksOff: 20,
  /** Income tax rates above this fraction are rare anywhere. */
  maxTaxRate: 0.6,
  /** Fewer paid hours a week than this is a side project, and the rate it gives is very high. */
  minHoursPerWeek: 5,
} as const;

export type PlausibilityHint = 'many-weeks-off' | 'high-tax' | 'few-hours';

/** The hints for the hourly form's values (weeks off, tax as a fraction, paid hours a week), in the form's order. */
export function plausibilityHints(values: { weeksOff: number; tax: number; hours: number }): PlausibilityHint[] {
  const hints: PlausibilityHint[] = [];
  if (values.tax > PLAUSIBILITY.maxTaxRate) hints.push('high-tax');
  if (values.hours < PLAUSIBILITY.minHoursPerWeek) hints.push('few-hours');
  if (values.weeksOff > PLAUSIBILITY.maxWeeksOff) hints.push('many-weeks-off');
  return hints;
}
