import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  currencyMinorUnit,
  formatMoney,
  isAmbiguousPoint,
  formatNumber,
  parseNumber,
  roundToMinorUnit,
  type DigitSet,
} from '../../../src/lib/format/numbers';

const LRM = '\u200E';
const RLM = '\u200F';
const ALM = '\u061C';
const NBSP = '\u00A0';
const NNBSP = '\u202F';
const MINUS = '\u2212';

function parsed(text: string): number {
  const r = parseNumber(text);
  if (!r.ok) throw new Error(`${JSON.stringify(text)} did not parse: ${r.error}`);
  return r.value;
}

describe('parseNumber: accepted', () => {
  const digits: [string, number][] = [
    ['0', 0],
    ['42', 42],
    ['٤٢', 42],
    ['۴۲', 42],
    ['0123456789', 123456789],
    ['٠١٢٣٤٥٦٧٨٩', 123456789],
    ['۰۱۲۳۴۵۶۷۸۹', 123456789],
    ['1٢۳', 123],
    ['007', 7],
  ];
  const decimals: [string, number][] = [
    ['1.5', 1.5],
    ['١٫٥', 1.5],
    ['۱٫۵', 1.5],
    ['1٫5', 1.5],
    ['١.٥', 1.5],
    ['0.05', 0.05],
    ['٠٫٠٠١', 0.001],
    ['1.234', 1.234],
  ];
  const grouping: [string, number][] = [
    ['1٬234', 1234],
    ['١٬٢٣٤٬٥٦٧', 1234567],
    ['۱٬۲۳۴', 1234],
    ['1,234', 1234],
    ['1,234,567', 1234567],
    ['١،٢٣٤', 1234],
    ['1,234.5', 1234.5],
    ['12,345,678.25', 12345678.25],
    ['١٬٢٣٤٫٥', 1234.5],
    ['1,234٫5', 1234.5],
    ['1٬234.5', 1234.5],
  ];
  const commaAsDecimal: [string, number][] = [
    ['1,5', 1.5],
    ['1,25', 1.25],
    ['1,2345', 1.2345],
    ['١،٥', 1.5],
    ['۱،۲۵', 1.25],
    ['0,250', 0.25], // "0" cannot start a thousands group
    ['1500,250', 1500.25], // "1500" cannot be a thousands group either
    ['1٬234,5', 1234.5], // ٬ already groups, so the comma is the decimal separator
  ];
  const spacesAndMarks: [string, number][] = [
    ['  42  ', 42],
    [`${NBSP}42${NNBSP}`, 42],
    ['\t42\n', 42],
    [`${LRM}42`, 42],
    [`${RLM}٤٢${RLM}`, 42],
    [`${ALM}-١٬٢٣٤٫٥`, -1234.5],
    [`${RLM}${LRM}-1,234.50`, -1234.5],
    [`${ALM}-${RLM}١٬٢٣٤٫٥٠`, -1234.5],
    ['\u2066٤٢\u2069', 42],
    ['\u202B42\u202C', 42],
    ['\u202A\u202D4\u202E2\u202C', 42],
    [`4${LRM}2`, 42],
    [`${NBSP}${ALM}٤٢${ALM}${NBSP}`, 42],
  ];
  const signs: [string, number][] = [
    ['-5', -5],
    [`${MINUS}5`, -5],
    [`${MINUS}١٫٥`, -1.5],
    ['-0.25', -0.25],
    ['-1,5', -1.5],
    ['-1,234', -1234],
  ];
  const percents: [string, number][] = [
    ['20%', 20],
    ['٢٠٪', 20],
    ['۲۰٪', 20],
    ['20٪', 20],
    ['20 %', 20],
    [`٢٠${NBSP}٪`, 20],
    [`٢٠٪${ALM}`, 20],
    [`20${LRM}%${LRM}`, 20],
    ['-12.5%', -12.5],
    ['١٢٫٥٪', 12.5],
    ['0,5%', 0.5],
  ];

  for (const [name, table] of Object.entries({
    digits,
    decimals,
    grouping,
    commaAsDecimal,
    spacesAndMarks,
    signs,
    percents,
  })) {
    it.each(table)(`${name}: %j → %d`, (text, value) => {
      expect(parseNumber(text)).toEqual({ ok: true, value });
    });
  }

  it('never returns negative zero', () => {
    for (const text of ['-0', `${MINUS}٠`, '-0.000']) expect(Object.is(parsed(text), 0)).toBe(true);
  });
});

