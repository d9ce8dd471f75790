import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstOpenWeek, weekChoices, WEEKS_OFFERED } from '../../../src/lib/goals/week-choices';

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('the weeks the log offers', () => {
  it('starts with the week holding today, from its Saturday, then goes back a week at a time', () => {
    // 5 December 2026 is a Saturday; 9 December a Wednesday.
    const choices = weekChoices('2026-12-09', []);
    expect(choices).toHaveLength(WEEKS_OFFERED);
    expect(choices[0]).toEqual({ start: '2026-12-05', ago: 0, taken: false });
    expect(choices[1]).toMatchObject({ start: '2026-11-28', ago: 1 });
    expect(weekChoices('2026-12-05', [])[0]!.start).toBe('2026-12-05');
    expect(weekChoices('2026-12-04', [])[0]!.start).toBe('2026-11-28');
  });

  it('marks logged weeks as taken and starts the form on the newest open one', () => {
    const choices = weekChoices('2026-12-09', ['2026-12-05']);
    expect(choices[0]!.taken).toBe(true);
    expect(choices[1]!.taken).toBe(false);
    expect(firstOpenWeek(choices)).toBe('2026-11-28');
    expect(firstOpenWeek(weekChoices('2026-12-09', []))).toBe('2026-12-05');
  });

  it('goes on from the weekday of a log begun on another day, so no week overlaps one already logged', () => {
    // The reader logged weeks from Mondays with the old date field.
    const choices = weekChoices('2026-12-09', ['2026-11-23', '2026-11-30']);
    expect(choices[0]!.start).toBe('2026-12-07');
    expect(choices.map((c) => c.taken).slice(0, 4)).toEqual([false, true, true, false]);
  });

  it('crosses a year and a month end without a gap, in any time of year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 30 }), fc.integer({ min: 0, max: 6 }), (offset, wd) => {
        const today = new Date(Date.UTC(2010, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const anchor = new Date(Date.UTC(2009, 0, 4 + wd)).toISOString().slice(0, 10);
        const choices = weekChoices(today, [anchor]);
        return (
          choices[0]!.start <= today &&
          Date.parse(today) - Date.parse(choices[0]!.start) < 7 * 86_400_000 &&
          choices.every((c) => weekday(c.start) === weekday(anchor)) &&
          choices.every((c, i) => i === 0 || Date.parse(choices[i - 1]!.start) - Date.parse(c.start) === 7 * 86_400_000)
        );
      }),
      { seed: 11 },
    );
  });
});
