/**
 * The arithmetic behind the income-goal planner: how many orders and proposals a monthly or yearly goal takes, a
 * price ramp from a beginner's price to the target, and a weekly log compared with the plan. Same conventions as
 * pricing.ts: validated input, a value or the fields to fix, never NaN or Infinity, full precision until display.
 * Counts of orders and proposals are whole numbers rounded up, since half an order earns nothing. Rates are
 * fractions: 0.2 means 20%. The Arabic wording of verdicts lives with the UI; this module returns the numbers.
 */
import {
  MAX_AMOUNT,
  amount,
  finite,
  has,
  increase,
  positive,
  rate,
  validate,
  type FieldError,
  type Problem,
  type Result,
  type Rule,
} from './pricing';

/**
 * Relative slack before rounding a count up: `price × (1 − fee)` is rarely exact in binary, so 57 / (12 × 0.95)
 * comes out as 5.000000000000001 and a plain Math.ceil would ask for a sixth order. A quotient within this
 * relative distance above a whole number counts as that number; at display the shortfall is invisible.
 */
export const CEIL_TOLERANCE = 1e-9;

/** Smallest non-zero price or weekly target: one cent. Smaller ones are typing mistakes and would overflow counts. */
export const MIN_PRICE = 0.01;

/** Lowest acceptance rate accepted (one order per thousand proposals); below it the plan is meaningless. */
export const MIN_ACCEPTANCE_RATE = 0.001;

/** Longest price ramp, in months (ten years): beyond that it is not a plan. */
export const MAX_RAMP_MONTHS = 120;

/** A week within ±10% of the plan is on track: weekly income is lumpy, so small gaps are not a verdict. */
export const VERDICT_TOLERANCE = 0.1;

const MONTHS_PER_YEAR = 12;
const WEEKS_PER_YEAR = 52;
const DAYS_PER_WEEK = 7;
const MS_PER_DAY = 86_400_000;
/** Ramp prices within this relative distance of the target count as the target (as the price ladder does). */
const RAMP_TOLERANCE = 1e-9;

/** Math.ceil that ignores floating-point noise just above a whole number (see CEIL_TOLERANCE). */
export function ceilCount(x: number): number {
  return Math.ceil(x - x * CEIL_TOLERANCE);
}

/** Orders for a net income goal: ⌈target / net⌉, and at least one for any positive goal, however tiny. */
function ordersFor(target: number, netPerOrder: number): number {
  const orders = ceilCount(target / netPerOrder);
  return target > 0 ? Math.max(orders, 1) : orders; // 5e-324 / 2 underflows to 0
}

/** A price or target that must be at least MIN_PRICE. */
const price: Rule = (x) => amount(x) ?? (x === 0 ? 'zero' : x < MIN_PRICE ? 'too-small' : undefined);

/** A count (orders, proposals): a whole number from 0 to MAX_AMOUNT. */
const count: Rule = (x) => amount(x) ?? (Number.isInteger(x) ? undefined : 'not-integer');

/** A positive whole number up to `max`. */
const wholeUpTo =
  (max: number): Rule =>
  (x) =>
    positive(x) ?? (!Number.isInteger(x) ? 'not-integer' : x > max ? 'too-large' : undefined);

/** Working days in a week: 1 to 7; half days are allowed, as in the pricing calculator. */
const workingDays: Rule = (x) =>
  positive(x) ?? (x < 1 ? 'too-small' : x > DAYS_PER_WEEK ? 'too-many-days' : undefined);

/** The share of proposals that become orders: above 0 (at least MIN_ACCEPTANCE_RATE) and at most 1. */
const acceptance: Rule = (x) =>
  positive(x) ?? (x < MIN_ACCEPTANCE_RATE ? 'too-small' : x > 1 ? 'rate-too-high' : undefined);

// ─── Orders and proposals for a monthly goal ──────────────────────────────────────────────────────────────────

export interface IncomeGoalInput {
  /** What the freelancer wants to receive each month, after the platform's commission. */
  targetNetMonthly: number;
  /** The usual price of one order, before the commission; at least MIN_PRICE. */
  averageOrderPrice: number;
  /** The platform's commission as a fraction of each payment, 0 up to (not including) 1. */
  platformFeeRate: number;
  /** The share of proposals that become orders, in (0, 1]; see `acceptanceRateFromLog` for the reader's own. */
  acceptanceRate: number;
  /** Days a week spent sending proposals, 1 to 7. */
  workingDaysPerWeek: number;
}

