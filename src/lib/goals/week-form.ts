/**
 * The goal planner's "add a week" form without UI: the text typed for one week turned into a log entry, or the
 * problem of each field, checked against the weeks already logged. Wording lives in the page's copy.
 */
import { validateWeekLog, type WeekEntry } from './week-log';
import { isAmbiguousPoint, parseNumber } from '../format/numbers';
import type { MessageKey } from '../forms/messages';
import { MAX_NOTE_LENGTH } from '../storage/limits';

/** The form as typed; numbers stay text until the reader adds the week. */
export interface WeekDraft {
  weekStart: string;
  income: string;
  orders: string;
  proposals: string;
  note: string;
}

/** A number's problem (worded in MESSAGES), or the date's: none chosen, or a week already logged or overlapping. */

export type WeekProblem = MessageKey | 'invalid-date' | 'overlapping-week';
export type WeekErrors = Partial<Record<Exclude<keyof WeekDraft, 'note'>, WeekProblem>>;

/** The entry the draft describes, or every field's problem; `weeks` are those already in the log. */
export function readWeek(
  draft: WeekDraft,
  weeks: readonly WeekEntry[],
): { entry: WeekEntry; errors: WeekErrors } | { entry: undefined; errors: WeekErrors } {
  const errors: WeekErrors = {};
  const number = (field: 'income' | 'orders' | 'proposals', whole: boolean): number => {
    const parsed = parseNumber(draft[field]);
    if (field === 'income' && isAmbiguousPoint(draft[field])) errors[field] = 'ambiguous-point';
    else if (!parsed.ok) errors[field] = parsed.error;
    else if (parsed.value < 0) errors[field] = 'negative';
    else if (whole && !Number.isInteger(parsed.value)) errors[field] = 'not-integer';
    else return parsed.value;
    return 0;
  };
  const entry: WeekEntry = {
    weekStart: draft.weekStart,
    income: number('income', false),
    orders: number('orders', true),
    proposals: number('proposals', true),
    note: draft.note.slice(0, MAX_NOTE_LENGTH),
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.weekStart)) errors.weekStart = 'invalid-date';
  else {
    // Any clash in the log counts: of two overlapping weeks the later is named, which may be one already logged.
    const clash = validateWeekLog([...weeks, entry]).find(
      (e) => e.problem === 'invalid-date' || e.problem === 'overlapping-week',
    );
    if (clash) errors.weekStart = clash.problem === 'invalid-date' ? 'invalid-date' : 'overlapping-week';
  }
  return Object.keys(errors).length > 0 ? { entry: undefined, errors } : { entry, errors };
}

/**
 * The log with `entry` in it, in date order, replacing a week with the same start: a change that gives the same
 * log however often it is applied, so it can be applied again after another tab's save raced it.
 */
export function withWeek(weeks: readonly WeekEntry[], entry: WeekEntry): WeekEntry[] {
  return [...weeks.filter((w) => w.weekStart !== entry.weekStart), entry].sort((a, b) =>
    a.weekStart.localeCompare(b.weekStart),
  );
}
