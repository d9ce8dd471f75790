/** Calendar units the tools' maths shares: a year of whole weeks, as freelancers plan it. */
export const MONTHS_PER_YEAR = 12;
export const WEEKS_PER_YEAR = 52;
export const DAYS_PER_WEEK = 7;
export const HOURS_PER_DAY = 24;