export interface IncomeGoalPlan {
  /** averageOrderPrice × (1 − platformFeeRate). */
  netPerOrder: number;
  /** ⌈targetNetMonthly / netPerOrder⌉. */
  ordersPerMonth: number;
  /** ⌈ordersPerMonth × 12 / 52⌉. */
  ordersPerWeek: number;
  /** ⌈ordersPerWeek / acceptanceRate⌉. */
  proposalsPerWeek: number;
  /** ⌈proposalsPerWeek / workingDaysPerWeek⌉. */
  proposalsPerDay: number;
}

/**
 * Turns a monthly income goal into the daily habit that reaches it: orders needed after the commission, then the
 * proposals needed at the reader's acceptance rate. Beginners think in income; the work is in proposals sent.
 * Every count is rounded up (with CEIL_TOLERANCE), so the plan never falls short by a fraction of an order.
 */
export function planIncomeGoal(input: IncomeGoalInput): Result<IncomeGoalPlan, keyof IncomeGoalInput> {
  const errors = validate(input, {
    targetNetMonthly: amount,
    averageOrderPrice: price,
    platformFeeRate: rate,
    acceptanceRate: acceptance,
    workingDaysPerWeek: workingDays,
  });
  if (errors.length > 0) return { ok: false, errors };

  const netPerOrder = input.averageOrderPrice * (1 - input.platformFeeRate);
  const ordersPerMonth = ordersFor(input.targetNetMonthly, netPerOrder);
  const ordersPerWeek = ceilCount((ordersPerMonth * MONTHS_PER_YEAR) / WEEKS_PER_YEAR);
  const proposalsPerWeek = ceilCount(ordersPerWeek / input.acceptanceRate);
  const proposalsPerDay = ceilCount(proposalsPerWeek / input.workingDaysPerWeek);
  return { ok: true, value: { netPerOrder, ordersPerMonth, ordersPerWeek, proposalsPerWeek, proposalsPerDay } };
}

// ─── A yearly goal in smaller pieces ──────────────────────────────────────────────────────────────────────────

export interface YearlyGoalInput {
  /** What the freelancer wants to receive in a year. */
  yearlyNet: number;
  /** Days worked each week, 1 to 7. */
  workingDaysPerWeek: number;
}

export interface YearlyGoalSplit {
  /** yearlyNet / 12. */
  monthly: number;
  /** yearlyNet / 52. */
  weekly: number;
  /** yearlyNet / (52 × workingDaysPerWeek): what each working day has to bring in. */
  daily: number;
}

/** A yearly goal is abstract; a month, a week and a working day are what a freelancer can check against. */
export function splitYearlyGoal(input: YearlyGoalInput): Result<YearlyGoalSplit, keyof YearlyGoalInput> {
  const errors = validate(input, { yearlyNet: amount, workingDaysPerWeek: workingDays });
  if (errors.length > 0) return { ok: false, errors };
  const { yearlyNet, workingDaysPerWeek: days } = input;
  return {
    ok: true,
    value: {
      monthly: yearlyNet / MONTHS_PER_YEAR,
      weekly: yearlyNet / WEEKS_PER_YEAR,
      daily: yearlyNet / (WEEKS_PER_YEAR * days),
    },
  };
}

// ─── Start low, raise step by step ────────────────────────────────────────────────────────────────────────────

export interface PriceRampInput {
  /** A beginner's first price, at least MIN_PRICE. */
  startPrice: number;
  /** The price the work is worth; not below startPrice. */
  targetPrice: number;
  /** Raise applied at each step, 0 (never raise) to 1 (doubling). */
  raiseRate: number;
  /** Months between raises, a whole number from 1 to MAX_RAMP_MONTHS. */
  raiseEveryMonths: number;
  /** Months shown, a whole number from 1 to MAX_RAMP_MONTHS. */
  months: number;
  /** The monthly income goal, after the commission. */
  targetNetMonthly: number;
  platformFeeRate: number;
  /** Orders the freelancer can deliver in a month, a whole number. */
  ordersPerMonthCapacity: number;
}

export interface RampMonth {
  /** 1-based. */
  month: number;
  price: number;
  /** price × (1 − platformFeeRate). */
  netPerOrder: number;
  /** ⌈targetNetMonthly / netPerOrder⌉. */
  ordersNeeded: number;
  /** ordersNeeded ≤ ordersPerMonthCapacity. */
  reachable: boolean;
}

export interface PriceRamp {
  months: RampMonth[];
  /** The first month whose price reaches the income goal within capacity; null if none of the months does. */
  monthTargetReached: number | null;
}

