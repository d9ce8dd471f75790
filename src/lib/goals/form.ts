/**
 * The goal planner's form without UI: its fields, defaults, how typed text becomes the numbers goals/plan.ts needs,
 * and the message key for every problem (what a link to the planner carries is in goals/link.ts). Wording lives in
 * goals/copy.ts; the island only wires this to the screen.
 */
import type { GoalField } from '../storage/documents';
import { isAmbiguousPoint, parseNumber, type DigitSet } from '../format/numbers';
import type { MessageKey } from '../forms/messages';
import type { Unit } from '../forms/units';
import {
  planIncomeGoal,
  priceRamp,
  splitYearlyGoal,
  type IncomeGoalPlan,
  type PriceRamp,
  type YearlyGoalSplit,
} from './plan';
import type { Problem } from '../forms/validation';
import { PLANNER_KEYS } from '../forms/planner-link';
import { examples, isExample, type ExampleSpec } from '../forms/examples';
import type { Currency } from '../format/currencies';

export type GoalUnit = Extract<Unit, 'money' | 'percent' | 'weeks' | 'days' | 'months' | 'orders'>;

export interface GoalFieldSpec extends ExampleSpec {
  /** Key in the URL query, shared with the pricing calculator where the meaning is the same. */
  key: string;
  unit: GoalUnit;
  /** The example a new reader sees (money in US dollars, scaled to the plan's currency: forms/examples.ts). */
  defaultText: string;
}

export const GOAL_FORM: Record<GoalField, GoalFieldSpec> = {
  targetYearlyNet: { key: PLANNER_KEYS.yearly, unit: 'money', defaultText: '12000' },
  averageOrderPrice: { key: 'price', unit: 'money', defaultText: '25' },
  platformFeePercent: { key: PLANNER_KEYS.fee, unit: 'percent', defaultText: '20' },
  acceptancePercent: { key: 'accept', unit: 'percent', defaultText: '10' },
  workingDaysPerWeek: { key: 'days', unit: 'days', defaultText: '5' },
  // The pricing calculator's default and key, so its link carries the reader's own weeks off.
  weeksOff: { key: PLANNER_KEYS.weeksOff, unit: 'weeks', defaultText: '6' },
  startPrice: { key: 'start', unit: 'money', defaultText: '10' },
  raisePercent: { key: 'raise', unit: 'percent', defaultText: '20' },
  raiseEveryMonths: { key: 'every', unit: 'months', defaultText: '2' },
  monthlyCapacity: { key: 'capacity', unit: 'orders', defaultText: '60' },
};

export const GOAL_FIELD_IDS = Object.keys(GOAL_FORM) as GoalField[];
export type GoalText = Record<GoalField, string>;

/** How far ahead the price ramp looks. */
export const RAMP_MONTHS = 24;

/** The plan a new reader sees, with examples in the plan's currency and the reader's digits. */
export const defaultGoalText = (currency: Currency = 'USD', digits: DigitSet = 'latn'): GoalText =>
  examples(GOAL_FORM, { currency, digits });

export type GoalErrors = Partial<Record<GoalField, MessageKey>>;

export interface GoalPlan {
  split: YearlyGoalSplit;
  plan: IncomeGoalPlan;
  ramp: PriceRamp;
  /** Orders the reader can deliver in a month, as typed. */
  capacity: number;
  /** The monthly orders the plan needs, when they are more than the reader said they can do; else null. */
  overCapacity: { needed: number; capacity: number } | null;
}

