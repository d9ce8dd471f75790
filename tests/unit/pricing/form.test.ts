import { describe, expect, it } from 'vitest';
import { computeRate } from '../../../src/lib/pricing/hourly-rate';
import {
  FIELD_IDS,
  FIELDS,
  defaultForm,
  formToQuery,
  problemKey,
  queryToForm,
  readField,
} from '../../../src/lib/pricing/form';
import { CURRENCIES, isCurrency } from '../../../src/lib/format/currencies';
import { FIELD_COPY, UI } from '../../../src/lib/pricing/copy';
import { MESSAGES } from '../../../src/lib/forms/messages';
import { CURRENCY_NAMES } from '../../../src/lib/format/currency-names';
import { rateFigures } from '../../../src/lib/pricing/explain';
import { fillTemplate } from '../../../src/lib/format/template';

describe('reading calculator fields', () => {
  it('reads every digit set, and turns percentages into fractions', () => {
    expect(readField('target', '١٥٠٠')).toEqual({ ok: true, value: 1500 });
    expect(readField('target', '۱۵۰۰')).toEqual({ ok: true, value: 1500 });
    expect(readField('fee', '20')).toEqual({ ok: true, value: 0.2 });
    expect(readField('fee', '٢٠٪')).toEqual({ ok: true, value: 0.2 });
  });

  it('names what is wrong: empty, not a number, negative, a percentage over 100', () => {
    expect(readField('target', '  ')).toEqual({ ok: false, message: 'empty' });
    expect(readField('target', 'ألف')).toEqual({ ok: false, message: 'invalid' });
    expect(readField('target', '1.2.3')).toEqual({ ok: false, message: 'invalid' });
    expect(readField('target', '-5')).toEqual({ ok: false, message: 'negative' });
    expect(readField('tax', '120')).toEqual({ ok: false, message: 'percent-over' });
  });

  it('asks which was meant when a money field reads 1.500 (a thousand and a half, or one and a half)', () => {
    expect(readField('target', '1.500')).toEqual({ ok: false, message: 'ambiguous-point' });
    expect(readField('servicePrice', '١٢.٥٠٠')).toEqual({ ok: false, message: 'ambiguous-point' });
    // Unambiguous spellings of both meanings are read as typed.
    expect(readField('target', '1500')).toEqual({ ok: true, value: 1500 });
    expect(readField('target', '1 500')).toEqual({ ok: true, value: 1500 });
    expect(readField('target', '1,500')).toEqual({ ok: true, value: 1500 });
    expect(readField('target', '1.5')).toEqual({ ok: true, value: 1.5 });
    expect(readField('target', '1٫500')).toEqual({ ok: true, value: 1.5 });
    expect(readField('target', '0.500')).toEqual({ ok: true, value: 0.5 });
    // Hours and percentages are never thousands.
    expect(readField('hours', '1.500')).toEqual({ ok: true, value: 1.5 });
  });

  it('words a zero price differently from a zero count', () => {
    expect(problemKey('servicePrice', 'zero')).toBe('zero-price');
    expect(problemKey('hours', 'zero')).toBe('zero');
    expect(problemKey('fee', 'rate-too-high')).toBe('rate-too-high');
  });

  it('every default is a valid value of its field, and together they give a rate', () => {
    const form = defaultForm();
    for (const id of FIELD_IDS) expect(readField(id, form[id]).ok, id).toBe(true);
    const v = (id: (typeof FIELD_IDS)[number]) => (readField(id, form[id]) as { value: number }).value;
    const rate = computeRate({
      targetNetMonthly: v('target'),
      monthlyExpenses: v('expenses'),
      taxRate: v('tax'),
      platformFeeRate: v('fee'),
      billableHoursPerWeek: v('hours'),
      weeksOffPerYear: v('weeksOff'),
      workingDaysPerWeek: v('days'),
    });
    expect(rate.ok).toBe(true);
  });
});