/**
 * Month by month, the price of a freelancer who starts low to win first reviews and raises it by `raiseRate`
 * every `raiseEveryMonths` months (capped at `targetPrice`), and whether each month's price can reach the income
 * goal with the orders they can handle. It shows why staying cheap cannot reach the goal: capacity runs out.
 */
export function priceRamp(input: PriceRampInput): Result<PriceRamp, keyof PriceRampInput> {
  const errors = validate(input, {
    startPrice: price,
    targetPrice: price,
    raiseRate: increase,
    raiseEveryMonths: wholeUpTo(MAX_RAMP_MONTHS),
    months: wholeUpTo(MAX_RAMP_MONTHS),
    targetNetMonthly: amount,
    platformFeeRate: rate,
    ordersPerMonthCapacity: count,
  });
  if (!has(errors, 'startPrice') && !has(errors, 'targetPrice') && input.targetPrice < input.startPrice) {
    errors.unshift({ field: 'targetPrice', problem: 'below-start' }); // neither price failed: it comes first
  }
  if (errors.length > 0) return { ok: false, errors };

  const { targetPrice, raiseRate, raiseEveryMonths, targetNetMonthly, platformFeeRate } = input;
  const months: RampMonth[] = [];
  let monthTargetReached: number | null = null;
  let current = input.startPrice;
  for (let month = 1; month <= input.months; month++) {
    if (month > 1 && (month - 1) % raiseEveryMonths === 0) {
      current = Math.min(current * (1 + raiseRate), targetPrice);
      if (targetPrice - current <= targetPrice * RAMP_TOLERANCE) current = targetPrice;
    }
    const netPerOrder = current * (1 - platformFeeRate);
    const ordersNeeded = ordersFor(targetNetMonthly, netPerOrder);
    const reachable = ordersNeeded <= input.ordersPerMonthCapacity;
    if (reachable && monthTargetReached === null) monthTargetReached = month;
    months.push({ month, price: current, netPerOrder, ordersNeeded, reachable });
  }
  return { ok: true, value: { months, monthTargetReached } };
}

// ─── The weekly log ───────────────────────────────────────────────────────────────────────────────────────────

/** One week of the reader's log. */
export interface WeekEntry {
  /** The week's first day, YYYY-MM-DD. */
  weekStart: string;
  /** Net income received that week. */
  income: number;
  /** Orders won that week. */
  orders: number;
  /** Proposals sent that week. */
  proposals: number;
  note: string;
}

/** Problems of a log beyond those of a single number. */
export type LogProblem =
  | Problem
  | 'invalid-date' // not a real YYYY-MM-DD date
  | 'overlapping-week'; // starts less than 7 days after the previous week in the log

const LOG_FIELDS = ['weekStart', 'income', 'orders', 'proposals', 'weeklyTargetIncome'] as const;
export type LogField = (typeof LOG_FIELDS)[number];

/** Like FieldError, plus `index`: the position in the given (unsorted) array of the entry at fault, if any. */
export interface LogFieldError {
  field: LogField;
  problem: LogProblem;
  index?: number;
}

export type LogResult<T> = { ok: true; value: T } | { ok: false; errors: LogFieldError[] };

/** Days since 1970-01-01 of a real YYYY-MM-DD date, or undefined (2025-02-30 and 0099-01-01 are refused). */
function dayNumber(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return t.getTime() / MS_PER_DAY;
}

/**
 * Every problem of a weekly log, in the entries' order: a real date, a non-negative income, whole numbers of
 * orders and proposals, and weeks at least 7 days apart (the later of two overlapping weeks is the one named).
 */
export function validateWeekLog(entries: readonly WeekEntry[]): LogFieldError[] {
  const errors: LogFieldError[] = [];
  const dated: { index: number; day: number }[] = [];
  entries.forEach((entry, index) => {
    const day = dayNumber(entry.weekStart);
    if (day === undefined) errors.push({ field: 'weekStart', problem: 'invalid-date', index });
    else dated.push({ index, day });
    const numbers = validate(
      { income: entry.income, orders: entry.orders, proposals: entry.proposals },
      { income: amount, orders: count, proposals: count },
    );
    for (const e of numbers) errors.push({ ...e, index });
  });
  dated.sort((a, b) => a.day - b.day || a.index - b.index);
  for (let i = 1; i < dated.length; i++) {
    const prev = dated[i - 1];
    const cur = dated[i];
    if (prev !== undefined && cur !== undefined && cur.day - prev.day < DAYS_PER_WEEK) {
      errors.push({ field: 'weekStart', problem: 'overlapping-week', index: cur.index });
    }
  }
  return errors.sort((a, b) => (a.index ?? 0) - (b.index ?? 0) || LOG_FIELDS.indexOf(a.field) - LOG_FIELDS.indexOf(b.field));
}

