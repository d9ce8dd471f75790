import { describe, expect, it } from 'vitest';
import { PLAUSIBILITY, plausibilityHints } from '../../../src/lib/pricing/plausibility';
import { weeksFromDays } from '../../../src/lib/pricing/time-off';
import { FIELDS } from '../../../src/lib/pricing/form';
import { PLAUSIBILITY_COPY } from '../../../src/lib/pricing/copy';

const typical = { weeksOff: 6, tax: 0.1, hours: 25 };

describe('plausibility hints', () => {
  it('say nothing for the calculator’s defaults or a typical freelancer', () => {
    const d = (id: keyof typeof FIELDS) => Number(FIELDS[id].defaultText);
    expect(plausibilityHints({ weeksOff: d('weeksOff'), tax: d('tax') / 100, hours: d('hours') })).toEqual([]);
    expect(plausibilityHints(typical)).toEqual([]);
    expect(
      plausibilityHints({
        weeksOff: PLAUSIBILITY.maxWeeksOff,
        tax: PLAUSIBILITY.maxTaxRate,
        hours: PLAUSIBILITY.minHoursPerWeek,
      }),
    ).toEqual([]);
  });

  it('flag more than 20 weeks off, tax above 60% and fewer than 5 paid hours a week', () => {
    expect(plausibilityHints({ ...typical, weeksOff: 21 })).toEqual(['many-weeks-off']);
    expect(plausibilityHints({ ...typical, tax: 0.61 })).toEqual(['high-tax']);
    expect(plausibilityHints({ ...typical, hours: 4.5 })).toEqual(['few-hours']);
    expect(plausibilityHints({ weeksOff: 30, tax: 0.8, hours: 2 })).toEqual([
      'high-tax',
      'few-hours',
      'many-weeks-off',
    ]);
  });

  it('have Arabic wording for every hint', () => {
    for (const hint of ['many-weeks-off', 'high-tax', 'few-hours'] as const) {
      expect(PLAUSIBILITY_COPY[hint]).toMatch(/[\u0600-\u06FF]/);
    }
  });
});

describe('time off counted in days', () => {
  it('becomes the weeks the calculator asks for, over the days worked in a week', () => {
    expect(weeksFromDays(30, 5)).toBe(6);
    expect(weeksFromDays(21, 6)).toBe(3.5);
    expect(weeksFromDays(10, 3)).toBe(3.3);
    expect(weeksFromDays(0, 5)).toBe(0);
  });

  it('gives nothing for days or a week it cannot use', () => {
    expect(weeksFromDays(-1, 5)).toBeNull();
    expect(weeksFromDays(Number.NaN, 5)).toBeNull();
    expect(weeksFromDays(30, 0)).toBeNull();
    expect(weeksFromDays(30, 8)).toBeNull();
  });
});
