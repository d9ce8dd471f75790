import { describe, expect, it } from 'vitest';
import { formatArabicDate, formatDay, isoDate } from '../../../src/lib/format/dates';

describe('dates', () => {
  it('formats with Arabic month names and Latin digits', () => {
    const d = new Date('2026-11-23T00:00:00Z');
    expect(formatArabicDate(d)).toMatch(/23/);
    expect(formatArabicDate(d)).toMatch(/نوفمبر/);
    expect(formatArabicDate(d)).toMatch(/2026/);
    expect(isoDate(d)).toBe('2026-11-23');
  });
});

describe('formatDay', () => {
  it('writes a logged day in Arabic, in the digits the reader chose, with or without the year', () => {
    expect(formatDay('2026-12-05', 'arab')).toBe('٥ ديسمبر ٢٠٢٦');
    expect(formatDay('2026-12-05', 'latn')).toBe('5 ديسمبر 2026');
    expect(formatDay('2026-01-31', 'arab', true)).toBe('٣١ يناير');
    expect(formatDay('2026-11-02', 'latn')).not.toMatch(/[A-Za-z]|2026-/);
  });
});