export interface PlanVsActualRow {
  weekStart: string;
  /** Weeks logged up to and including this one. */
  weeks: number;
  /** weeklyTargetIncome × weeks. */
  planned: number;
  /** Income logged up to and including this week. */
  actual: number;
}

/**
 * The running totals a plan-versus-actual chart draws, oldest week first whatever order the log was typed in.
 * The plan advances with each week logged, not with the calendar: a week missing from the log is not counted as
 * a week without income.
 */
export function cumulativePlanVsActual(
  entries: readonly WeekEntry[],
  weeklyTargetIncome: number,
): LogResult<PlanVsActualRow[]> {
  const errors = validateWeekLog(entries);
  const target = price(weeklyTargetIncome);
  if (target !== undefined) errors.push({ field: 'weeklyTargetIncome', problem: target });
  if (errors.length > 0) return { ok: false, errors };

  const sorted = [...entries].sort((a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0));
  let actual = 0;
  return {
    ok: true,
    value: sorted.map((entry, i) => {
      actual += entry.income;
      return { weekStart: entry.weekStart, weeks: i + 1, planned: weeklyTargetIncome * (i + 1), actual };
    }),
  };
}

export type Verdict = 'ahead' | 'on-track' | 'behind';

/** Running totals to judge, such as a `PlanVsActualRow`. */
export interface CumulativeFigures {
  /** Income so far. */
  actual: number;
  /** Weeks the plan covers so far. */
  weeks: number;
}

export interface VerdictFigures {
  verdict: Verdict;
  planned: number;
  actual: number;
  /** actual − planned: negative when behind. */
  difference: number;
  /** actual / planned × 100. */
  percentOfPlan: number;
}

type VerdictField = 'income' | 'actual' | 'weeks' | 'weeklyTargetIncome';

/**
 * Whether one week (a `WeekEntry`, judged on its income) or the running totals so far (`CumulativeFigures`) are
 * ahead of the plan, on track (within ±VERDICT_TOLERANCE of it, edges included) or behind, with the numbers a
 * sentence about it needs. The weekly target must be at least MIN_PRICE so that the percentage stays finite.
 */
export function weekVerdict(
  figures: Pick<WeekEntry, 'income'> | CumulativeFigures,
  weeklyTargetIncome: number,
): Result<VerdictFigures, VerdictField> {
  let errors: FieldError<VerdictField>[];
  let planned: number;
  let actual: number;
  if ('income' in figures) {
    errors = validate({ income: figures.income, weeklyTargetIncome }, { income: amount, weeklyTargetIncome: price });
    actual = figures.income;
    planned = weeklyTargetIncome;
  } else {
    const { weeks } = figures;
    errors = validate(
      { actual: figures.actual, weeks, weeklyTargetIncome },
      { actual: (x) => finite(x) ?? (x < 0 ? 'negative' : undefined), weeks: wholeUpTo(MAX_AMOUNT), weeklyTargetIncome: price },
    );
    // A total of weeks each within MAX_AMOUNT; the bound keeps the percentage finite.
    if (!has(errors, 'actual') && !has(errors, 'weeks') && figures.actual > MAX_AMOUNT * weeks) {
      errors.unshift({ field: 'actual', problem: 'too-large' });
    }
    actual = figures.actual;
    planned = weeklyTargetIncome * weeks;
  }
  if (errors.length > 0) return { ok: false, errors };

  const difference = actual - planned;
  // The slack absorbs rounding, so that 270 against 300 is exactly on the edge, not just past it.
  const band = planned * VERDICT_TOLERANCE * (1 + CEIL_TOLERANCE);
  const verdict: Verdict = difference > band ? 'ahead' : difference < -band ? 'behind' : 'on-track';
  return { ok: true, value: { verdict, planned, actual, difference, percentOfPlan: (actual / planned) * 100 } };
}

/**
 * The reader's own acceptance rate, orders / proposals over the whole log, so the planner can suggest it instead
 * of a guess; null when no proposal is logged. It can be 0 (no order yet) or above 1 (orders from invitations,
 * without a proposal), both outside what `planIncomeGoal` accepts: the caller decides whether to offer it.
 */
export function acceptanceRateFromLog(entries: readonly WeekEntry[]): LogResult<number | null> {
  const errors = validateWeekLog(entries);
  if (errors.length > 0) return { ok: false, errors };
  let orders = 0;
  let proposals = 0;
  for (const e of entries) {
    orders += e.orders;
    proposals += e.proposals;
  }
  return { ok: true, value: proposals === 0 ? null : orders / proposals };
}
