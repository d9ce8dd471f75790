import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CEIL_TOLERANCE,
  MAX_RAMP_MONTHS,
  MIN_ACCEPTANCE_RATE,
  ceilCount,
  planIncomeGoal,
  priceRamp,
  splitYearlyGoal,
  type IncomeGoalInput,
  type IncomeGoalPlan,
  type PriceRampInput,
} from '../../../src/lib/goals/plan';
import {
  VERDICT_TOLERANCE,
  acceptanceRateFromLog,
  cumulativePlanVsActual,
  validateWeekLog,
  weekVerdict,
  type CumulativeFigures,
  type LogFieldError,
  type LogResult,
  type WeekEntry,
} from '../../../src/lib/goals/week-log';
import { MAX_AMOUNT, MIN_PRICE, type FieldError, type Problem, type Result } from '../../../src/lib/forms/validation';

function value<T, F extends string>(r: Result<T, F> | LogResult<T>): T {
  if (!r.ok) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r.value;
}

function errors<T, F extends string>(r: Result<T, F>): FieldError<F>[] {
  if (r.ok) throw new Error(`unexpected value: ${JSON.stringify(r.value)}`);
  return r.errors;
}

function logErrors<T>(r: LogResult<T>): LogFieldError[] {
  if (r.ok) throw new Error(`unexpected value: ${JSON.stringify(r.value)}`);
  return r.errors;
}

function allFinite(o: object): boolean {
  return Object.values(o).every((v) => typeof v !== 'number' || Number.isFinite(v));
}

const goal: IncomeGoalInput = {
  targetNetMonthly: 1000,
  averageOrderPrice: 10,
  platformFeeRate: 0.2,
  acceptanceRate: 0.25,
  workingDaysPerWeek: 5,
};

const validGoal: fc.Arbitrary<IncomeGoalInput> = fc.record({
  targetNetMonthly: fc.double({ min: 0, max: MAX_AMOUNT, noNaN: true }),
  averageOrderPrice: fc.double({ min: MIN_PRICE, max: MAX_AMOUNT, noNaN: true }),
  platformFeeRate: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  acceptanceRate: fc.double({ min: MIN_ACCEPTANCE_RATE, max: 1, noNaN: true }),
  workingDaysPerWeek: fc.double({ min: 1, max: 7, noNaN: true }),
});

