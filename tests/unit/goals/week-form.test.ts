import { describe, expect, it } from 'vitest';
import type { WeekEntry } from '../../../src/lib/goals/week-log';
import { weekEntrySchema } from '../../../src/lib/storage/documents';
import { readWeek, withWeek, type WeekDraft } from '../../../src/lib/goals/week-form';
import { MAX_NOTE_LENGTH } from '../../../src/lib/storage/limits';

const draft = (over: Partial<WeekDraft> = {}): WeekDraft => ({
  weekStart: '2026-11-16',
  income: '٣٥٠',
  orders: '12',
  proposals: '۷۰',
  note: 'رفعت السعر',
  ...over,
});
const logged: WeekEntry[] = [{ weekStart: '2026-11-02', income: 300, orders: 10, proposals: 60, note: '' }];

describe('reading a typed week for the log', () => {
  it('turns the text into an entry, in any of the three digit sets', () => {
    expect(readWeek(draft(), logged)).toEqual({
      entry: { weekStart: '2026-11-16', income: 350, orders: 12, proposals: 70, note: 'رفعت السعر' },
      errors: {},
    });
  });

  it('names each field’s problem and gives no entry', () => {
    const { entry, errors } = readWeek(draft({ weekStart: '', income: '', orders: '1.5', proposals: '-3' }), logged);
    expect(entry).toBeUndefined();
    expect(errors).toEqual({
      weekStart: 'invalid-date',
      income: 'empty',
      orders: 'not-integer',
      proposals: 'negative',
    });
    expect(readWeek(draft({ income: 'abc' }), logged).errors).toEqual({ income: 'invalid' });
    expect(readWeek(draft({ income: '1.500' }), logged).errors).toEqual({ income: 'ambiguous-point' });
    expect(readWeek(draft({ weekStart: '2026-02-30' }), logged).errors).toEqual({ weekStart: 'invalid-date' });
  });

  it('refuses a week already logged or overlapping one, whichever of the two comes first', () => {
    expect(readWeek(draft({ weekStart: '2026-11-02' }), logged).errors).toEqual({ weekStart: 'overlapping-week' });
    expect(readWeek(draft({ weekStart: '2026-11-05' }), logged).errors).toEqual({ weekStart: 'overlapping-week' });
    expect(readWeek(draft({ weekStart: '2026-10-30' }), logged).errors).toEqual({ weekStart: 'overlapping-week' });
    expect(readWeek(draft({ weekStart: '2026-10-26' }), logged).entry?.weekStart).toBe('2026-10-26');
  });

  it('keeps at most MAX_NOTE_LENGTH characters of the note, the most the stored schema accepts', () => {
    expect(readWeek(draft({ note: 'x'.repeat(MAX_NOTE_LENGTH + 5) }), logged).entry?.note).toHaveLength(
      MAX_NOTE_LENGTH,
    );
    const entry = { weekStart: '2026-11-16', income: 0, orders: 0, proposals: 0, note: 'x'.repeat(MAX_NOTE_LENGTH) };
    expect(weekEntrySchema.safeParse(entry).success).toBe(true);
    expect(weekEntrySchema.safeParse({ ...entry, note: `${entry.note}x` }).success).toBe(false);
  });
});

describe('adding a week to the log', () => {
  const week = (weekStart: string, income = 1): WeekEntry => ({ weekStart, income, orders: 1, proposals: 1, note: '' });

  it('keeps the log in date order and gives the same log when applied twice (as after a race between tabs)', () => {
    const log = [week('2026-11-02'), week('2026-11-16')];
    const once = withWeek(log, week('2026-11-09'));
    expect(once.map((w) => w.weekStart)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(withWeek(once, week('2026-11-09'))).toEqual(once);
    expect(withWeek(once, week('2026-11-09', 5)).find((w) => w.weekStart === '2026-11-09')?.income).toBe(5);
    expect(log).toHaveLength(2);
  });
});