describe('parseNumber: rejected', () => {
  it.each(['', '   ', '\t\n', NBSP, `${LRM}${RLM}${ALM}`, `${NBSP}\u2066\u2069 `])('empty: %j', (text) => {
    expect(parseNumber(text)).toEqual({ ok: false, error: 'empty' });
  });

  it.each([
    ['1 500', 1500],
    [`1${NBSP}234${NBSP}567`, 1234567],
    [`١${NNBSP}٢٣٤`, 1234],
    ['12\u2009000,5', 12000.5],
    ['-1 500.25', -1500.25],
  ])('a space groups thousands, as written in the Maghreb: %j', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  const cases: Record<string, string[]> = {
    letters: ['abc', '12a', 'a12', '١٢س', 'US$5', '5 SAR', '٥ ر.س'],
    exponents: ['1e3', '1E3', '1e-3', '٢e٣'],
    'non-finite words': ['Infinity', '-Infinity', 'NaN', '∞'],
    'other notations': ['0x10', '0b1', '1_000', '+5', '(5)'],
    'misplaced signs': ['--5', '5-', '- 5', '-', `${MINUS}${MINUS}1`, '-+5', '1-2'],
    'spaces that do not group thousands': ['1 23', `12${NBSP}3456`, '1  234', '1 234,5 6', '0 123', '5 5'],
    'two decimal separators': ['1.2.3', '1٫2٫3', '1.5٫2', '1٫5.2', '1..5'],
    'one comma as both group and decimal': ['1,234,5', '1،234،5'],
    'badly sized groups': ['1,23,456', '12,34,567', '1٬23', '1٬2345', '1234٬567', '0٬123', '12٬34٬567', '1,234,56'],
    'two kinds of grouping': ['1٬234,567,890', '1,234٬567'],
    'grouping after the decimal separator': ['1.234,5', '1.234٬567', '1٫234٬567', '1,234.567,8', '0.123,456'],
    'leading or trailing separators': ['.5', '5.', ',5', '5,', '٫5', '5٫', '٬5', '5٬', '،5', '5،', '-.5', '.5%'],
    'empty groups': ['1,,234', '1٬٬234', '1,.5'],
    'stray percent signs': ['%', '٪', '-%', '20%%', '%20', '٪٢٠', '20%5', '20٪%'],
    'too large to represent': ['9'.repeat(400)],
  };
  for (const [name, texts] of Object.entries(cases)) {
    it.each(texts)(`${name}: %j`, (text) => {
      expect(parseNumber(text)).toEqual({ ok: false, error: 'invalid' });
    });
  }

  it('never throws and only ever returns finite numbers', () => {
    const alphabet = fc.constantFrom(...'0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹.,٫٬،-−%٪ e\u00A0\u200E\u061C'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet })), (text) => {
        const r = parseNumber(text);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('roundToMinorUnit', () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.255, 2, 1.26],
    [-1.005, 2, -1.01],
    [-2.675, 2, -2.68],
    [8.345, 2, 8.35],
    [1.45, 1, 1.5],
    [1.0005, 3, 1.001],
    [0.0005, 3, 0.001],
    [9.995, 2, 10],
    [99.995, 2, 100],
    [0.005, 2, 0.01],
    [0.0049, 2, 0],
    [1.0049999, 2, 1],
    [0.5, 0, 1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [123.456, 2, 123.46],
    [1.5e-7, 7, 2e-7],
    [1e-7, 2, 0],
    [1e21, 2, 1e21],
    [12.3, 2, 12.3],
    [0, 2, 0],
  ])('%d to %d digits → %d', (value, digits, expected) => {
    expect(roundToMinorUnit(value, digits)).toBe(expected);
  });

  it('does what Math.round and Intl get wrong on binary approximations', () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1); // the bug this helper exists for
    expect(roundToMinorUnit(1.005, 2)).toBe(1.01);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundToMinorUnit(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundToMinorUnit(-0, 2), 0)).toBe(true);
  });

  it('refuses non-finite values and impossible digit counts', () => {
    expect(() => roundToMinorUnit(Number.NaN, 2)).toThrow(RangeError);
    expect(() => roundToMinorUnit(Infinity, 2)).toThrow(RangeError);
    expect(() => roundToMinorUnit(1, -1)).toThrow(RangeError);
    expect(() => roundToMinorUnit(1, 1.5)).toThrow(RangeError);
  });

  it('keeps values that already fit, and moves others by at most half a unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        expect(roundToMinorUnit(cents / 100, 2)).toBe(cents / 100);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, digits) => {
        const r = roundToMinorUnit(x, digits);
        expect(Number(r.toFixed(digits))).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits * (1 + 1e-9) + Math.abs(x) * 1e-15);
      }),
    );
  });
});