/** Any number a form could pass on, finite or not. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.double({ min: -2, max: 10, noNaN: true }),
  fc.integer({ min: -5, max: 200 }),
);

describe('ceilCount', () => {
  it.each([
    [0, 0],
    [125, 125],
    [1000 / 8, 125],
    [5.000000000000001, 5], // 57 / (12 × 0.95)
    [30.000000000000004, 30], // 21 / 0.7
    [125.125, 126],
    [0.0001, 1],
    [1e20, 1e20 - 1e11], // far beyond whole-number precision, the slack is a relative one
  ])('ceilCount(%d) = %d', (x, expected) => {
    expect(ceilCount(x)).toBe(expected);
  });
});

describe('planIncomeGoal', () => {
  it.each<[string, Partial<IncomeGoalInput>, IncomeGoalPlan]>([
    // net = 10 × 0.8 = 8; ⌈1000 / 8⌉ = 125 exactly; ⌈125 × 12 / 52⌉ = ⌈28.85⌉ = 29; 29 / 0.25 = 116; ⌈116 / 5⌉ = 24
    [
      'a worked example: 1,000 a month at 10 an order',
      {},
      { netPerOrder: 8, ordersPerMonth: 125, ordersPerWeek: 29, proposalsPerWeek: 116, proposalsPerDay: 24 },
    ],
    // 91 × 12 / 52 = 21 exactly; 21 / 0.7 = 30.000000000000004 in binary, must stay 30; 30 / 5 = 6
    [
      'every step exact',
      { targetNetMonthly: 7280, averageOrderPrice: 100, acceptanceRate: 0.7 },
      { netPerOrder: 80, ordersPerMonth: 91, ordersPerWeek: 21, proposalsPerWeek: 30, proposalsPerDay: 6 },
    ],
    // 12 × 0.95 = 11.399999999999999, 57 / that = 5.000000000000001: still 5 orders; ⌈60 / 52⌉ = 2
    [
      'a commission that is inexact in binary',
      { targetNetMonthly: 57, averageOrderPrice: 12, platformFeeRate: 0.05, acceptanceRate: 1, workingDaysPerWeek: 1 },
      { netPerOrder: 12 * 0.95, ordersPerMonth: 5, ordersPerWeek: 2, proposalsPerWeek: 2, proposalsPerDay: 2 },
    ],
    [
      'a hundred orders, not a hundred and one',
      {
        targetNetMonthly: 1140,
        averageOrderPrice: 12,
        platformFeeRate: 0.05,
        acceptanceRate: 0.5,
        workingDaysPerWeek: 6,
      },
      { netPerOrder: 12 * 0.95, ordersPerMonth: 100, ordersPerWeek: 24, proposalsPerWeek: 47, proposalsPerDay: 8 },
    ],
    // 40 net; 75 orders; 900 a year / 52 = 17.3 → 18 a week; 17.3 / 0.1 = 173.1 → 174 proposals; 34.6 → 35 a day
    [
      'a low acceptance rate',
      { targetNetMonthly: 3000, averageOrderPrice: 50, acceptanceRate: 0.1 },
      { netPerOrder: 40, ordersPerMonth: 75, ordersPerWeek: 18, proposalsPerWeek: 174, proposalsPerDay: 35 },
    ],
    // a real fraction of an order is still rounded up: 1001 / 8 = 125.125
    [
      'a real fraction',
      { targetNetMonthly: 1001 },
      { netPerOrder: 8, ordersPerMonth: 126, ordersPerWeek: 29, proposalsPerWeek: 116, proposalsPerDay: 24 },
    ],
    [
      'no commission',
      { platformFeeRate: 0 },
      { netPerOrder: 10, ordersPerMonth: 100, ordersPerWeek: 24, proposalsPerWeek: 93, proposalsPerDay: 19 },
    ],
    [
      'half a working day',
      { workingDaysPerWeek: 5.5 },
      { netPerOrder: 8, ordersPerMonth: 125, ordersPerWeek: 29, proposalsPerWeek: 116, proposalsPerDay: 21 },
    ],
    [
      'seven days',
      { workingDaysPerWeek: 7 },
      { netPerOrder: 8, ordersPerMonth: 125, ordersPerWeek: 29, proposalsPerWeek: 116, proposalsPerDay: 17 },
    ],
    [
      'one day',
      { workingDaysPerWeek: 1 },
      { netPerOrder: 8, ordersPerMonth: 125, ordersPerWeek: 29, proposalsPerWeek: 116, proposalsPerDay: 116 },
    ],
    // 5e-324 / 8 underflows to 0, yet a positive goal takes an order, and a proposal to win it
    [
      'the tiniest goal',
      { targetNetMonthly: Number.MIN_VALUE },
      { netPerOrder: 8, ordersPerMonth: 1, ordersPerWeek: 1, proposalsPerWeek: 1, proposalsPerDay: 1 },
    ],
    [
      'a zero goal',
      { targetNetMonthly: 0 },
      { netPerOrder: 8, ordersPerMonth: 0, ordersPerWeek: 0, proposalsPerWeek: 0, proposalsPerDay: 0 },
    ],
    [
      'the smallest price and acceptance rate',
      { targetNetMonthly: 1, averageOrderPrice: MIN_PRICE, platformFeeRate: 0, acceptanceRate: MIN_ACCEPTANCE_RATE },
      { netPerOrder: 0.01, ordersPerMonth: 100, ordersPerWeek: 24, proposalsPerWeek: 23_077, proposalsPerDay: 4_616 },
    ],
  ])('%s', (_name, change, expected) => {
    expect(value(planIncomeGoal({ ...goal, ...change }))).toEqual(expected);
  });

  it.each<[keyof IncomeGoalInput, number, Problem]>([
    ['targetNetMonthly', Number.NaN, 'not-finite'],
    ['targetNetMonthly', Infinity, 'not-finite'],
    ['targetNetMonthly', -1, 'negative'],
    ['targetNetMonthly', MAX_AMOUNT * 10, 'too-large'],
    ['averageOrderPrice', 0, 'zero'],
    ['averageOrderPrice', -5, 'negative'],
    ['averageOrderPrice', 0.001, 'too-small'],
    ['averageOrderPrice', -Infinity, 'not-finite'],
    ['averageOrderPrice', MAX_AMOUNT * 2, 'too-large'],
    ['platformFeeRate', -0.1, 'negative'],
    ['platformFeeRate', 1, 'rate-too-high'],
    ['platformFeeRate', 20, 'rate-too-high'],
    ['platformFeeRate', Number.NaN, 'not-finite'],
    ['acceptanceRate', 0, 'zero'],
    ['acceptanceRate', -0.2, 'negative'],
    ['acceptanceRate', 1.01, 'rate-too-high'],
    ['acceptanceRate', 25, 'rate-too-high'],
    ['acceptanceRate', MIN_ACCEPTANCE_RATE / 2, 'too-small'],
    ['acceptanceRate', Number.NaN, 'not-finite'],
    ['workingDaysPerWeek', 0, 'zero'],
    ['workingDaysPerWeek', -1, 'negative'],
    ['workingDaysPerWeek', 0.5, 'too-small'],
    ['workingDaysPerWeek', 7.5, 'too-many-days'],
    ['workingDaysPerWeek', Infinity, 'not-finite'],
  ])('rejects %s = %d as %s', (field, bad, problem) => {
    expect(errors(planIncomeGoal({ ...goal, [field]: bad }))).toEqual([{ field, problem }]);
  });

  it('names every bad field, in the input order', () => {
    const r = planIncomeGoal({
      targetNetMonthly: -1,
      averageOrderPrice: 0,
      platformFeeRate: 1,
      acceptanceRate: 0,
      workingDaysPerWeek: 8,
    });
    expect(errors(r)).toEqual([
      { field: 'targetNetMonthly', problem: 'negative' },
      { field: 'averageOrderPrice', problem: 'zero' },
      { field: 'platformFeeRate', problem: 'rate-too-high' },
      { field: 'acceptanceRate', problem: 'zero' },
      { field: 'workingDaysPerWeek', problem: 'too-many-days' },
    ]);
  });

  // Each count is the smallest whole number that covers what it must: enough, and one fewer would not be.
  // Rounding forgives a relative error of a billionth (so 0.1 × 3 is not taken for more than 0.3); the slack
  // below stays on either side of that, wide enough for floating-point noise.
  const covers = (count: number, unit: number, need: number) => count * unit >= need * (1 - 1e-8);
  const smallest = (count: number, unit: number, need: number) =>
    count === 0 || (count - 1) * unit < need * (1 - 1e-10);

  it('keeps the fee out of each order and plans just enough orders for the month', () => {
    fc.assert(
      fc.property(validGoal, (input) => {
        const r = value(planIncomeGoal(input));
        const price = r.netPerOrder + input.averageOrderPrice * input.platformFeeRate;
        expect(Math.abs(price - input.averageOrderPrice)).toBeLessThanOrEqual(input.averageOrderPrice * 1e-12);
        expect(covers(r.ordersPerMonth, r.netPerOrder, input.targetNetMonthly)).toBe(true);
        if (input.targetNetMonthly > 0) expect(r.ordersPerMonth).toBeGreaterThanOrEqual(1);
        if (r.ordersPerMonth > 1) expect(smallest(r.ordersPerMonth, r.netPerOrder, input.targetNetMonthly)).toBe(true);
      }),
    );
  });

  it('plans just enough orders a week for the year’s working weeks, and just enough proposals for them', () => {
    fc.assert(
      fc.property(validGoal, fc.integer({ min: 0, max: 51 }), (input, weeksOffPerYear) => {
        const r = value(planIncomeGoal({ ...input, weeksOffPerYear }));
        if (input.targetNetMonthly === 0) return;
        // What the year takes, spread over the weeks actually worked.
        const weekly = (input.targetNetMonthly * 12) / r.netPerOrder / (52 - weeksOffPerYear);
        expect(covers(r.ordersPerWeek, 1, weekly)).toBe(true);
        if (r.ordersPerWeek > 1) expect(smallest(r.ordersPerWeek, 1, weekly)).toBe(true);
        expect(covers(r.proposalsPerWeek, input.acceptanceRate, weekly)).toBe(true);
        if (r.proposalsPerWeek > 1) expect(smallest(r.proposalsPerWeek, input.acceptanceRate, weekly)).toBe(true);
        const perDay = weekly / input.acceptanceRate / input.workingDaysPerWeek;
        expect(covers(r.proposalsPerDay, 1, perDay)).toBe(true);
        if (r.proposalsPerDay > 1) expect(smallest(r.proposalsPerDay, 1, perDay)).toBe(true);
      }),
    );
  });

  it('spreads the year over the weeks worked (24,000 with 6 weeks off is 521.74 a week), and rounds each count once', () => {
    expect(value(splitYearlyGoal({ yearlyNet: 24_000, workingDaysPerWeek: 5, weeksOffPerYear: 6 })).weekly).toBeCloseTo(
      521.739,
      3,
    );
    // 10 orders a month at 25% acceptance: 120 a year / 52 = 2.31 orders a week → 3, and 2.31 / 0.25 = 9.23 → 10
    // proposals, not ⌈3 / 0.25⌉ = 12 from the already rounded orders.
    const r = value(planIncomeGoal({ ...goal, targetNetMonthly: 80, acceptanceRate: 0.25 }));
    expect([r.ordersPerMonth, r.ordersPerWeek, r.proposalsPerWeek]).toEqual([10, 3, 10]);
  });

  it('never yields NaN or Infinity for valid input', () => {
    fc.assert(fc.property(validGoal, (input) => allFinite(value(planIncomeGoal(input)))));
  });

  it('returns either errors or finite whole counts for any number at all', () => {
    fc.assert(
      fc.property(
        fc.record({
          targetNetMonthly: anyNumber,
          averageOrderPrice: anyNumber,
          platformFeeRate: anyNumber,
          acceptanceRate: anyNumber,
          workingDaysPerWeek: anyNumber,
        }),
        (input) => {
          const r = planIncomeGoal(input);
          if (!r.ok) return r.errors.length > 0;
          const { netPerOrder, ...counts } = r.value;
          return (
            Number.isFinite(netPerOrder) &&
            Object.values(counts).every((n) => Number.isFinite(n) && Number.isInteger(n) && n >= 0)
          );
        },
      ),
    );
  });

  it('asks for at least as many proposals when the acceptance rate goes down', () => {
    fc.assert(
      fc.property(
        validGoal,
        fc.double({ min: MIN_ACCEPTANCE_RATE, max: 1, noNaN: true }),
        fc.double({ min: MIN_ACCEPTANCE_RATE, max: 1, noNaN: true }),
        (input, a, b) => {
          const [low, high] = a < b ? [a, b] : [b, a];
          const atLow = value(planIncomeGoal({ ...input, acceptanceRate: low }));
          const atHigh = value(planIncomeGoal({ ...input, acceptanceRate: high }));
          expect(atLow.proposalsPerWeek).toBeGreaterThanOrEqual(atHigh.proposalsPerWeek);
          expect(atLow.proposalsPerDay).toBeGreaterThanOrEqual(atHigh.proposalsPerDay);
        },
      ),
    );
  });

  it('plans enough orders to reach the goal (within the rounding slack)', () => {
    fc.assert(
      fc.property(validGoal, (input) => {
        const r = value(planIncomeGoal(input));
        expect(r.ordersPerMonth * r.netPerOrder).toBeGreaterThanOrEqual(
          input.targetNetMonthly * (1 - 2 * CEIL_TOLERANCE),
        );
      }),
    );
  });

  it('plans enough orders to reach the goal exactly for everyday figures', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 50 }),
        (target, price, feePercent) => {
          const r = value(
            planIncomeGoal({
              ...goal,
              targetNetMonthly: target,
              averageOrderPrice: price,
              platformFeeRate: feePercent / 100,
            }),
          );
          // Exact decimal arithmetic in cents: the count is the true ceiling, no more, no less.
          const netCents = price * (100 - feePercent);
          expect(r.ordersPerMonth).toBe(Math.floor((target * 100 + netCents - 1) / netCents));
          expect(r.ordersPerMonth * netCents).toBeGreaterThanOrEqual(target * 100);
        },
      ),
    );
  });
});

describe('splitYearlyGoal', () => {
  it.each([
    [52_000, 5, { monthly: 52_000 / 12, weekly: 1_000, daily: 200 }],
    [36_000, 6, { monthly: 3_000, weekly: 36_000 / 52, daily: 36_000 / 312 }],
    [0, 5, { monthly: 0, weekly: 0, daily: 0 }],
    [5_200, 1, { monthly: 5_200 / 12, weekly: 100, daily: 100 }],
    [5_200, 7, { monthly: 5_200 / 12, weekly: 100, daily: 100 / 7 }],
    [5_200, 5.5, { monthly: 5_200 / 12, weekly: 100, daily: 5_200 / 286 }],
  ])('splits %d over %d days a week', (yearlyNet, workingDaysPerWeek, expected) => {
    expect(value(splitYearlyGoal({ yearlyNet, workingDaysPerWeek }))).toEqual(expected);
  });

  it.each<[string, number, number, FieldError<'yearlyNet' | 'workingDaysPerWeek'>[]]>([
    ['negative money', -1, 5, [{ field: 'yearlyNet', problem: 'negative' }]],
    ['NaN money', Number.NaN, 5, [{ field: 'yearlyNet', problem: 'not-finite' }]],
    ['too much money', MAX_AMOUNT * 2, 5, [{ field: 'yearlyNet', problem: 'too-large' }]],
    ['no day', 1000, 0, [{ field: 'workingDaysPerWeek', problem: 'zero' }]],
    ['half a day', 1000, 0.5, [{ field: 'workingDaysPerWeek', problem: 'too-small' }]],
    ['eight days', 1000, 8, [{ field: 'workingDaysPerWeek', problem: 'too-many-days' }]],
    [
      'both',
      -Infinity,
      -2,
      [
        { field: 'yearlyNet', problem: 'not-finite' },
        { field: 'workingDaysPerWeek', problem: 'negative' },
      ],
    ],
  ])('rejects %s', (_name, yearlyNet, workingDaysPerWeek, expected) => {
    expect(errors(splitYearlyGoal({ yearlyNet, workingDaysPerWeek }))).toEqual(expected);
  });

  it('adds back up and stays finite', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: MAX_AMOUNT, noNaN: true }),
        fc.double({ min: 1, max: 7, noNaN: true }),
        (yearlyNet, days) => {
          const r = value(splitYearlyGoal({ yearlyNet, workingDaysPerWeek: days }));
          expect(allFinite(r)).toBe(true);
          expect(r.monthly * 12).toBeCloseTo(yearlyNet, 0);
          expect(r.daily * days * 52).toBeCloseTo(yearlyNet, 0);
        },
      ),
    );
  });
});

const ramp: PriceRampInput = {
  startPrice: 10,
  targetPrice: 40,
  raiseRate: 1,
  raiseEveryMonths: 2,
  months: 8,
  targetNetMonthly: 1000,
  platformFeeRate: 0.2,
  ordersPerMonthCapacity: 40,
};

describe('priceRamp', () => {
  it('doubles every two months up to the target and reaches the goal once the price allows it', () => {
    const r = value(priceRamp(ramp));
    expect(r.months.map((m) => m.price)).toEqual([10, 10, 20, 20, 40, 40, 40, 40]);
    expect(r.months.map((m) => m.netPerOrder)).toEqual([8, 8, 16, 16, 32, 32, 32, 32]);
    // 1000 / 8 = 125 exactly; 1000 / 16 = 62.5; 1000 / 32 = 31.25
    expect(r.months.map((m) => m.ordersNeeded)).toEqual([125, 125, 63, 63, 32, 32, 32, 32]);
    expect(r.months.map((m) => m.reachable)).toEqual([false, false, false, false, true, true, true, true]);
    expect(r.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r.monthTargetReached).toBe(5);
  });

  it.each<[string, Partial<PriceRampInput>, number | null]>([
    ['never within capacity, even at the target price', { ordersPerMonthCapacity: 31 }, null],
    ['exactly the capacity counts as reachable', { ordersPerMonthCapacity: 32 }, 5],
    ['reachable from the first month', { ordersPerMonthCapacity: 125 }, 1],
    ['just short at the start', { ordersPerMonthCapacity: 124 }, 3],
    ['too few months to get there', { months: 4 }, null],
    ['a zero goal is reached at once', { targetNetMonthly: 0, ordersPerMonthCapacity: 0 }, 1],
    ['no capacity at all', { ordersPerMonthCapacity: 0 }, null],
    ['never raising', { raiseRate: 0, ordersPerMonthCapacity: 63 }, null],
  ])('%s', (_name, change, expected) => {
    expect(value(priceRamp({ ...ramp, ...change })).monthTargetReached).toBe(expected);
  });

  it.each<[string, Partial<PriceRampInput>, number[]]>([
    [
      'caps the last raise at the target',
      { startPrice: 10, targetPrice: 15, raiseRate: 0.2, raiseEveryMonths: 1, months: 5 },
      [10, 12, 14.399999999999999, 15, 15],
    ],
    // 3 × 1.2 = 3.5999999999999996 in binary: it is the target, not a step short of it
    [
      'snaps a price a rounding error below the target',
      { startPrice: 3, targetPrice: 3.6, raiseRate: 0.2, raiseEveryMonths: 1, months: 3 },
      [3, 3.6, 3.6],
    ],
    ['starts at the target', { startPrice: 40, months: 3 }, [40, 40, 40]],
    ['never raises', { raiseRate: 0, months: 3 }, [10, 10, 10]],
    ['raises less often than the months shown', { raiseEveryMonths: 12, months: 3 }, [10, 10, 10]],
    ['raises every month', { raiseEveryMonths: 1, months: 4 }, [10, 20, 40, 40]],
  ])('%s', (_name, change, prices) => {
    expect(value(priceRamp({ ...ramp, ...change })).months.map((m) => m.price)).toEqual(prices);
  });

  it('rounds the orders needed with the same slack as the planner', () => {
    // 57 / (12 × 0.95) = 5.000000000000001: five orders, within a capacity of five
    const r = value(
      priceRamp({
        ...ramp,
        startPrice: 12,
        targetPrice: 12,
        targetNetMonthly: 57,
        platformFeeRate: 0.05,
        ordersPerMonthCapacity: 5,
        months: 1,
      }),
    );
    expect(r.months).toEqual([{ month: 1, price: 12, netPerOrder: 12 * 0.95, ordersNeeded: 5, reachable: true }]);
    expect(r.monthTargetReached).toBe(1);
  });

  it('accepts up to MAX_RAMP_MONTHS months', () => {
    expect(
      value(priceRamp({ ...ramp, months: MAX_RAMP_MONTHS, raiseEveryMonths: MAX_RAMP_MONTHS })).months,
    ).toHaveLength(MAX_RAMP_MONTHS);
  });

  it.each<[keyof PriceRampInput, number, Problem]>([
    ['startPrice', 0, 'zero'],
    ['startPrice', -1, 'negative'],
    ['startPrice', 0.005, 'too-small'],
    ['startPrice', Number.NaN, 'not-finite'],
    ['targetPrice', 5, 'below-start'],
    ['targetPrice', 0, 'zero'],
    ['targetPrice', MAX_AMOUNT * 2, 'too-large'],
    ['raiseRate', -0.1, 'negative'],
    ['raiseRate', 1.5, 'rate-too-high'],
    ['raiseRate', Infinity, 'not-finite'],
    ['raiseEveryMonths', 0, 'zero'],
    ['raiseEveryMonths', 1.5, 'not-integer'],
    ['raiseEveryMonths', MAX_RAMP_MONTHS + 1, 'too-large'],
    ['months', 0, 'zero'],
    ['months', -3, 'negative'],
    ['months', 2.5, 'not-integer'],
    ['months', MAX_RAMP_MONTHS + 1, 'too-large'],
    ['months', 1e9, 'too-large'],
    ['targetNetMonthly', -1, 'negative'],
    ['targetNetMonthly', Number.NaN, 'not-finite'],
    ['platformFeeRate', 1, 'rate-too-high'],
    ['platformFeeRate', -0.5, 'negative'],
    ['ordersPerMonthCapacity', -1, 'negative'],
    ['ordersPerMonthCapacity', 2.5, 'not-integer'],
    ['ordersPerMonthCapacity', Number.NaN, 'not-finite'],
  ])('rejects %s = %d as %s', (field, bad, problem) => {
    expect(errors(priceRamp({ ...ramp, [field]: bad }))).toEqual([{ field, problem }]);
  });

  it('lists a target below the start first, then the other fields', () => {
    expect(errors(priceRamp({ ...ramp, startPrice: 50, months: 0 }))).toEqual([
      { field: 'targetPrice', problem: 'below-start' },
      { field: 'months', problem: 'zero' },
    ]);
  });

  it('keeps prices between start and target, rising, and stays reachable once reached', () => {
    fc.assert(
      fc.property(
        fc.record({
          startPrice: fc.double({ min: MIN_PRICE, max: 1e6, noNaN: true }),
          targetShare: fc.double({ min: 1, max: 100, noNaN: true }),
          raiseRate: fc.double({ min: 0, max: 1, noNaN: true }),
          raiseEveryMonths: fc.integer({ min: 1, max: MAX_RAMP_MONTHS }),
          months: fc.integer({ min: 1, max: MAX_RAMP_MONTHS }),
          targetNetMonthly: fc.double({ min: 0, max: MAX_AMOUNT, noNaN: true }),
          platformFeeRate: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
          ordersPerMonthCapacity: fc.integer({ min: 0, max: 1_000_000 }),
        }),
        ({ targetShare, ...rest }) => {
          const input = { ...rest, targetPrice: Math.min(rest.startPrice * targetShare, MAX_AMOUNT) };
          const r = value(priceRamp(input));
          expect(r.months).toHaveLength(input.months);
          let previous = input.startPrice;
          for (const m of r.months) {
            expect(allFinite(m)).toBe(true);
            expect(m.price).toBeGreaterThanOrEqual(previous);
            expect(m.price).toBeLessThanOrEqual(input.targetPrice);
            expect(m.reachable).toBe(m.ordersNeeded <= input.ordersPerMonthCapacity);
            expect(m.reachable).toBe(r.monthTargetReached !== null && m.month >= r.monthTargetReached);
            previous = m.price;
          }
        },
      ),
    );
  });
});

describe('weekVerdict', () => {
  const edge = 100 * VERDICT_TOLERANCE; // 10

  it.each<[number, 'ahead' | 'on-track' | 'behind']>([
    [100, 'on-track'],
    [100 - edge, 'on-track'],
    [100 + edge, 'on-track'],
    [89.99, 'behind'],
    [110.01, 'ahead'],
    [0, 'behind'],
    [250, 'ahead'],
  ])('a week with %d against a target of 100 is %s', (income, verdict) => {
    expect(value(weekVerdict({ income }, 100)).verdict).toBe(verdict);
  });

  it.each<[number, number, number, 'ahead' | 'on-track' | 'behind']>([
    [270, 3, 100, 'on-track'],
    [330, 3, 100, 'on-track'],
    [269.99, 3, 100, 'behind'],
    [330.01, 3, 100, 'ahead'],
    // the same edges with figures that are inexact in binary: 3 × 0.7 = 2.0999999999999996
    [1.89, 3, 0.7, 'on-track'],
    [2.31, 3, 0.7, 'on-track'],
    [1.88, 3, 0.7, 'behind'],
    [2.32, 3, 0.7, 'ahead'],
    [189, 3, 70, 'on-track'],
    [231, 3, 70, 'on-track'],
  ])('running totals of %d over %d weeks against %d a week are %s', (actual, weeks, target, verdict) => {
    expect(value(weekVerdict({ actual, weeks }, target)).verdict).toBe(verdict);
  });

  it('returns the numbers a sentence needs', () => {
    expect(value(weekVerdict({ income: 80 }, 100))).toEqual({
      verdict: 'behind',
      planned: 100,
      actual: 80,
      difference: -20,
      percentOfPlan: 80,
    });
    expect(value(weekVerdict({ actual: 450, weeks: 3 }, 100))).toEqual({
      verdict: 'ahead',
      planned: 300,
      actual: 450,
      difference: 150,
      percentOfPlan: 150,
    });
  });

  it('judges a whole entry on its income, and a plan-versus-actual row on its totals', () => {
    const entry: WeekEntry = { weekStart: '2025-01-06', income: 95, orders: 2, proposals: 9, note: 'أسبوع هادئ' };
    expect(value(weekVerdict(entry, 100)).verdict).toBe('on-track');
    const rows = value(cumulativePlanVsActual([entry, { ...entry, weekStart: '2025-01-13', income: 0 }], 100));
    const last = rows[rows.length - 1];
    if (last === undefined) throw new Error('no row');
    expect(value(weekVerdict(last, 100))).toMatchObject({
      verdict: 'behind',
      planned: 200,
      actual: 95,
      difference: -105,
    });
  });

  it.each<[string, Pick<WeekEntry, 'income'> | CumulativeFigures, number, { field: string; problem: Problem }[]]>([
    ['a negative income', { income: -1 }, 100, [{ field: 'income', problem: 'negative' }]],
    ['a NaN income', { income: Number.NaN }, 100, [{ field: 'income', problem: 'not-finite' }]],
    ['a zero target', { income: 10 }, 0, [{ field: 'weeklyTargetIncome', problem: 'zero' }]],
    ['a target under a cent', { income: 10 }, 0.001, [{ field: 'weeklyTargetIncome', problem: 'too-small' }]],
    ['a negative target', { income: 10 }, -5, [{ field: 'weeklyTargetIncome', problem: 'negative' }]],
    ['an infinite target', { income: 10 }, Infinity, [{ field: 'weeklyTargetIncome', problem: 'not-finite' }]],
    ['a negative total', { actual: -1, weeks: 2 }, 100, [{ field: 'actual', problem: 'negative' }]],
    ['an impossible total', { actual: MAX_AMOUNT * 3, weeks: 2 }, 100, [{ field: 'actual', problem: 'too-large' }]],
    ['zero weeks', { actual: 10, weeks: 0 }, 100, [{ field: 'weeks', problem: 'zero' }]],
    ['half a week', { actual: 10, weeks: 1.5 }, 100, [{ field: 'weeks', problem: 'not-integer' }]],
    [
      'everything',
      { actual: Number.NaN, weeks: -1 },
      Number.NaN,
      [
        { field: 'actual', problem: 'not-finite' },
        { field: 'weeks', problem: 'negative' },
        { field: 'weeklyTargetIncome', problem: 'not-finite' },
      ],
    ],
  ])('rejects %s', (_name, figures, target, expected) => {
    expect(errors(weekVerdict(figures, target))).toEqual(expected);
  });

  it('is consistent with the difference and never yields NaN or Infinity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: MIN_PRICE, max: MAX_AMOUNT, noNaN: true }),
        (weeks, share, target) => {
          const r = value(weekVerdict({ actual: share * MAX_AMOUNT * weeks, weeks }, target));
          expect(allFinite(r)).toBe(true);
          if (r.difference > r.planned * VERDICT_TOLERANCE * 1.001) expect(r.verdict).toBe('ahead');
          else if (r.difference < -r.planned * VERDICT_TOLERANCE * 1.001) expect(r.verdict).toBe('behind');
          else if (Math.abs(r.difference) < r.planned * VERDICT_TOLERANCE * 0.999) expect(r.verdict).toBe('on-track');
        },
      ),
    );
  });
});

const week = (weekStart: string, income: number, orders = 0, proposals = 0): WeekEntry => ({
  weekStart,
  income,
  orders,
  proposals,
  note: '',
});

describe('cumulativePlanVsActual', () => {
  it('sorts an unsorted log and accumulates plan and income', () => {
    const log = [week('2025-01-20', 50), week('2025-01-06', 100), week('2025-01-13', 0), week('2024-12-30', 120)];
    expect(value(cumulativePlanVsActual(log, 100))).toEqual([
      { weekStart: '2024-12-30', weeks: 1, planned: 100, actual: 120 },
      { weekStart: '2025-01-06', weeks: 2, planned: 200, actual: 220 },
      { weekStart: '2025-01-13', weeks: 3, planned: 300, actual: 220 },
      { weekStart: '2025-01-20', weeks: 4, planned: 400, actual: 270 },
    ]);
    expect(log[0]?.weekStart).toBe('2025-01-20'); // the input is left alone
  });

  it('advances the plan with the weeks logged, not the calendar', () => {
    expect(
      value(cumulativePlanVsActual([week('2025-03-03', 80), week('2025-01-06', 80)], 100)).map((r) => r.planned),
    ).toEqual([100, 200]);
  });

  it('gives an empty chart for an empty log', () => {
    expect(value(cumulativePlanVsActual([], 100))).toEqual([]);
  });

  it('accepts weeks exactly seven days apart, across a leap day', () => {
    const log = [week('2024-02-26', 1), week('2024-03-04', 2), week('2024-03-11', 3)];
    expect(value(cumulativePlanVsActual(log, 1)).map((r) => r.actual)).toEqual([1, 3, 6]);
  });

  it.each([
    ['2025-02-30'],
    ['2025-02-29'],
    ['2025-13-01'],
    ['2025-00-10'],
    ['2025-1-6'],
    ['06/01/2025'],
    ['2025-01-06T00:00'],
    [''],
    ['0099-01-01'],
  ])('rejects the date %j', (weekStart) => {
    expect(logErrors(cumulativePlanVsActual([week('2025-01-06', 1), week(weekStart, 1)], 100))).toEqual([
      { field: 'weekStart', problem: 'invalid-date', index: 1 },
    ]);
  });

  it('accepts a leap day', () => {
    expect(validateWeekLog([week('2024-02-29', 1)])).toEqual([]);
  });

  it.each<[string, string[], number[]]>([
    ['the same week twice: the later entry is named', ['2025-01-06', '2025-01-06'], [1]],
    ['weeks three days apart: the later date is named', ['2025-01-09', '2025-01-06'], [0]],
    ['six days apart', ['2025-01-06', '2025-01-12'], [1]],
    ['three entries in one week', ['2025-01-08', '2025-01-06', '2025-01-07'], [0, 2]],
  ])('rejects overlapping weeks: %s', (_name, dates, indices) => {
    expect(
      logErrors(
        cumulativePlanVsActual(
          dates.map((d) => week(d, 1)),
          100,
        ),
      ),
    ).toEqual(indices.map((index) => ({ field: 'weekStart', problem: 'overlapping-week', index })));
  });

  it.each<[string, Partial<WeekEntry>, LogFieldError[]]>([
    ['a negative income', { income: -1 }, [{ field: 'income', problem: 'negative', index: 0 }]],
    ['a NaN income', { income: Number.NaN }, [{ field: 'income', problem: 'not-finite', index: 0 }]],
    ['an absurd income', { income: MAX_AMOUNT * 2 }, [{ field: 'income', problem: 'too-large', index: 0 }]],
    ['half an order', { orders: 1.5 }, [{ field: 'orders', problem: 'not-integer', index: 0 }]],
    ['negative orders', { orders: -1 }, [{ field: 'orders', problem: 'negative', index: 0 }]],
    ['infinite proposals', { proposals: Infinity }, [{ field: 'proposals', problem: 'not-finite', index: 0 }]],
    ['negative proposals', { proposals: -2 }, [{ field: 'proposals', problem: 'negative', index: 0 }]],
    ['a fraction of a proposal', { proposals: 0.5 }, [{ field: 'proposals', problem: 'not-integer', index: 0 }]],
  ])('rejects %s', (_name, change, expected) => {
    expect(logErrors(cumulativePlanVsActual([{ ...week('2025-01-06', 10, 1, 4), ...change }], 100))).toEqual(expected);
  });

  it.each<[number, Problem]>([
    [0, 'zero'],
    [-10, 'negative'],
    [0.001, 'too-small'],
    [Number.NaN, 'not-finite'],
    [MAX_AMOUNT * 2, 'too-large'],
  ])('rejects a weekly target of %d as %s', (target, problem) => {
    expect(logErrors(cumulativePlanVsActual([week('2025-01-06', 10)], target))).toEqual([
      { field: 'weeklyTargetIncome', problem },
    ]);
  });

  it('lists the errors by entry, fields in order, the target last', () => {
    const log = [week('2025-01-06', 1), { ...week('2025-01-07', -1), orders: 0.5 }, week('bad', 1, -1)];
    expect(logErrors(cumulativePlanVsActual(log, 0))).toEqual([
      { field: 'weekStart', problem: 'overlapping-week', index: 1 },
      { field: 'income', problem: 'negative', index: 1 },
      { field: 'orders', problem: 'not-integer', index: 1 },
      { field: 'weekStart', problem: 'invalid-date', index: 2 },
      { field: 'orders', problem: 'negative', index: 2 },
      { field: 'weeklyTargetIncome', problem: 'zero' },
    ]);
  });

  /** Logs of distinct weeks (a week apart from 2020-01-06), in a random order. */
  const validLog = fc
    .uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 30 })
    .chain((weeks) =>
      fc.tuple(
        fc.constant(weeks),
        fc.array(fc.double({ min: 0, max: MAX_AMOUNT, noNaN: true }), {
          minLength: weeks.length,
          maxLength: weeks.length,
        }),
      ),
    )
    .map(([weeks, incomes]) =>
      weeks.map((w, i) => week(new Date(Date.UTC(2020, 0, 6 + 7 * w)).toISOString().slice(0, 10), incomes[i] ?? 0)),
    );

  it('does not depend on the order of the log, and ends at the total income', () => {
    fc.assert(
      fc.property(validLog, fc.double({ min: MIN_PRICE, max: MAX_AMOUNT, noNaN: true }), (log, target) => {
        const rows = value(cumulativePlanVsActual(log, target));
        expect(value(cumulativePlanVsActual([...log].reverse(), target))).toEqual(rows);
        expect(rows.map((r) => r.weekStart)).toEqual(log.map((e) => e.weekStart).sort());
        const last = rows[rows.length - 1];
        if (last !== undefined) {
          expect(last.actual).toBeCloseTo(
            log.reduce((s, e) => s + e.income, 0),
            -1,
          );
          expect(last.planned).toBe(target * log.length);
        }
        for (const row of rows) {
          expect(allFinite(row)).toBe(true);
          expect(value(weekVerdict(row, target)).planned).toBe(row.planned);
        }
      }),
    );
  });
});

