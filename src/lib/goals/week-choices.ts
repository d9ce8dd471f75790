/**
 * The weeks the log's form offers: this week and the ones before it, each a whole week that starts on the same
 * weekday, so logged weeks never overlap. A reader picks «هذا الأسبوع» or «الأسبوع الماضي» from a list in Arabic
 * instead of typing a date in a browser's date field, whose «mm/dd/yyyy» is English on many phones.
 */

/** How far back the list reaches: half a year of weeks to catch up on. */
export const WEEKS_OFFERED = 26;

/** Saturday, the first day of the week on most Arab calendars (JavaScript numbers days from Sunday = 0). */
const SATURDAY = 6;
const DAY_MS = 86_400_000;

export interface WeekChoice {
  /** The week's first day, `YYYY-MM-DD`. */
  start: string;
  /** 0 for the week that holds `today`, 1 for the one before, and so on. */
  ago: number;
  /** A week already in the log overlaps this one: it cannot be logged again. */
  taken: boolean;
}

const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The weeks to offer on `today` (`YYYY-MM-DD`, the reader's local date), newest first. They start on the weekday of
 * the latest logged week, so a log begun on another weekday goes on without overlaps; on Saturday otherwise.
 */
export function weekChoices(today: string, logged: readonly string[]): WeekChoice[] {
  const loggedDays = logged.map(dayOf).filter(Number.isFinite);
  const latest = Math.max(...loggedDays);
  // Day 0 (1 January 1970) was a Thursday: (day + 4) % 7 is the weekday, Sunday 0.
  const weekday = Number.isFinite(latest) ? (latest + 4) % 7 : SATURDAY;
  const now = dayOf(today);
  const thisWeek = now - ((now + 4 - weekday + 7) % 7);
  return Array.from({ length: WEEKS_OFFERED }, (_, ago) => {
    const start = thisWeek - 7 * ago;
    return {
      start: isoOf(start),
      ago,
      taken: loggedDays.some((d) => Math.abs(d - start) < 7),
    };
  });
}

/** The week the form starts on: the newest one not logged yet (this week, until it is logged). */
export const firstOpenWeek = (choices: readonly WeekChoice[]): string => choices.find((c) => !c.taken)?.start ?? '';
