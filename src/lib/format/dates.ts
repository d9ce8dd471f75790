/**
 * Dates on the site: Arabic month names with Latin digits, the digits the content itself uses.
 * The numbering system is always passed explicitly so output does not depend on the ICU build.
 */
let arabicDate: Intl.DateTimeFormat | undefined;

/** Built on first use: a browser script that imports this module for `formatDay` never pays for a second one. */
export function formatArabicDate(date: Date): string {
  arabicDate ??= new Intl.DateTimeFormat('ar-u-nu-latn', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return arabicDate.format(date);
}

/** Machine-readable date for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day written as YYYY-MM-DD, in Arabic («٥ ديسمبر ٢٠٢٦» or «5 ديسمبر 2026» with Latin digits), for
 * the tools that follow the reader's digit choice. `short` leaves the year out («٥ ديسمبر»), for a chart's axis.
 */
export function formatDay(day: string, digits: 'latn' | 'arab', short = false): string {
  const key = `${digits}${short}`;
  let f = dayFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(`ar-u-nu-${digits}`, {
      day: 'numeric',
      month: 'long',
      ...(short ? {} : { year: 'numeric' }),
      timeZone: 'UTC',
    });
    dayFormats.set(key, f);
  }
  return f.format(new Date(`${day}T00:00:00Z`));
}