describe('acceptanceRateFromLog', () => {
  it.each<[string, WeekEntry[], number | null]>([
    ['an empty log', [], null],
    ['no proposal sent', [week('2025-01-06', 0, 0, 0), week('2025-01-13', 0, 0, 0)], null],
    ['orders over proposals, overall', [week('2025-01-06', 0, 1, 10), week('2025-01-13', 0, 2, 2)], 0.25],
    ['no order yet', [week('2025-01-06', 0, 0, 12)], 0],
    ['every proposal accepted', [week('2025-01-06', 0, 3, 3)], 1],
    ['orders from invitations exceed proposals', [week('2025-01-06', 0, 3, 2)], 1.5],
    ['orders without any proposal', [week('2025-01-06', 0, 3, 0)], null],
  ])('%s', (_name, log, expected) => {
    expect(value(acceptanceRateFromLog(log))).toBe(expected);
  });

  it('rejects a bad log', () => {
    expect(logErrors(acceptanceRateFromLog([week('2025-01-06', 0, 1, -4), week('2025-01-06', 0, 1, 4)]))).toEqual([
      { field: 'proposals', problem: 'negative', index: 0 },
      { field: 'weekStart', problem: 'overlapping-week', index: 1 },
    ]);
  });

  it('gives a rate the planner accepts whenever orders do not exceed proposals', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(50)), { minLength: 1, maxLength: 20 }), (pairs) => {
        const log = pairs.map(([a, b], i) =>
          week(new Date(Date.UTC(2025, 0, 6 + 7 * i)).toISOString().slice(0, 10), 0, Math.min(a, b), Math.max(a, b)),
        );
        const r = value(acceptanceRateFromLog(log));
        const orders = log.reduce((s, e) => s + e.orders, 0);
        const proposals = log.reduce((s, e) => s + e.proposals, 0);
        if (proposals === 0) return r === null;
        expect(r).toBe(orders / proposals);
        if (orders === 0) return true;
        return planIncomeGoal({ ...goal, acceptanceRate: r ?? 0 }).ok;
      }),
    );
  });
});