describe('examples that follow the currency and the digits', () => {
  it('shows a pound micro-service and ladder at a size that makes sense in pounds, and dollars as written', () => {
    const usd = defaultForm();
    expect([usd.servicePrice, usd.ladderStart, usd.target, usd.hours]).toEqual(['10', '5', '1000', '25']);
    const egp = defaultForm({ currency: 'EGP', digits: 'latn' });
    expect([egp.servicePrice, egp.ladderStart, egp.ladderTarget, egp.target]).toEqual(['500', '250', '1000', '50000']);
    // Percentages, hours and counts do not depend on the currency.
    expect([egp.tax, egp.fee, egp.hours, egp.ladderOrders]).toEqual([usd.tax, usd.fee, usd.hours, usd.ladderOrders]);
    expect(defaultForm({ currency: 'EGP', digits: 'arab' }).servicePrice).toBe('٥٠٠');
  });

  it('a link in pounds that leaves fields out fills them with the pound examples, in the reader’s digits', () => {
    const { form } = queryToForm(new URLSearchParams('cur=EGP&target=30000'), 'arab');
    expect(form.target).toBe('30000');
    expect(form.servicePrice).toBe('٥٠٠');
    expect(formToQuery(form, 'EGP', 'hourly').toString()).toBe('target=30000&cur=EGP');
  });

  it('a dollar example kept in a pound form is the reader’s figure and goes into the link', () => {
    const form = { ...defaultForm({ currency: 'EGP', digits: 'latn' }), servicePrice: '10' };
    expect(formToQuery(form, 'EGP', 'micro').get('price')).toBe('10');
  });
});

describe('the form in the URL', () => {
  it('writes only what differs from the defaults, and reads it back unchanged, valid or not', () => {
    const form = { ...defaultForm({ currency: 'SAR', digits: 'latn' }), target: '٢٥٠٠', hours: 'abc' };
    const query = formToQuery(form, 'SAR', 'ladder');
    expect([...query.keys()].sort()).toEqual(['cur', 'hours', 'tab', 'target']);
    const back = queryToForm(new URLSearchParams(query.toString()));
    expect(back.form).toEqual(form);
    expect(back.currency).toBe('SAR');
    expect(back.tab).toBe('ladder');
  });

  it('ignores an unknown currency and cuts absurdly long values', () => {
    const back = queryToForm(new URLSearchParams({ cur: 'XXX', target: '9'.repeat(100) }));
    expect(back.currency).toBe('USD');
    expect(back.form.target.length).toBe(40);
    expect(formToQuery(defaultForm(), 'USD', 'hourly').toString()).toBe('');
  });

  it('keeps the chosen platform in the link, and refuses a malformed one', () => {
    const query = formToQuery(defaultForm(), 'USD', 'hourly', 'khamsat');
    expect(query.toString()).toBe('platform=khamsat');
    expect(queryToForm(query).platform).toBe('khamsat');
    expect(queryToForm(new URLSearchParams('platform=<b>x</b>')).platform).toBeNull();
    expect(queryToForm(new URLSearchParams('')).platform).toBeNull();
  });

  it('uses a distinct URL key per field', () => {
    const keys = FIELD_IDS.map((id) => FIELDS[id].key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('knows the offered currencies and formats each with Intl', () => {
    expect(isCurrency('KWD')).toBe(true);
    expect(isCurrency('XYZ')).toBe(false);
    expect(isCurrency(null)).toBe(false);
    for (const c of CURRENCIES)
      expect(new Intl.NumberFormat('ar', { style: 'currency', currency: c }).format(1)).toBeTruthy();
  });
});

describe('Arabic copy', () => {
  it('has a label, a hint and a currency name for everything the calculator shows', () => {
    for (const id of FIELD_IDS) expect(FIELD_COPY[id].label.length, id).toBeGreaterThan(3);
    for (const c of CURRENCIES) expect(CURRENCY_NAMES[c].length, c).toBeGreaterThan(2);
    for (const [key, text] of Object.entries(MESSAGES)) expect(text, key).toMatch(/[\u0600-\u06FF]/);
  });

  it('the rate explanation fills every placeholder with a formatted figure', () => {
    const rate = computeRate({
      targetNetMonthly: 1000,
      monthlyExpenses: 100,
      taxRate: 0.1,
      platformFeeRate: 0.2,
      billableHoursPerWeek: 25,
      weeksOffPerYear: 6,
      workingDaysPerWeek: 5,
    });
    if (!rate.ok) throw new Error('valid input');
    const text = fillTemplate(UI.explainRate, rateFigures(rate.value, 1000, { currency: 'USD', digits: 'latn' }));
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text).toContain('15.80');
    expect(text).toContain('1,150');
    const arabic = fillTemplate(UI.explainRate, rateFigures(rate.value, 1000, { currency: 'USD', digits: 'arab' }));
    expect(arabic).toMatch(/١٥٫٨٠/);
  });

  it('leaves an unknown placeholder visible so a typo in the copy shows', () => {
    expect(fillTemplate('{a} و{b}', { a: '1' })).toBe('1 و{b}');
  });
});
