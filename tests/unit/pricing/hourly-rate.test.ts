import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeRate, grossForNet, netFromGross, type RateInput } from '../../../src/lib/pricing/hourly-rate';
import { MAX_AMOUNT, type FieldError, type Problem, type Result } from '../../../src/lib/forms/validation';
import {
  MAX_LADDER_STEPS,
  microservicePayout,
  priceLadder,
  projectPrice,
  valueBasedPrice,
  type LadderInput,
} from '../../../src/lib/pricing/payment-models';

const base: RateInput = {
  targetNetMonthly: 3000,
  monthlyExpenses: 200,
  taxRate: 0.2,
  platformFeeRate: 0.2,
  billableHoursPerWeek: 30,
  weeksOffPerYear: 4,
  workingDaysPerWeek: 5,
};

function value<T, F extends string>(r: Result<T, F>): T {
  if (!r.ok) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r.value;
}

function errors<T, F extends string>(r: Result<T, F>): FieldError<F>[] {
  if (r.ok) throw new Error(`unexpected value: ${JSON.stringify(r.value)}`);
  return r.errors;
}

const nonFinite = [Number.NaN, Infinity, -Infinity];

/** A test name for an input change that shows NaN and Infinity, which JSON would print as null. */
function label(change: object): string {
  return Object.entries(change)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
}

/** Valid rate input; the fractions stay below 1 and the hours fit in the working days. */
const validRateInput: fc.Arbitrary<RateInput> = fc
  .record({
    targetNetMonthly: fc.double({ min: 0, max: MAX_AMOUNT, noNaN: true }),
    monthlyExpenses: fc.double({ min: 0, max: MAX_AMOUNT, noNaN: true }),
    taxRate: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    platformFeeRate: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    workingDaysPerWeek: fc.double({ min: Number.MIN_VALUE, max: 7, noNaN: true }),
    hoursShare: fc.double({ min: 0, max: 1, noNaN: true }),
    weeksOffPerYear: fc.double({ min: 0, max: 52, maxExcluded: true, noNaN: true }),
  })
  .map(({ hoursShare, ...r }) => ({
    ...r,
    billableHoursPerWeek: Math.max(1 / 60, Math.min(168, 24 * r.workingDaysPerWeek) * hoursShare),
  }))
  .filter((r) => r.billableHoursPerWeek <= 24 * r.workingDaysPerWeek);

