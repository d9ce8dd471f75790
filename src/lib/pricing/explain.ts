/**
 * Plain-Arabic sentences that explain the calculator's results, so a reader who does not read tables still
 * understands what the numbers mean. The wording is a template from pricing/copy.ts (it travels in the page's
 * HTML, not in the bundle); this module fills it with formatted figures.
 */
import { formatMoney, formatNumber, type DigitSet } from '../format/numbers';
import type { RateBreakdown } from './hourly-rate';

export interface Money {
  currency: string;
  digits: DigitSet;
}

/** The figures the rate explanation talks about, formatted for display. */
export function rateFigures(
  r: RateBreakdown,
  targetNetMonthly: number,
  { currency, digits }: Money,
): Record<string, string> {
  const m = (v: number) => formatMoney(v, currency, digits);
  const share = (part: number) => formatNumber((part / r.yearlyGross) * 100, { digits, fractionDigits: 0 });
  return {
    net: m(targetNetMonthly),
    hourly: m(r.hourly),
    daily: m(r.daily),
    monthly: m(r.monthlyGross),
    hundred: formatNumber(100, { digits }),
    fee: share(r.yearlyPlatformFee),
    tax: share(r.yearlyTax),
    expenses: share(r.yearlyExpenses),
    kept: share(r.yearlyNet),
    hours: formatNumber(r.billableHoursPerYear, { digits, fractionDigits: 0 }),
  };
}
