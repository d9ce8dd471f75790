import { describe, expect, it } from 'vitest';
import { computeRate } from '../../../src/lib/pricing/hourly-rate';
import { microMinimumPrice, microservicePayout } from '../../../src/lib/pricing/payment-models';

describe('microMinimumPrice', () => {
  it('counts the commission once: 10 for 30 minutes is enough when 16.15 an hour is needed (minimum 8.075)', () => {
    const verdict = microMinimumPrice({ price: 10, minutesPerOrder: 30, hourlyRate: 16.15 });
    expect(verdict.minimumPrice).toBeCloseTo(8.075, 9);
    expect(verdict.enough).toBe(true);
    // What the old comparison did: the seller's pay per hour after the 20% fee (16) against the rate, which already
    // includes the fee (16.15), called this price too low.
    const payout = microservicePayout({ price: 10, platformFeeRate: 0.2, minutesPerOrder: 30 });
    expect(payout.ok && payout.value.effectiveHourly).toBeLessThan(16.15);
  });

  it('a price below the minimum for its time is too low, and exactly the minimum is enough', () => {
    expect(microMinimumPrice({ price: 5, minutesPerOrder: 45, hourlyRate: 12.4 })).toEqual({
      minimumPrice: 9.3,
      enough: false,
    });
    const rate = computeRate({
      targetNetMonthly: 400,
      monthlyExpenses: 30,
      taxRate: 0,
      platformFeeRate: 0.2,
      billableHoursPerWeek: 10,
      weeksOffPerYear: 6,
      workingDaysPerWeek: 5,
    });
    if (!rate.ok) throw new Error('valid input');
    const minimum = (rate.value.hourly * 45) / 60;
    expect(microMinimumPrice({ price: minimum, minutesPerOrder: 45, hourlyRate: rate.value.hourly }).enough).toBe(true);
  });
});
