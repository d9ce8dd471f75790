import { describe, expect, it } from 'vitest';
import { FIELD_IDS } from '../../../src/lib/pricing/form';
import { FIELDS_OF, HOURLY_FIELDS, tabForField } from '../../../src/lib/pricing/tabs';

describe('the tab that shows a field', () => {
  it('opens the tab of a field the current tab does not show, and none for a field in view or in the settings', () => {
    expect(tabForField('servicePrice', 'hourly')).toBe('micro');
    expect(tabForField('ladderStep', 'compare')).toBe('ladder');
    expect(tabForField('withdrawFixed', 'hourly')).toBe('compare');
    expect(tabForField('target', 'micro')).toBe('hourly');
    expect(tabForField('contingency', 'value')).toBeNull();
    expect(tabForField('servicePrice', 'micro')).toBeNull();
    expect(tabForField('fee', 'ladder')).toBeNull();
  });

  it('places every field of the calculator on some tab (the fee in the settings)', () => {
    const placed = new Set([...HOURLY_FIELDS, ...Object.values(FIELDS_OF).flat(), 'fee']);
    expect([...placed].sort()).toEqual([...FIELD_IDS].sort());
  });
});