describe('formatNumber', () => {
  it.each<[number, DigitSet, number | undefined, string]>([
    [1234.5, 'arab', undefined, '١٬٢٣٤٫٥'],
    [1234.5, 'latn', undefined, '1,234.5'],
    [40, 'arab', undefined, '٤٠'],
    [40, 'latn', 2, '40'],
    [0.125, 'latn', 2, '0.13'],
    [1.005, 'latn', 2, '1.01'],
    [2.5, 'arab', 0, '٣'],
    [1234567.891, 'arab', 3, '١٬٢٣٤٬٥٦٧٫٨٩١'],
    [-0.001, 'latn', 2, '0'],
  ])('%d in %s with %s fraction digits → %s', (value, digits, fractionDigits, expected) => {
    const options = fractionDigits === undefined ? { digits } : { digits, fractionDigits };
    expect(formatNumber(value, options)).toBe(expected);
  });

  it('shows negatives with a minus and direction marks that parseNumber removes', () => {
    const arab = formatNumber(-1234.5, { digits: 'arab' });
    expect(arab).toMatch(/-|\u2212/);
    expect(arab.replace(/[\u200E\u200F\u061C]/g, '')).toMatch(/^[-\u2212]١٬٢٣٤٫٥$/);
    expect(parsed(arab)).toBe(-1234.5);
    expect(parsed(formatNumber(-1234.5, { digits: 'latn' }))).toBe(-1234.5);
  });

  it('uses only the chosen digits', () => {
    expect(formatNumber(9876543210.12, { digits: 'arab' })).not.toMatch(/[0-9]/);
    expect(formatNumber(9876543210.12, { digits: 'latn' })).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
  });

  it('refuses NaN, Infinity and impossible digit counts instead of printing them', () => {
    expect(() => formatNumber(Number.NaN, { digits: 'arab' })).toThrow(RangeError);
    expect(() => formatNumber(-Infinity, { digits: 'latn' })).toThrow(RangeError);
    expect(() => formatNumber(1, { digits: 'latn', fractionDigits: 21 })).toThrow(RangeError);
    expect(() => formatNumber(1, { digits: 'latn', fractionDigits: 0.5 })).toThrow(RangeError);
  });

  for (const digits of ['arab', 'latn'] as const) {
    it(`round-trips integers through parseNumber (${digits})`, () => {
      fc.assert(
        fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
          expect(parsed(formatNumber(n, { digits, fractionDigits: 0 }))).toBe(n);
          expect(parsed(formatNumber(n, { digits }))).toBe(n);
        }),
        { numRuns: 500 },
      );
    });

    it(`round-trips 2-decimal values through parseNumber (${digits})`, () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e15, max: 1e15 }), (cents) => {
          const x = cents / 100;
          expect(parsed(formatNumber(x, { digits, fractionDigits: 2 }))).toBe(x);
        }),
        { numRuns: 500 },
      );
    });
  }
});