describe('computeRate', () => {
  it('works through a typical freelancer', () => {
    const r = value(computeRate(base));
    expect(r.yearlyNet).toBe(36_000);
    expect(r.yearlyTax).toBeCloseTo(9_000, 9); // 36 000 / 0.8 − 36 000
    expect(r.yearlyExpenses).toBe(2_400);
    expect(r.yearlyGross).toBeCloseTo(59_250, 9); // (45 000 + 2 400) / 0.8
    expect(r.yearlyPlatformFee).toBeCloseTo(11_850, 9);
    expect(r.monthlyGross).toBeCloseTo(4_937.5, 9);
    expect(r.billableHoursPerYear).toBe(1_440); // 30 × 48
    expect(r.hourly).toBeCloseTo(59_250 / 1_440, 9);
    expect(r.daily).toBeCloseTo((59_250 / 1_440) * 6, 9);
  });

  it('without tax or commission, gross is net plus expenses', () => {
    const r = value(computeRate({ ...base, taxRate: 0, platformFeeRate: 0 }));
    expect(r.yearlyGross).toBe(38_400);
    expect(r.yearlyTax).toBe(0);
    expect(r.yearlyPlatformFee).toBe(0);
  });

  it('gives zero rates, not NaN, for a zero target', () => {
    const r = value(computeRate({ ...base, targetNetMonthly: 0, monthlyExpenses: 0 }));
    expect([r.yearlyGross, r.hourly, r.daily]).toEqual([0, 0, 0]);
  });

  it('accepts 51 weeks off (one working week) and fractional days', () => {
    expect(value(computeRate({ ...base, weeksOffPerYear: 51 })).billableHoursPerYear).toBe(30);
    expect(value(computeRate({ ...base, workingDaysPerWeek: 5.5, billableHoursPerWeek: 33 })).daily).toBeCloseTo(
      (59_250 / (33 * 48)) * 6,
      9,
    );
  });

  it('accepts the limits themselves', () => {
    expect(computeRate({ ...base, billableHoursPerWeek: 168, workingDaysPerWeek: 7 }).ok).toBe(true);
    expect(computeRate({ ...base, billableHoursPerWeek: 1 / 60 }).ok).toBe(true);
    expect(computeRate({ ...base, targetNetMonthly: MAX_AMOUNT, monthlyExpenses: MAX_AMOUNT }).ok).toBe(true);
    expect(computeRate({ ...base, taxRate: 0.99, platformFeeRate: 0.99 }).ok).toBe(true);
  });

  const invalid: [Partial<RateInput>, keyof RateInput, Problem][] = [
    ...nonFinite.flatMap((x) =>
      (Object.keys(base) as (keyof RateInput)[]).map((field): [Partial<RateInput>, keyof RateInput, Problem] => [
        { [field]: x },
        field,
        'not-finite',
      ]),
    ),
    [{ targetNetMonthly: -1 }, 'targetNetMonthly', 'negative'],
    [{ targetNetMonthly: MAX_AMOUNT * 10 }, 'targetNetMonthly', 'too-large'],
    [{ monthlyExpenses: -0.01 }, 'monthlyExpenses', 'negative'],
    [{ monthlyExpenses: Number.MAX_VALUE }, 'monthlyExpenses', 'too-large'],
    [{ taxRate: 1 }, 'taxRate', 'rate-too-high'],
    [{ taxRate: 20 }, 'taxRate', 'rate-too-high'],
    [{ taxRate: -0.1 }, 'taxRate', 'negative'],
    [{ platformFeeRate: 1 }, 'platformFeeRate', 'rate-too-high'],
    [{ platformFeeRate: 1.5 }, 'platformFeeRate', 'rate-too-high'],
    [{ platformFeeRate: -0.2 }, 'platformFeeRate', 'negative'],
    [{ billableHoursPerWeek: 0 }, 'billableHoursPerWeek', 'zero'],
    [{ billableHoursPerWeek: -5 }, 'billableHoursPerWeek', 'negative'],
    [{ billableHoursPerWeek: 0.01 }, 'billableHoursPerWeek', 'too-small'],
    [{ billableHoursPerWeek: Number.MIN_VALUE }, 'billableHoursPerWeek', 'too-small'],
    [{ billableHoursPerWeek: 169 }, 'billableHoursPerWeek', 'too-many-hours'],
    [{ billableHoursPerWeek: 50, workingDaysPerWeek: 2 }, 'billableHoursPerWeek', 'too-many-hours'],
    [{ weeksOffPerYear: 52 }, 'weeksOffPerYear', 'too-many-weeks'],
    [{ weeksOffPerYear: 60 }, 'weeksOffPerYear', 'too-many-weeks'],
    [{ weeksOffPerYear: -1 }, 'weeksOffPerYear', 'negative'],
    [{ workingDaysPerWeek: 0 }, 'workingDaysPerWeek', 'zero'],
    [{ workingDaysPerWeek: 8 }, 'workingDaysPerWeek', 'too-many-days'],
    [{ workingDaysPerWeek: -1 }, 'workingDaysPerWeek', 'negative'],
  ];
  it.each(invalid.map(([change, field, problem]) => ({ change, field, problem, label: label(change) })))(
    '$label is an error on $field: $problem',
    ({ change, field, problem }) => {
      expect(errors(computeRate({ ...base, ...change }))).toEqual([{ field, problem }]);
    },
  );

  it('reports every bad field at once, in input order', () => {
    const r = computeRate({ ...base, targetNetMonthly: -1, taxRate: 1, weeksOffPerYear: 52, workingDaysPerWeek: 0 });
    expect(errors(r)).toEqual([
      { field: 'targetNetMonthly', problem: 'negative' },
      { field: 'taxRate', problem: 'rate-too-high' },
      { field: 'weeksOffPerYear', problem: 'too-many-weeks' },
      { field: 'workingDaysPerWeek', problem: 'zero' },
    ]);
  });

  it('never gives NaN or Infinity: any input is either finite results or errors', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.double({ min: -1, max: 2 }),
      fc.double({ min: 0, max: 200 }),
      fc.constantFrom(0, 1, 7, 24, 52, 168, MAX_AMOUNT, Number.MIN_VALUE, Number.MAX_VALUE),
    );
    const input = fc.record({
      targetNetMonthly: anyNumber,
      monthlyExpenses: anyNumber,
      taxRate: anyNumber,
      platformFeeRate: anyNumber,
      billableHoursPerWeek: anyNumber,
      weeksOffPerYear: anyNumber,
      workingDaysPerWeek: anyNumber,
    });
    fc.assert(
      fc.property(fc.oneof(input, validRateInput), (i) => {
        const r = computeRate(i);
        if (r.ok) {
          for (const v of Object.values(r.value)) {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
        } else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(Object.keys(base)).toContain(e.field);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('always succeeds on valid input, and the breakdown adds up to the gross', () => {
    fc.assert(
      fc.property(validRateInput, (i) => {
        const r = value(computeRate(i));
        const sum = r.yearlyPlatformFee + r.yearlyTax + r.yearlyExpenses + r.yearlyNet;
        expect(Math.abs(sum - r.yearlyGross)).toBeLessThanOrEqual(r.yearlyGross * 1e-9);
      }),
    );
  });

  it('never lowers the rate when the commission or the tax goes up', () => {
    const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
    fc.assert(
      fc.property(validRateInput, fraction, fraction, (i, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        for (const field of ['platformFeeRate', 'taxRate'] as const) {
          const lower = value(computeRate({ ...i, [field]: low }));
          const higher = value(computeRate({ ...i, [field]: high }));
          expect(higher.hourly).toBeGreaterThanOrEqual(lower.hourly);
          expect(higher.daily).toBeGreaterThanOrEqual(lower.daily);
          expect(higher.yearlyGross).toBeGreaterThanOrEqual(lower.yearlyGross);
        }
      }),
    );
  });
});

describe('commission', () => {
  it('takes the fee off the gross, and adds it back', () => {
    expect(value(netFromGross(100, 0.2))).toBe(80);
    expect(value(grossForNet(80, 0.2))).toBeCloseTo(100, 12);
    expect(value(netFromGross(100, 0))).toBe(100);
    expect(value(grossForNet(0, 0.5))).toBe(0);
  });

  it.each<[string, string, Problem, () => Result<number, string>]>([
    ['netFromGross(-1, 0.2)', 'gross', 'negative', () => netFromGross(-1, 0.2)],
    ['netFromGross(NaN, 0.2)', 'gross', 'not-finite', () => netFromGross(Number.NaN, 0.2)],
    ['netFromGross(100, 1)', 'platformFeeRate', 'rate-too-high', () => netFromGross(100, 1)],
    ['netFromGross(100, -0.1)', 'platformFeeRate', 'negative', () => netFromGross(100, -0.1)],
    ['grossForNet(Infinity, 0.2)', 'net', 'not-finite', () => grossForNet(Infinity, 0.2)],
    ['grossForNet(MAX_VALUE, 0.2)', 'net', 'too-large', () => grossForNet(Number.MAX_VALUE, 0.2)],
    ['grossForNet(80, 1)', 'platformFeeRate', 'rate-too-high', () => grossForNet(80, 1)],
    ['grossForNet(80, NaN)', 'platformFeeRate', 'not-finite', () => grossForNet(80, Number.NaN)],
  ])('%s is an error on %s: %s', (_name, field, problem, call) => {
    expect(errors(call())).toEqual([{ field, problem }]);
  });

  it('grossForNet undoes netFromGross', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: MAX_AMOUNT, noNaN: true })),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (x, fee) => {
          const back = value(grossForNet(value(netFromGross(x, fee)), fee));
          expect(Math.abs(back - x)).toBeLessThanOrEqual(x * 1e-9);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('projectPrice', () => {
  it('pads the estimate by the contingency', () => {
    const r = value(projectPrice({ hours: 10, hourly: 25, contingencyRate: 0.2 }));
    expect(r.base).toBe(250);
    expect(r.price).toBe(300);
    expect(r.contingency).toBeCloseTo(50, 12);
    expect(value(projectPrice({ hours: 10, hourly: 25, contingencyRate: 0 })).price).toBe(250);
    expect(value(projectPrice({ hours: 10, hourly: 25, contingencyRate: 1 })).price).toBe(500);
  });

  it.each<[Partial<Parameters<typeof projectPrice>[0]>, string, Problem]>([
    [{ hours: 0 }, 'hours', 'zero'],
    [{ hours: -1 }, 'hours', 'negative'],
    [{ hours: 1e9 }, 'hours', 'too-large'],
    [{ hours: Number.NaN }, 'hours', 'not-finite'],
    [{ hourly: -25 }, 'hourly', 'negative'],
    [{ hourly: Infinity }, 'hourly', 'not-finite'],
    [{ contingencyRate: -0.1 }, 'contingencyRate', 'negative'],
    [{ contingencyRate: 1.5 }, 'contingencyRate', 'rate-too-high'],
  ])('%o is an error on %s: %s', (change, field, problem) => {
    expect(errors(projectPrice({ hours: 10, hourly: 25, contingencyRate: 0.2, ...change }))).toEqual([
      { field, problem },
    ]);
  });
});

describe('valueBasedPrice', () => {
  it('charges a share of what the client gains', () => {
    expect(value(valueBasedPrice({ clientGain: 10_000, shareRate: 0.1 }))).toBe(1_000);
    expect(value(valueBasedPrice({ clientGain: 10_000, shareRate: 0 }))).toBe(0);
  });

  it.each<[Parameters<typeof valueBasedPrice>[0], string, Problem]>([
    [{ clientGain: -1, shareRate: 0.1 }, 'clientGain', 'negative'],
    [{ clientGain: Number.NaN, shareRate: 0.1 }, 'clientGain', 'not-finite'],
    [{ clientGain: 1000, shareRate: 1 }, 'shareRate', 'rate-too-high'],
    [{ clientGain: 1000, shareRate: -0.5 }, 'shareRate', 'negative'],
  ])('%o is an error on %s: %s', (input, field, problem) => {
    expect(errors(valueBasedPrice(input))).toEqual([{ field, problem }]);
  });
});

describe('priceLadder', () => {
  it('raises the price step by step, capped at the target, which stays open-ended', () => {
    expect(value(priceLadder({ startPrice: 5, targetPrice: 20, stepRate: 0.5, ordersPerStep: 10 }))).toEqual([
      { step: 1, price: 5, fromOrder: 1, toOrder: 10 },
      { step: 2, price: 7.5, fromOrder: 11, toOrder: 20 },
      { step: 3, price: 11.25, fromOrder: 21, toOrder: 30 },
      { step: 4, price: 16.875, fromOrder: 31, toOrder: 40 },
      { step: 5, price: 20, fromOrder: 41, toOrder: null },
    ]);
  });

  it('is a single open step when the start is the target', () => {
    expect(value(priceLadder({ startPrice: 20, targetPrice: 20, stepRate: 0.1, ordersPerStep: 3 }))).toEqual([
      { step: 1, price: 20, fromOrder: 1, toOrder: null },
    ]);
  });

  it('does not add a tiny step when rounding falls just short of the target', () => {
    expect(3 * 1.2).toBeLessThan(3.6); // 3.5999999999999996
    expect(
      value(priceLadder({ startPrice: 3, targetPrice: 3.6, stepRate: 0.2, ordersPerStep: 5 })).map((s) => s.price),
    ).toEqual([3, 3.6]);
  });

  it(`allows ${MAX_LADDER_STEPS} steps and no more`, () => {
    let price = 1;
    for (let i = 1; i < MAX_LADDER_STEPS; i++) price *= 1.1;
    expect(value(priceLadder({ startPrice: 1, targetPrice: price, stepRate: 0.1, ordersPerStep: 1 }))).toHaveLength(
      MAX_LADDER_STEPS,
    );
    expect(errors(priceLadder({ startPrice: 1, targetPrice: price * 1.1, stepRate: 0.1, ordersPerStep: 1 }))).toEqual([
      { field: 'stepRate', problem: 'too-many-steps' },
    ]);
    expect(errors(priceLadder({ startPrice: 1, targetPrice: 1000, stepRate: 1e-20, ordersPerStep: 1 }))).toEqual([
      { field: 'stepRate', problem: 'too-many-steps' },
    ]);
  });

  const good: LadderInput = { startPrice: 5, targetPrice: 20, stepRate: 0.2, ordersPerStep: 10 };
  it.each<[Partial<LadderInput>, keyof LadderInput, Problem]>([
    [{ startPrice: 0 }, 'startPrice', 'zero'],
    [{ startPrice: -5 }, 'startPrice', 'negative'],
    [{ startPrice: Number.NaN }, 'startPrice', 'not-finite'],
    [{ targetPrice: 0 }, 'targetPrice', 'zero'],
    [{ targetPrice: 4 }, 'targetPrice', 'below-start'],
    [{ targetPrice: Infinity }, 'targetPrice', 'not-finite'],
    [{ targetPrice: MAX_AMOUNT * 2 }, 'targetPrice', 'too-large'],
    [{ stepRate: 0 }, 'stepRate', 'zero'],
    [{ stepRate: -0.1 }, 'stepRate', 'negative'],
    [{ stepRate: 1.5 }, 'stepRate', 'rate-too-high'],
    [{ ordersPerStep: 0 }, 'ordersPerStep', 'zero'],
    [{ ordersPerStep: -3 }, 'ordersPerStep', 'negative'],
    [{ ordersPerStep: 2.5 }, 'ordersPerStep', 'not-integer'],
    [{ ordersPerStep: 1e9 }, 'ordersPerStep', 'too-large'],
  ])('%o is an error on %s: %s', (change, field, problem) => {
    expect(errors(priceLadder({ ...good, ...change }))).toEqual([{ field, problem }]);
  });

  it('always goes from start to target in contiguous, gradual steps, or refuses', () => {
    const price = fc.double({ min: 0.01, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        price,
        price,
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (a, b, stepRate, ordersPerStep) => {
          const [startPrice, targetPrice] = a <= b ? [a, b] : [b, a];
          const r = priceLadder({ startPrice, targetPrice, stepRate, ordersPerStep });
          if (!r.ok) {
            expect(r.errors).toEqual([{ field: 'stepRate', problem: 'too-many-steps' }]);
            expect(startPrice * (1 + stepRate) ** (MAX_LADDER_STEPS - 1)).toBeLessThan(targetPrice * (1 + 1e-6));
            return;
          }
          const steps = r.value;
          expect(steps.length).toBeLessThanOrEqual(MAX_LADDER_STEPS);
          // A start within rounding distance of the target is the target itself.
          expect(steps[0]?.price).toBe(steps.length === 1 ? targetPrice : startPrice);
          expect(steps.at(-1)?.price).toBe(targetPrice);
          expect(steps.at(-1)?.toOrder).toBeNull();
          steps.forEach((s, i) => {
            expect(s.step).toBe(i + 1);
            expect(Number.isFinite(s.price)).toBe(true);
            expect(s.fromOrder).toBe(i * ordersPerStep + 1);
            const previous = steps[i - 1];
            if (previous === undefined) return;
            expect(previous.toOrder).toBe(s.fromOrder - 1);
            expect(s.price).toBeGreaterThan(previous.price);
            expect(s.price).toBeLessThanOrEqual(previous.price * (1 + stepRate) * (1 + 1e-9));
          });
        },
      ),
    );
  });
});

describe('microservicePayout', () => {
  it('shows what the seller keeps and earns per hour', () => {
    const r = value(microservicePayout({ price: 5, platformFeeRate: 0.2, minutesPerOrder: 90 }));
    expect(r.sellerReceives).toBe(4);
    expect(r.platformKeeps).toBeCloseTo(1, 12);
    expect(r.effectiveHourly).toBeCloseTo(4 / 1.5, 12);
  });

  it.each<[Parameters<typeof microservicePayout>[0], string, Problem]>([
    [{ price: -5, platformFeeRate: 0.2, minutesPerOrder: 60 }, 'price', 'negative'],
    [{ price: 5, platformFeeRate: 1, minutesPerOrder: 60 }, 'platformFeeRate', 'rate-too-high'],
    [{ price: 5, platformFeeRate: 0.2, minutesPerOrder: 0 }, 'minutesPerOrder', 'zero'],
    [{ price: 5, platformFeeRate: 0.2, minutesPerOrder: 0.5 }, 'minutesPerOrder', 'too-small'],
    [{ price: 5, platformFeeRate: 0.2, minutesPerOrder: Number.NaN }, 'minutesPerOrder', 'not-finite'],
  ])('%o is an error on %s: %s', (input, field, problem) => {
    expect(errors(microservicePayout(input))).toEqual([{ field, problem }]);
  });

  it('splits every price exactly between seller and platform, with a finite hourly rate', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: MAX_AMOUNT, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (price, platformFeeRate, minutesPerOrder) => {
          const r = value(microservicePayout({ price, platformFeeRate, minutesPerOrder }));
          expect(Math.abs(r.sellerReceives + r.platformKeeps - price)).toBeLessThanOrEqual(price * 1e-12);
          expect(r.sellerReceives).toBeGreaterThanOrEqual(0);
          expect(r.platformKeeps).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(r.effectiveHourly)).toBe(true);
        },
      ),
    );
  });
});