/** Reads every field and, when all are valid, the plan: the yearly split, the weekly habit and the price ramp. */
export function readGoalPlan(text: GoalText): { value: GoalPlan | undefined; errors: GoalErrors } {
  const errors: GoalErrors = {};
  const v = {} as Record<GoalField, number>;
  for (const id of GOAL_FIELD_IDS) {
    const parsed = parseNumber(text[id]);
    if (GOAL_FORM[id].unit === 'money' && isAmbiguousPoint(text[id])) errors[id] = 'ambiguous-point';
    else if (!parsed.ok) errors[id] = parsed.error;
    else if (parsed.value < 0) errors[id] = 'negative';
    else if (GOAL_FORM[id].unit === 'percent' && parsed.value > 100) errors[id] = 'percent-over';
    else v[id] = GOAL_FORM[id].unit === 'percent' ? parsed.value / 100 : parsed.value;
  }
  if (Object.keys(errors).length > 0) return { value: undefined, errors };

  const report = <F extends string>(list: { field: F; problem: Problem }[], fieldOf: Record<F, GoalField>) => {
    for (const e of list)
      errors[fieldOf[e.field]] ??=
        e.problem === 'zero' && GOAL_FORM[fieldOf[e.field]].unit === 'money' ? 'zero-price' : e.problem;
  };
  const split = splitYearlyGoal({
    yearlyNet: v.targetYearlyNet,
    workingDaysPerWeek: v.workingDaysPerWeek,
    weeksOffPerYear: v.weeksOff,
  });
  if (!split.ok)
    report(split.errors, {
      yearlyNet: 'targetYearlyNet',
      workingDaysPerWeek: 'workingDaysPerWeek',
      weeksOffPerYear: 'weeksOff',
    });
  const targetNetMonthly = v.targetYearlyNet / 12;
  const plan = planIncomeGoal({
    targetNetMonthly,
    averageOrderPrice: v.averageOrderPrice,
    platformFeeRate: v.platformFeePercent,
    acceptanceRate: v.acceptancePercent,
    workingDaysPerWeek: v.workingDaysPerWeek,
    weeksOffPerYear: v.weeksOff,
  });
  if (!plan.ok)
    report(plan.errors, {
      targetNetMonthly: 'targetYearlyNet',
      averageOrderPrice: 'averageOrderPrice',
      platformFeeRate: 'platformFeePercent',
      acceptanceRate: 'acceptancePercent',
      workingDaysPerWeek: 'workingDaysPerWeek',
      weeksOffPerYear: 'weeksOff',
    });
  const ramp = priceRamp({
    startPrice: v.startPrice,
    targetPrice: v.averageOrderPrice,
    raiseRate: v.raisePercent,
    raiseEveryMonths: v.raiseEveryMonths,
    months: RAMP_MONTHS,
    targetNetMonthly,
    platformFeeRate: v.platformFeePercent,
    ordersPerMonthCapacity: v.monthlyCapacity,
  });
  if (!ramp.ok)
    report(ramp.errors, {
      startPrice: 'startPrice',
      targetPrice: 'averageOrderPrice',
      raiseRate: 'raisePercent',
      raiseEveryMonths: 'raiseEveryMonths',
      months: 'raiseEveryMonths',
      targetNetMonthly: 'targetYearlyNet',
      platformFeeRate: 'platformFeePercent',
      ordersPerMonthCapacity: 'monthlyCapacity',
    });
  if (!split.ok || !plan.ok || !ramp.ok) return { value: undefined, errors };
  const needed = plan.value.ordersPerMonth;
  const overCapacity = needed > v.monthlyCapacity ? { needed, capacity: v.monthlyCapacity } : null;
  return {
    value: { split: split.value, plan: plan.value, ramp: ramp.value, capacity: v.monthlyCapacity, overCapacity },
    errors,
  };
}

/**
 * The address of this plan, to share: the fields that differ from the currency's examples and the currency, as the planner
 * reads them back (lib/goals/link.ts); whoever opens it is offered the values and keeps their own saved plan.
 */
export function planAddress(text: GoalText, currency: Currency): string {
  const query = new URLSearchParams();
  for (const id of GOAL_FIELD_IDS)
    if (!isExample(text[id], GOAL_FORM[id], { currency, digits: 'latn' })) query.set(GOAL_FORM[id].key, text[id]);
  query.set(PLANNER_KEYS.currency, currency);
  return `/tools/goals/?${query}`;
}