describe('money', () => {
  it.each([
    ['USD', 2],
    ['SAR', 2],
    ['EGP', 2],
    ['KWD', 3],
    ['JOD', 3],
    ['TND', 3],
    ['BHD', 3],
    ['JPY', 0],
  ])('%s has %d minor digits', (currency, digits) => {
    expect(currencyMinorUnit(currency)).toBe(digits);
  });

  it('gives every currency Intl knows the minor unit of ISO 4217, as an English formatter reads it', () => {
    for (const currency of Intl.supportedValuesOf('currency')) {
      const english = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions();
      expect(currencyMinorUnit(currency), currency).toBe(english.maximumFractionDigits);
    }
  });

  it.each<[number, string, DigitSet, string, string]>([
    [1234.5, 'USD', 'arab', '١٬٢٣٤٫٥٠', '$'],
    [1234.5, 'USD', 'latn', '1,234.50', '$'],
    [1234.5, 'SAR', 'arab', '١٬٢٣٤٫٥٠', 'ر.س'],
    [1234.5, 'SAR', 'latn', '1,234.50', 'ر.س'],
    [1234.5, 'KWD', 'arab', '١٬٢٣٤٫٥٠٠', 'د.ك'],
    [1234.5, 'KWD', 'latn', '1,234.500', 'د.ك'],
    [1.005, 'USD', 'latn', '1.01', '$'],
    [2.675, 'USD', 'arab', '٢٫٦٨', '$'],
    [1.255, 'SAR', 'latn', '1.26', 'ر.س'],
    [1.0005, 'KWD', 'latn', '1.001', 'د.ك'],
    [0.1 + 0.2, 'USD', 'latn', '0.30', '$'],
    [1000, 'USD', 'latn', '1,000', '$'],
    [2999.999, 'EGP', 'arab', '٣٬٠٠٠', 'ج.م'],
  ])('%d %s in %s digits shows %s', (value, currency, digits, amount, symbol) => {
    const text = formatMoney(value, currency, digits);
    expect(text).toContain(amount);
    expect(text).toContain(symbol);
    expect(text).not.toMatch(digits === 'arab' ? /[0-9]/ : /[\u0660-\u0669]/);
  });

  it('shows whole amounts without minor digits', () => {
    expect(formatMoney(1000, 'USD', 'latn')).not.toMatch(/1,000\.00|\.00/);
    expect(formatMoney(8000, 'KWD', 'arab')).not.toContain('٫');
    expect(formatMoney(0, 'SAR', 'latn')).not.toMatch(/\d[.٫]\d/);
  });

  it('rounds half away from zero for negative amounts and never shows "-0"', () => {
    expect(formatMoney(-1.005, 'USD', 'latn')).toContain('1.01');
    expect(formatMoney(-1.005, 'USD', 'latn')).toMatch(/[-\u2212]/);
    expect(formatMoney(-0.001, 'USD', 'latn')).not.toMatch(/[-\u2212]/);
  });

  it('refuses NaN, Infinity and unknown currencies', () => {
    expect(() => formatMoney(Number.NaN, 'USD', 'arab')).toThrow(RangeError);
    expect(() => formatMoney(Infinity, 'USD', 'arab')).toThrow(RangeError);
    expect(() => formatMoney(1, 'DOLLARS', 'arab')).toThrow(RangeError);
  });
});

describe('a point that may be a thousands separator', () => {
  it('flags d.ddd in any digit set, and nothing else', () => {
    for (const text of ['1.500', '12.500', '999.000', '١.٥٠٠', '۱۲.۵۰۰', ' 1.500 ', '\u200f1.500', '-1.500'])
      expect(isAmbiguousPoint(text), text).toBe(true);
    for (const text of [
      '1500',
      '1.5',
      '1.50',
      '1.5000',
      '0.500',
      '1٫500',
      '1,500',
      '1 500',
      '1234.500',
      '1.500.000',
      '',
    ])
      expect(isAmbiguousPoint(text), text).toBe(false);
  });
});

describe('a Latin currency symbol inside Arabic text', () => {
  it('is isolated left to right, so «US$» never reads «$US»', () => {
    expect(formatMoney(1500, 'USD', 'latn')).toContain('\u2066US$\u2069');
    expect(formatMoney(1500, 'USD', 'arab')).toContain('\u2066US$\u2069');
    // Arabic symbols need no isolation, and the figure still reads back.
    expect(formatMoney(1500, 'EGP', 'latn')).not.toContain('\u2066');
    expect(parseNumber(formatMoney(1500, 'USD', 'arab').replace(/[^\d٠-٩٬٫.,]/g, ''))).toEqual({
      ok: true,
      value: 1500,
    });
  });
});
