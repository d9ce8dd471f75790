import { describe, expect, it } from 'vitest';
import { planIncomeGoal } from '../../../src/lib/goals/plan';
import { computeRate } from '../../../src/lib/pricing/hourly-rate';
import {
  GOAL_FIELD_IDS,
  GOAL_FORM,
  RAMP_MONTHS,
  defaultGoalText,
  planAddress,
  readGoalPlan,
} from '../../../src/lib/goals/form';
import { goalTextFromQuery } from '../../../src/lib/goals/link';
import { GOAL_FIELD_COPY, GOAL_UI } from '../../../src/lib/goals/copy';
import { MESSAGES } from '../../../src/lib/forms/messages';
import { plannerLink } from '../../../src/lib/pricing/planner-link';

describe('goal planner form', () => {
  it('plans from the defaults: yearly split, weekly habit and a ramp of RAMP_MONTHS months', () => {
    const { value, errors } = readGoalPlan(defaultGoalText());
    expect(errors).toEqual({});
    expect(value?.split.monthly).toBe(1000);
    const expected = planIncomeGoal({
      targetNetMonthly: 1000,
      averageOrderPrice: 25,
      platformFeeRate: 0.2,
      acceptanceRate: 0.1,
      workingDaysPerWeek: 5,
      weeksOffPerYear: 6,
    });
    expect(expected.ok && value?.plan).toEqual(expected.ok && expected.value);
    expect(value?.ramp.months).toHaveLength(RAMP_MONTHS);
  });

  it('reads Arabic-Indic and Persian digits, and names each problem by field', () => {
    expect(
      readGoalPlan({ ...defaultGoalText(), targetYearlyNet: '٢٤٠٠٠', acceptancePercent: '۲۰' }).value?.split.monthly,
    ).toBe(2000);
    const { value, errors } = readGoalPlan({
      ...defaultGoalText(),
      targetYearlyNet: '',
      platformFeePercent: '120',
      workingDaysPerWeek: '-1',
      averageOrderPrice: 'abc',
    });
    expect(value).toBeUndefined();
    expect(errors).toEqual({
      targetYearlyNet: 'empty',
      platformFeePercent: 'percent-over',
      workingDaysPerWeek: 'negative',
      averageOrderPrice: 'invalid',
    });
  });

  it('asks which was meant for a yearly goal, an order price or a week’s income written 1.500', () => {
    const { errors } = readGoalPlan({ ...defaultGoalText(), targetYearlyNet: '24.000', averageOrderPrice: '2.500' });
    expect(errors).toEqual({ targetYearlyNet: 'ambiguous-point', averageOrderPrice: 'ambiguous-point' });
    expect(readGoalPlan({ ...defaultGoalText(), targetYearlyNet: '24 000' }).value?.split.monthly).toBe(2000);
  });

  it('maps the maths’ problems onto the field the reader typed', () => {
    expect(readGoalPlan({ ...defaultGoalText(), averageOrderPrice: '0' }).errors.averageOrderPrice).toBe('zero-price');
    expect(readGoalPlan({ ...defaultGoalText(), startPrice: '40' }).errors.averageOrderPrice).toBe('below-start');
    expect(readGoalPlan({ ...defaultGoalText(), platformFeePercent: '100' }).errors.platformFeePercent).toBe(
      'rate-too-high',
    );
    expect(readGoalPlan({ ...defaultGoalText(), workingDaysPerWeek: '8' }).errors.workingDaysPerWeek).toBe(
      'too-many-days',
    );
  });

  it('takes fields from a link and cuts absurd values', () => {
    const given = goalTextFromQuery(
      new URLSearchParams({ yearly: '24000', fee: '15', other: 'x', price: '9'.repeat(80) }),
      GOAL_FORM,
    );
    expect(given).toEqual({ targetYearlyNet: '24000', platformFeePercent: '15', averageOrderPrice: '9'.repeat(40) });
  });

  it('the pricing calculator’s link carries a yearly goal, the fee, the weeks off and the currency', () => {
    const link = new URL(plannerLink(1234.567, '20', '4', 'SAR'), 'https://x');
    expect(link.pathname).toBe('/tools/goals/');
    expect(goalTextFromQuery(link.searchParams, GOAL_FORM)).toEqual({
      targetYearlyNet: '1234.57',
      platformFeePercent: '20',
      weeksOff: '4',
    });
    expect(link.searchParams.get('cur')).toBe('SAR');
  });

  it('the link’s goal is what reaches the freelancer after the fee, not after tax and expenses', () => {
    // 2,000 a month net, 100 expenses, 20% tax, 6 weeks off, 25 paid hours, 20% fee: 33.91 an hour.
    const rate = computeRate({
      targetNetMonthly: 2000,
      monthlyExpenses: 100,
      taxRate: 0.2,
      platformFeeRate: 0.2,
      billableHoursPerWeek: 25,
      weeksOffPerYear: 6,
      workingDaysPerWeek: 5,
    });
    if (!rate.ok) throw new Error('valid input');
    expect(rate.value.hourly).toBeCloseTo(33.91, 2);
    const link = new URL(
      plannerLink(rate.value.yearlyGross - rate.value.yearlyPlatformFee, '20', '6', 'USD'),
      'https://x',
    );
    const given = goalTextFromQuery(link.searchParams, GOAL_FORM);
    expect(given.targetYearlyNet).toBe('31200');
    // At 50 an order: 65 orders a month, not the 50 that 24,000 would give.
    const plan = readGoalPlan({ ...defaultGoalText(), ...given, averageOrderPrice: '50' });
    expect(plan.value?.plan.ordersPerMonth).toBe(65);
  });

  it('says when the plan needs more orders a month than the reader can do', () => {
    const over = readGoalPlan({ ...defaultGoalText(), monthlyCapacity: '30' }).value;
    expect(over?.overCapacity).toEqual({ needed: over?.plan.ordersPerMonth, capacity: 30 });
    expect(over?.plan.ordersPerMonth).toBeGreaterThan(30);
    expect(readGoalPlan(defaultGoalText()).value?.overCapacity).toBeNull();
  });

  it('has distinct URL keys, and Arabic copy for every field and message it can show', () => {
    const keys = GOAL_FIELD_IDS.map((id) => GOAL_FORM[id].key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const id of GOAL_FIELD_IDS) expect(GOAL_FIELD_COPY[id].label).toMatch(/[\u0600-\u06FF]/);
    for (const key of ['empty', 'invalid', 'negative', 'percent-over', 'zero-price', 'below-start'] as const)
      expect(MESSAGES[key]).toMatch(/[\u0600-\u06FF]/);
    for (const template of [GOAL_UI.ahead, GOAL_UI.onTrack, GOAL_UI.behind]) expect(template).toContain('{percent}');
  });
});

