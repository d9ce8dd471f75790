/**
 * The arithmetic behind the income-goal planner: how many orders and proposals a monthly or yearly goal takes, and
 * a price ramp from a beginner's price to the target (the weekly log compared with the plan is in goals/week-log.ts).
 * Same conventions as pricing/hourly-rate.ts: validated input, a value or the fields to fix, never NaN or Infinity, full
 * precision until display. Counts of orders and proposals are whole numbers rounded up, since half an order earns
 * nothing. Rates are fractions: 0.2 means 20%.
 */
import {
  amount,
  count,
  finite,
  has,
  increase,
  positive,
  price,
  rate,
  validate,
  wholeUpTo,
  type Result,
  type Rule,
} from '../forms/validation';
import { DAYS_PER_WEEK, MONTHS_PER_YEAR, WEEKS_PER_YEAR } from '../format/calendar';

/**
 * Relative slack before rounding a count up: `price × (1 − fee)` is rarely exact in binary, so 57 / (12 × 0.95)
 * comes out as 5.000000000000001 and a plain Math.ceil would ask for a sixth order. A quotient within this
 * relative distance above a whole number counts as that number; at display the shortfall is invisible.
 */
export const CEIL_TOLERANCE = 1e-9;

/** Lowest acceptance rate accepted (one order per thousand proposals); below it the plan is meaningless. */
export const MIN_ACCEPTANCE_RATE = 0.001;

/** Longest price ramp, in months (ten years): beyond that it is not a plan. */
export const MAX_RAMP_MONTHS = 120;

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

/** Working days in a week: 1 to 7; half days are allowed, as in the pricing calculator. */
const workingDays: Rule = (x) => positive(x) ?? (x < 1 ? 'too-small' : x > DAYS_PER_WEEK ? 'too-many-days' : undefined);

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
  /** Weeks without work in a year (holidays, illness), as in the pricing calculator; none when left out. */
  weeksOffPerYear?: number;
}

export interface IncomeGoalPlan {
  /** averageOrderPrice × (1 − platformFeeRate). */
  netPerOrder: number;
  /** ⌈targetNetMonthly / netPerOrder⌉. */
  ordersPerMonth: number;
  /** ⌈the year's orders / its working weeks⌉, rounded once (not from the rounded monthly count). */
  ordersPerWeek: number;
  /** ⌈the week's orders / acceptanceRate⌉, from the unrounded weekly orders. */
  proposalsPerWeek: number;
  /** ⌈the week's proposals / workingDaysPerWeek⌉, likewise. */
  proposalsPerDay: number;
}

/** Weeks off: none up to 51, so at least one working week is left (as in the pricing calculator). */
const weeksOff: Rule = (x) => finite(x) ?? (x < 0 ? 'negative' : x >= WEEKS_PER_YEAR ? 'too-many-weeks' : undefined);

/**
 * Turns a monthly income goal into the daily habit that reaches it: orders needed after the commission, then the
 * proposals needed at the reader's acceptance rate. Beginners think in income; the work is in proposals sent.
 * Each count is its exact figure rounded up once (with CEIL_TOLERANCE), so the plan never falls short by a
 * fraction of an order and never asks for more than that: rounding a rounded count up again would.
 */
export function planIncomeGoal(input: IncomeGoalInput): Result<IncomeGoalPlan, keyof IncomeGoalInput> {
  const full = { weeksOffPerYear: 0, ...input };
  const errors = validate(full, {
    targetNetMonthly: amount,
    averageOrderPrice: price,
    platformFeeRate: rate,
    acceptanceRate: acceptance,
    workingDaysPerWeek: workingDays,
    weeksOffPerYear: weeksOff,
  });
  if (errors.length > 0) return { ok: false, errors };

  const netPerOrder = full.averageOrderPrice * (1 - full.platformFeeRate);
  const ordersPerMonth = ordersFor(full.targetNetMonthly, netPerOrder);
  const weeklyOrders =
    (full.targetNetMonthly * MONTHS_PER_YEAR) / netPerOrder / (WEEKS_PER_YEAR - full.weeksOffPerYear);
  const ordersPerWeek = full.targetNetMonthly > 0 ? Math.max(ceilCount(weeklyOrders), 1) : 0;
  // A positive goal takes at least one order, and one proposal to win it, even when its share of a week is tiny.
  const atLeastOne = (n: number) => (full.targetNetMonthly > 0 ? Math.max(n, 1) : n);
  const proposalsPerWeek = atLeastOne(ceilCount(weeklyOrders / full.acceptanceRate));
  const proposalsPerDay = atLeastOne(ceilCount(weeklyOrders / full.acceptanceRate / full.workingDaysPerWeek));
  return { ok: true, value: { netPerOrder, ordersPerMonth, ordersPerWeek, proposalsPerWeek, proposalsPerDay } };
}

// ─── A yearly goal in smaller pieces ──────────────────────────────────────────────────────────────────────────

export interface YearlyGoalInput {
  /** What the freelancer wants to receive in a year. */
  yearlyNet: number;
  /** Days worked each week, 1 to 7. */
  workingDaysPerWeek: number;
  /** Weeks without work in a year; none when left out. */
  weeksOffPerYear?: number;
}

export interface YearlyGoalSplit {
  /** yearlyNet / 12. */
  monthly: number;
  /** yearlyNet / (52 − weeksOffPerYear): the weeks actually worked carry the year. */
  weekly: number;
  /** weekly / workingDaysPerWeek: what each working day has to bring in. */
  daily: number;
}

/** A yearly goal is abstract; a month, a week and a working day are what a freelancer can check against. */
export function splitYearlyGoal(input: YearlyGoalInput): Result<YearlyGoalSplit, keyof YearlyGoalInput> {
  const full = { weeksOffPerYear: 0, ...input };
  const errors = validate(full, { yearlyNet: amount, workingDaysPerWeek: workingDays, weeksOffPerYear: weeksOff });
  if (errors.length > 0) return { ok: false, errors };
  const { yearlyNet, workingDaysPerWeek: days } = full;
  const weeks = WEEKS_PER_YEAR - full.weeksOffPerYear;
  return {
    ok: true,
    value: {
      monthly: yearlyNet / MONTHS_PER_YEAR,
      weekly: yearlyNet / weeks,
      daily: yearlyNet / (weeks * days),
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
