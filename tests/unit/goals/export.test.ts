import { describe, expect, it } from 'vitest';
import { defaultGoalText, readGoalPlan, type GoalPlan } from '../../../src/lib/goals/form';
import {
  BOM,
  addMonths,
  escapeText,
  foldLine,
  localDay,
  planCsv,
  planIcs,
  type CsvHeadings,
} from '../../../src/lib/goals/export';

const plan = readGoalPlan(defaultGoalText()).value as GoalPlan;
const headings: CsvHeadings = {
  month: 'الشهر',
  starts: 'يبدأ في',
  price: 'السعر',
  netPerOrder: 'يصلك من الطلب',
  ordersNeeded: 'الطلبات اللازمة',
  capacity: 'طاقتك',
  reachable: 'في حدود طاقتك؟',
  monthlyTarget: 'هدفك, الشهري', // a comma: the field must be quoted
  yes: 'نعم',
  no: 'لا',
};
const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('calendar months', () => {
  it('keeps the day of the month, or the month’s last day when it is shorter', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-05', 2)).toBe('2027-02-05');
    expect(addMonths('2026-03-15', 23)).toBe('2028-02-15');
    expect(localDay(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });
});

describe('the plan as CSV', () => {
  const csv = planCsv(plan, { start: '2026-01-31', currency: 'USD', headings });
  const lines = csv.slice(BOM.length).split('\r\n');

  it('is UTF-8 text with a BOM, CRLF line ends, and one row per month of the 24-month ramp', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(24);
  });

  it('has Arabic headings naming the currency, quoting a heading with a comma', () => {
    expect(lines[0]).toBe(
      'الشهر,يبدأ في,السعر (USD),يصلك من الطلب (USD),الطلبات اللازمة,طاقتك,في حدود طاقتك؟,"هدفك, الشهري (USD)"',
    );
  });

  it('dates each month and carries its price, net, orders and verdict as plain figures', () => {
    // Defaults: 10 raised 20% every 2 months; month 3 is 12, 20% fee leaves 9.6, 1,000 a month takes 105 orders.
    expect(lines[1]).toBe('1,2026-01-31,10,8,125,60,لا,1000');
    expect(lines[2]).toBe('2,2026-02-28,10,8,125,60,لا,1000');
    expect(lines[3]).toBe('3,2026-03-31,12,9.6,105,60,لا,1000');
    expect(lines[9]).toBe('9,2026-09-30,20.74,16.59,61,60,لا,1000');
    expect(lines[11]).toBe('11,2026-11-30,24.88,19.91,51,60,نعم,1000');
    expect(lines[24]).toBe('24,2027-12-31,25,20,50,60,نعم,1000');
  });
});

describe('the plan as an iCalendar file (RFC 5545)', () => {
  const text = {
    calendarName: 'خطة دخلي',
    reviewSummary: 'راجع أسبوعك',
    reviewDescription: 'سجّل دخلك وطلباتك وعروضك هذا الأسبوع، وقارنها بخطتك: 6 طلبات و58 عرضًا في الأسبوع; لتبلغ 260.87.',
    raiseSummary: (p: string) => `ارفع سعرك إلى ${p}`,
    raiseDescription: (p: string) => `موعد الزيادة في خطتك: سعرك الجديد ${p}.`,
  };
  const now = new Date(Date.UTC(2026, 11, 5, 12, 3, 9, 120));
  const ics = planIcs(plan, {
    start: '2026-12-05',
    now,
    money: (v) => `${v.toFixed(2)} US$`,
    text,
    domain: 'dalil.test',
  });
  const lines = unfold(ics).split('\r\n').slice(0, -1);
  const events = unfold(ics)
    .split('BEGIN:VEVENT\r\n')
    .slice(1)
    .map((e) => e.split('\r\n'));

  it('ends every line with CRLF and folds lines longer than 75 octets, never inside a character', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = ics.split('\r\n').slice(0, -1);
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true); // the long description was folded
    expect(lines).toContain(`DESCRIPTION:${escapeText(text.reviewDescription)}`);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('folds by octets: 2-byte Arabic letters and 4-byte characters stay whole', () => {
    const long = `SUMMARY:${'ع'.repeat(50)}😀${'ب'.repeat(10)}`;
    const folded = foldLine(long);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n')[0]).toBe(`SUMMARY:${'ع'.repeat(33)}`); // 8 + 66 = 74; one more would make 76
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('has a weekly review from the start day, repeating every week', () => {
    const review = events[0]!;
    expect(review).toContain('DTSTART;VALUE=DATE:20261205');
    expect(review).toContain('DTEND;VALUE=DATE:20261206');
    expect(review).toContain('RRULE:FREQ=WEEKLY');
    expect(review).toContain('SUMMARY:راجع أسبوعك');
  });

  it('puts each planned price rise on the first day of its month, with the new price', () => {
    const rises = events.slice(1);
    // Defaults: 10 → 12 → 14.40 → 17.28 → 20.74 → 24.88 → 25 (the target), in months 3, 5, 7, 9, 11 and 13.
    expect(rises.map((e) => e.find((l) => l.startsWith('DTSTART'))!)).toEqual(
      ['20270205', '20270405', '20270605', '20270805', '20271005', '20271205'].map((d) => `DTSTART;VALUE=DATE:${d}`),
    );
    expect(rises[0]).toContain('SUMMARY:ارفع سعرك إلى 12.00 US$');
    expect(rises[5]).toContain('SUMMARY:ارفع سعرك إلى 25.00 US$');
    for (const e of rises) expect(e.some((l) => l.startsWith('RRULE'))).toBe(false);
  });

  it('gives every event a DTSTAMP in UTC and a distinct UID', () => {
    for (const e of events) expect(e).toContain('DTSTAMP:20261205T120309Z');
    const uids = events.map((e) => e.find((l) => l.startsWith('UID:'))!);
    expect(new Set(uids).size).toBe(events.length);
    for (const uid of uids) expect(uid).toMatch(/^UID:[\w-]+@dalil\.test$/);
    expect(lines.filter((l) => l === 'END:VEVENT').length).toBe(7);
  });
});
