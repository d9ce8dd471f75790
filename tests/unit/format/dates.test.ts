import { describe, expect, it } from 'vitest';
import { formatArabicDate, isoDate } from '../../../src/lib/format/dates';

describe('dates', () => {
  it('formats with Arabic month names and Latin digits', () => {
    const d = new Date('2026-11-23T00:00:00Z');
    expect(formatArabicDate(d)).toMatch(/23/);
    expect(formatArabicDate(d)).toMatch(/نوفمبر/);
    expect(formatArabicDate(d)).toMatch(/2026/);
    expect(isoDate(d)).toBe('2026-11-23');
  });
});
