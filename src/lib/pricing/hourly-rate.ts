/**
 * The arithmetic behind the pricing tools: what to charge per hour to keep a target income after tax, expenses
 * and the platform's commission, and the prices derived from it. Inputs come from forms, so every function
 * validates and returns either a value or the fields to fix; no input ever yields NaN or Infinity. Amounts keep
 * full precision here; they are rounded once, at display (`formatMoney`). Rates are fractions: 0.2 means 20%.
 */
import {
  MIN_MINUTES,
  amount,
  finite,
  has,
  positive,
  rate,
  validate,
  type Result,
  type Rule,
} from '../forms/validation';
import { DAYS_PER_WEEK, HOURS_PER_DAY, WEEKS_PER_YEAR } from '../format/calendar';

export interface RateInput {
  /** What the freelancer wants to keep each month, after tax and expenses. */
  targetNetMonthly: number;
  /** Work costs each month (internet, software, equipment), paid before tax. */
  monthlyExpenses: number;
  /** Income tax as a fraction of profit. */
  taxRate: number;
  /** The platform's commission as a fraction of each payment. */
  platformFeeRate: number;
  /** Hours actually billed to clients each week (not counting looking for work). */
  billableHoursPerWeek: number;
  /** Holidays, illness and quiet weeks in a year. */
  weeksOffPerYear: number;
  /** Days worked each week, to turn the hourly rate into a day rate. */
  workingDaysPerWeek: number;
}

export interface RateBreakdown {
  /** What clients must pay in a year; it covers all the lines below. */
  yearlyGross: number;
  monthlyGross: number;
  hourly: number;
  daily: number;
  yearlyPlatformFee: number;
  yearlyTax: number;
  yearlyExpenses: number;
  yearlyNet: number;
  billableHoursPerYear: number;
}

const billableHours: Rule = (x) =>
  positive(x) ??
  (x < MIN_MINUTES / 60 ? 'too-small' : x > HOURS_PER_DAY * DAYS_PER_WEEK ? 'too-many-hours' : undefined);

/**
 * The hourly and daily rate that leaves `targetNetMonthly` once the platform has taken its commission from each
 * payment, expenses are paid and tax is paid on what remains:
 * yearlyGross = (net × 12 / (1 − tax) + expenses × 12) / (1 − fee), spread over the billable hours of the
 * weeks actually worked. Beginners usually divide the net income by 160 hours; this shows why that is too low.
 */
export function computeRate(input: RateInput): Result<RateBreakdown, keyof RateInput> {
  const errors = validate(input, {
    targetNetMonthly: amount,
    monthlyExpenses: amount,
    taxRate: rate,
    platformFeeRate: rate,
    billableHoursPerWeek: billableHours,
    weeksOffPerYear: (x) => finite(x) ?? (x < 0 ? 'negative' : x >= WEEKS_PER_YEAR ? 'too-many-weeks' : undefined),
    workingDaysPerWeek: (x) => positive(x) ?? (x > DAYS_PER_WEEK ? 'too-many-days' : undefined),
  });
  const { billableHoursPerWeek: hours, workingDaysPerWeek: days } = input;
  // Also keeps the day rate finite: hours per working day are at most 24.
  if (!has(errors, 'billableHoursPerWeek') && !has(errors, 'workingDaysPerWeek') && hours > HOURS_PER_DAY * days) {
    errors.push({ field: 'billableHoursPerWeek', problem: 'too-many-hours' });
  }
  if (errors.length > 0) return { ok: false, errors };

  const yearlyNet = input.targetNetMonthly * 12;
  const yearlyExpenses = input.monthlyExpenses * 12;
  const profitBeforeTax = yearlyNet / (1 - input.taxRate);
  const yearlyGross = (profitBeforeTax + yearlyExpenses) / (1 - input.platformFeeRate);
  const billableHoursPerYear = hours * (WEEKS_PER_YEAR - input.weeksOffPerYear);
  const hourly = yearlyGross / billableHoursPerYear;
  return {
    ok: true,
    value: {
      yearlyGross,
      monthlyGross: yearlyGross / 12,
      hourly,
      daily: (hourly * hours) / days,
      yearlyPlatformFee: yearlyGross * input.platformFeeRate,
      yearlyTax: profitBeforeTax - yearlyNet,
      yearlyExpenses,
      yearlyNet,
      billableHoursPerYear,
    },
  };
}

/** What reaches the freelancer from a payment once the platform has taken its commission. */
export function netFromGross(gross: number, platformFeeRate: number): Result<number, 'gross' | 'platformFeeRate'> {
  const errors = validate({ gross, platformFeeRate }, { gross: amount, platformFeeRate: rate });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: gross * (1 - platformFeeRate) };
}

/** The price to ask so that `net` reaches the freelancer after the commission (the inverse of `netFromGross`). */
export function grossForNet(net: number, platformFeeRate: number): Result<number, 'net' | 'platformFeeRate'> {
  const errors = validate({ net, platformFeeRate }, { net: amount, platformFeeRate: rate });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: net / (1 - platformFeeRate) };
}
