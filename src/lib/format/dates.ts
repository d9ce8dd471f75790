/**
 * Dates on the site: Arabic month names with Latin digits, the digits the content itself uses.
 * The numbering system is always passed explicitly so output does not depend on the ICU build.
 */
const arabicDate = new Intl.DateTimeFormat('ar-u-nu-latn', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatArabicDate(date: Date): string {
  return arabicDate.format(date);
}

/** Machine-readable date for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