describe('a plan’s address, to share', () => {
  it('carries the fields that differ from the currency’s examples and the currency, and reads back to the same plan', () => {
    const text = { ...defaultGoalText('EGP'), targetYearlyNet: '٢٤٠٠٠', weeksOff: '4' };
    const href = planAddress(text, 'EGP');
    expect(href).toBe('/tools/goals/?yearly=%D9%A2%D9%A4%D9%A0%D9%A0%D9%A0&off=4&cur=EGP');
    const query = new URL(href, 'https://x.example').searchParams;
    expect({ ...defaultGoalText('EGP'), ...goalTextFromQuery(query, GOAL_FORM) }).toEqual(text);
    expect(query.get('cur')).toBe('EGP');
  });

  it('leaves out examples written in Arabic digits, and keeps a dollar example typed into a pound plan', () => {
    const arabic = defaultGoalText('EGP', 'arab');
    expect(arabic.startPrice).toBe('٥٠٠');
    expect(planAddress(arabic, 'EGP')).toBe('/tools/goals/?cur=EGP');
    // 10 is the dollar example, but in pounds it is the reader's own figure and must travel with the link.
    expect(planAddress({ ...defaultGoalText('EGP'), startPrice: '10' }, 'EGP')).toBe('/tools/goals/?start=10&cur=EGP');
  });
});
