/** Time off as the calculator counts it; its own module, so the helper that uses it loads on its own. */
/**
 * Days off in a year as the weeks the calculator asks for: a reader who counts their leave in days divides by the
 * days they work in a week (30 days at 5 a week are 6 weeks), rounded to a tenth. Null when either is not usable.
 */
export function weeksFromDays(daysOff: number, workingDaysPerWeek: number): number | null {
  if (!Number.isFinite(daysOff) || daysOff < 0 || !(workingDaysPerWeek >= 1 && workingDaysPerWeek <= 7)) return null;
  return Math.round((daysOff / workingDaysPerWeek) * 10) / 10;
}
