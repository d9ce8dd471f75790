/**
 * The goal plan as files the reader keeps outside the site: a CSV of the price ramp for a spreadsheet, and an
 * iCalendar file (RFC 5545) with a weekly review and the planned price rises on real dates. Pure text builders:
 * the island turns them into downloads (loaded on use, so they cost the first view nothing). Only types are
 * imported from the plan, so this module's chunk carries no code of the page's first view.
 */
import type { GoalPlan } from './form';

// ─── Dates without time zones ─────────────────────────────────────────────────────────────────────────────────

/** A calendar day, as YYYY-MM-DD; the plan starts on the reader's local today. */
export type Day = string;

function parseDay(day: Day): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (m === null) throw new RangeError(`not a day: ${day}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function dayOf(t: Date): Day {
  return t.toISOString().slice(0, 10);
}

/** The local calendar day of a moment (what the reader calls today). */
export function localDay(now: Date): Day {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The day `months` calendar months after `start`, on the same day of the month or the month's last day when it
 * has fewer (31 January + 1 month is 28 or 29 February), as people count "in two months".
 */
export function addMonths(start: Day, months: number): Day {
  const t = parseDay(start);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return dayOf(new Date(Date.UTC(y, m, Math.min(t.getUTCDate(), last))));
}

function addDays(start: Day, days: number): Day {
  const t = parseDay(start);
  t.setUTCDate(t.getUTCDate() + days);
  return dayOf(t);
}

/** The first day of the ramp's month `month` (1-based) in a plan that starts on `start`. */
export function rampMonthStart(start: Day, month: number): Day {
  return addMonths(start, month - 1);
}

/** Figures in files: Latin digits and a point, at most two decimals, no grouping, so spreadsheets read them as numbers. */
function plain(value: number): string {
  return String(Math.round(value * 100) / 100);
}

// ─── CSV ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** Column headings of the plan's CSV, in the order of its columns (Arabic, from goals/copy.ts). */
export interface CsvHeadings {
  month: string;
  starts: string;
  price: string;
  netPerOrder: string;
  ordersNeeded: string;
  capacity: string;
  reachable: string;
  monthlyTarget: string;
  yes: string;
  no: string;
}

/** A byte order mark: without it Excel reads UTF-8 as a legacy code page and shows Arabic as mojibake. */
export const BOM = '\uFEFF';

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One row per month of the price ramp, as the planner shows it: its first day, the price, what reaches the reader
 * per order, the orders the month's goal needs, whether that fits the reader's capacity, and the monthly goal.
 * Money columns name the currency in their heading. UTF-8 with a BOM, CRLF line ends (RFC 4180).
 */
export function planCsv(
  plan: GoalPlan,
  { start, currency, headings: h }: { start: Day; currency: string; headings: CsvHeadings },
): string {
  const money = (label: string) => `${label} (${currency})`;
  const rows: string[][] = [
    [
      h.month,
      h.starts,
      money(h.price),
      money(h.netPerOrder),
      h.ordersNeeded,
      h.capacity,
      h.reachable,
      money(h.monthlyTarget),
    ],
    ...plan.ramp.months.map((m) => [
      String(m.month),
      rampMonthStart(start, m.month),
      plain(m.price),
      plain(m.netPerOrder),
      String(m.ordersNeeded),
      String(plan.capacity),
      m.reachable ? h.yes : h.no,
      plain(plan.split.monthly),
    ]),
  ];
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

// ─── iCalendar ────────────────────────────────────────────────────────────────────────────────────────────────

/** The events' Arabic text, with `{name}` placeholders filled by the caller's template function. */
export interface IcsText {
  calendarName: string;
  reviewSummary: string;
  reviewDescription: string;
  /** Summary of a price rise; receives the new price, formatted by the caller. */
  raiseSummary: (price: string) => string;
  raiseDescription: (price: string) => string;
}

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, a line break becomes \n. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: a content line longer than 75 octets is folded by a CRLF and one space. Octets, not characters:
 * an Arabic letter takes two in UTF-8, so lines are cut between characters (never inside one) once the next would
 * pass the limit; the space that starts a continuation counts toward that line's 75.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function basicDate(day: Day): string {
  return day.replace(/-/g, '');
}

/** UTC date-time in the basic form DTSTAMP takes: 20261205T120000Z. */
function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export interface PlanIcsOptions {
  /** The plan's first day: the first review, and month 1 of the ramp. */
  start: Day;
  /** When the file is made (DTSTAMP, and part of each UID). */
  now: Date;
  /** Formats a price for the text of an event, e.g. formatMoney in the reader's digits. */
  money: (value: number) => string;
  text: IcsText;
  /** The right-hand side of every UID, naming the site. */
  domain: string;
}

/**
 * An all-day weekly review from `start`, repeating every week, and an all-day event on the first day of each
 * ramp month whose price is higher than the month before. Each event has a UID unique to this file (its kind,
 * day and the file's time) so importing a newer plan adds to the calendar instead of silently replacing events.
 */
export function planIcs(plan: GoalPlan, { start, now, money, text, domain }: PlanIcsOptions): string {
  const dtstamp = stamp(now);
  const event = (kind: string, day: Day, summary: string, description: string, extra: string[] = []) => [
    'BEGIN:VEVENT',
    `UID:${kind}-${basicDate(day)}-${dtstamp}@${domain}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${basicDate(day)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(day, 1))}`,
    ...extra,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
  const rises = plan.ramp.months.filter((m, i) => i > 0 && m.price > plan.ramp.months[i - 1]!.price);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${domain}//goal planner//AR`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(text.calendarName)}`,
    ...event('review', start, text.reviewSummary, text.reviewDescription, ['RRULE:FREQ=WEEKLY']),
    ...rises.flatMap((m) =>
      event(
        `raise-${m.month}`,
        rampMonthStart(start, m.month),
        text.raiseSummary(money(m.price)),
        text.raiseDescription(money(m.price)),
      ),
    ),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
