import { describe, expect, it } from 'vitest';
import { GOAL_FORM, defaultGoalText } from '../../../src/lib/goals/form';
import { addressWithoutFields, goalTextFromQuery, linkAction } from '../../../src/lib/goals/link';
import { GOAL_UI } from '../../../src/lib/goals/copy';
import { MAX_FIELD_TEXT } from '../../../src/lib/storage/limits';

const hostile = new URLSearchParams({ yearly: '<b>x</b>', price: 'abc', fee: '999' });

describe('a link to the goal planner', () => {
  it('never replaces fields the reader saved: it offers its values instead', () => {
    const shown = { ...defaultGoalText(), targetYearlyNet: '30000', averageOrderPrice: '50' };
    expect(linkAction(goalTextFromQuery(hostile, GOAL_FORM), shown, 2, false)).toBe('offer');
  });

  it('fills the form when the reader saved no field, and does nothing when it shows what the form shows', () => {
    expect(linkAction(goalTextFromQuery(hostile, GOAL_FORM), defaultGoalText(), 0, false)).toBe('fill');
    const shown = { ...defaultGoalText(), targetYearlyNet: '24000' };
    expect(linkAction({ targetYearlyNet: '24000' }, shown, 1, false)).toBe('none');
    expect(linkAction({}, shown, 1, false)).toBe('none');
  });

  it('leaves a plan opened read-only alone', () => {
    expect(linkAction(goalTextFromQuery(hostile, GOAL_FORM), defaultGoalText(), 3, true)).toBe('none');
  });

  it('drops the field keys from the address once they were applied or declined, keeping the rest', () => {
    expect(addressWithoutFields('https://x.test/tools/goals/?yearly=1&cur=SAR&fee=2&utm=x#log', GOAL_FORM)).toBe(
      '/tools/goals/?utm=x#log',
    );
    expect(addressWithoutFields('https://x.test/tools/goals/?price=abc', GOAL_FORM)).toBe('/tools/goals/');
  });

  it('a field cut to the stored limit says which limit', () => {
    expect(GOAL_UI.fieldCut).toContain(String(MAX_FIELD_TEXT));
  });
});

describe('a link’s currency', () => {
  it('is weighed like a field: it fills an empty planner, and a saved plan is only offered it', () => {
    const shown = { ...defaultGoalText(), currency: 'USD' };
    expect(linkAction({ currency: 'EGP' }, shown, 0, false)).toBe('fill');
    expect(linkAction({ currency: 'EGP' }, shown, 1, false)).toBe('offer');
    expect(linkAction({ currency: 'USD' }, shown, 1, false)).toBe('none');
    expect(linkAction({ currency: 'EGP' }, shown, 1, true)).toBe('none');
  });
});
