/**
 * The reader's weekly log against the goal planner's plan: checking the log, running totals of planned and actual
 * income, a verdict on how far ahead or behind the reader is, and their own acceptance rate. Same conventions as
 * goals/plan.ts; kept apart from it so the planner loads this only for a reader who keeps a log. The Arabic wording of
 * verdicts lives with the UI; this module returns the numbers.
 */
import {
  MAX_AMOUNT,
  amount,
  count,
  finite,
  has,
  price,
  validate,
  wholeUpTo,
  type FieldError,
  type Problem,
  type Result,
} from '../forms/validation';
import { DAYS_PER_WEEK } from '../format/calendar';

/** A week within ±10% of the plan is on track: weekly income is lumpy, so small gaps are not a verdict. */
export const VERDICT_TOLERANCE = 0.1;

/** Relative slack on the verdict's edges, so that rounding never tips one (see weekVerdict). */
const EDGE_SLACK = 1e-9;
const MS_PER_DAY = 86_400_000;

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
  return errors.sort(
    (a, b) => (a.index ?? 0) - (b.index ?? 0) || LOG_FIELDS.indexOf(a.field) - LOG_FIELDS.indexOf(b.field),
  );
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
      {
        actual: (x) => finite(x) ?? (x < 0 ? 'negative' : undefined),
        weeks: wholeUpTo(MAX_AMOUNT),
        weeklyTargetIncome: price,
      },
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
  const band = planned * VERDICT_TOLERANCE * (1 + EDGE_SLACK);
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
