/**
 * Numbers typed by Arabic readers and numbers shown to them. Readers type with Arabic-Indic (٠١٢),
 * Persian (۰۱۲) or Latin digits, with Arabic or Latin separators, often with invisible direction marks
 * pasted along; the tools must read all of that and must never guess silently. Display goes through
 * `Intl.NumberFormat` with the numbering system always named, so the output never depends on the
 * browser's defaults, and whatever it prints can be parsed back.
 */

/** Why a text is not a number: nothing was typed, or it is not a number we can read without guessing. */
export type ParseError = 'empty' | 'invalid';

/** A result rather than NaN or an exception, so a form can show why the field is wrong. */
export type ParseResult = { ok: true; value: number } | { ok: false; error: ParseError };

/** The two digit sets the site offers: Arabic-Indic (٠١٢٣) or Latin (0123). */
export type DigitSet = 'arab' | 'latn';

/** Invisible bidi controls that copy-paste and Intl itself put around numbers (LRM, RLM, ALM, embeddings, isolates). */
const DIRECTION_MARKS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

const MINUS_SIGNS = new Set(['-', '\u2212']);
const PERCENT_SIGNS = new Set(['%', '\u066A']);

/** Separator characters, reduced to four kinds: always decimal, always grouping (two kinds), or a comma (either). */
type SeparatorKind = 'decimal' | 'arabic-group' | 'space-group' | 'comma';
const SEPARATORS = new Map<string, SeparatorKind>([
  ['.', 'decimal'],
  ['\u066B', 'decimal'], // ٫ Arabic decimal separator
  ['\u066C', 'arabic-group'], // ٬ Arabic thousands separator
  [',', 'comma'],
  ['\u060C', 'comma'], // ، Arabic comma, typed where a Latin keyboard has ","
  // "1 500", as written in the Maghreb and in French: a space, no-break or narrow no-break space, or thin space.
  [' ', 'space-group'],
  ['\u00A0', 'space-group'],
  ['\u202F', 'space-group'],
  ['\u2009', 'space-group'],
]);

const INVALID: ParseResult = { ok: false, error: 'invalid' };

/** The ASCII digit for an ASCII, Arabic-Indic (U+0660–0669) or Persian (U+06F0–06F9) digit. */
function asciiDigit(ch: string): string | undefined {
  const code = ch.codePointAt(0) ?? -1;
  if (code >= 0x30 && code <= 0x39) return ch;
  if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
  if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0);
  return undefined;
}

/** Well-formed thousands grouping: 1–3 leading digits (not starting with 0), then groups of three. */
function isValidGrouping(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || first.length > 3 || first.startsWith('0')) return false;
  return rest.every((g) => g.length === 3);
}

/**
 * Reads a number typed by a person, in any of the digit sets and separator styles Arabic readers use,
 * and refuses anything ambiguous or malformed instead of guessing.
 *
 * - digits: ASCII, Arabic-Indic (٠–٩) and Persian (۰–۹), which may be mixed;
 * - `.` and `٫` are decimal separators, `٬` and a space (`1 500`, also NBSP, narrow NBSP, thin space) group thousands;
 * - `,` and `،` group thousands when the digit groups after them (up to the decimal separator) all have three
 *   digits and the grouping is well formed, otherwise they are the decimal separator: `1,5` is 1.5,
 *   `1,234` is 1234, `0,250` is 0.25, `1500,250` is 1500.25;
 * - surrounding spaces (including NBSP and narrow NBSP) are trimmed and direction marks are removed anywhere;
 * - a leading `-` or `−` (U+2212) negates; a trailing `%` or `٪` is allowed (spaces before it too) and ignored:
 *   "20%" gives 20, so callers that want a fraction divide by 100 themselves.
 *
 * Rejected as `invalid`: letters, exponents, `Infinity`, `+`, spaces that do not group thousands, two decimal separators, a grouping
 * separator after the decimal one, badly sized groups ("1,23,456", "1٬2345"), two kinds of grouping separator,
 * leading or trailing separators (".5", "5."), and numbers too large to represent.
 */
export function parseNumber(text: string): ParseResult {
  let rest = text.replace(DIRECTION_MARKS, '').trim();
  if (rest === '') return { ok: false, error: 'empty' };

  const negative = MINUS_SIGNS.has(rest[0] ?? '');
  if (negative) rest = rest.slice(1);
  if (PERCENT_SIGNS.has(rest.at(-1) ?? '')) rest = rest.slice(0, -1).trimEnd();

  // Split into digit groups and the separators between them; every separator needs digits on both sides.
  const groups: string[] = [];
  const separators: SeparatorKind[] = [];
  let current = '';
  for (const ch of rest) {
    const digit = asciiDigit(ch);
    const separator = SEPARATORS.get(ch);
    if (digit !== undefined) {
      current += digit;
    } else if (separator !== undefined && current !== '') {
      groups.push(current);
      separators.push(separator);
      current = '';
    } else {
      return INVALID;
    }
  }
  if (current === '') return INVALID;
  groups.push(current);

  // The fraction never contains separators, so only the last separator can be the decimal one.
  const last = separators.at(-1);
  let decimalAtEnd = last === 'decimal';
  if (last === 'comma') {
    const allCommas = separators.every((s) => s === 'comma');
    decimalAtEnd = !(allCommas && isValidGrouping(groups));
  }

  const grouping = decimalAtEnd ? separators.slice(0, -1) : separators;
  const integerGroups = decimalAtEnd ? groups.slice(0, -1) : groups;
  const fraction = decimalAtEnd ? groups.at(-1) : undefined;

  const groupKind = grouping[0];
  if (groupKind !== undefined) {
    if (groupKind === 'decimal' || grouping.some((s) => s !== groupKind)) return INVALID;
    if (decimalAtEnd && last === groupKind) return INVALID; // "1,234,5": one character cannot play both roles
    if (!isValidGrouping(integerGroups)) return INVALID;
  }

  const literal = `${negative ? '-' : ''}${integerGroups.join('')}${fraction === undefined ? '' : `.${fraction}`}`;
  const value = Number(literal);
  if (!Number.isFinite(value)) return INVALID;
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * True for an amount written `1.500` or `12.500`: a period followed by exactly three digits, which is a decimal
 * point in some countries and a thousands separator in others. Money fields ask instead of guessing
 * (`parseNumber` alone reads it as 1.5). `٫` is only ever decimal, and `0.500` cannot be a thousand.
 */
export function isAmbiguousPoint(text: string): boolean {
  return /^[-\u2212]?[1-9١-٩۱-۹][0-9٠-٩۰-۹]{0,2}\.[0-9٠-٩۰-۹]{3}$/.test(text.replace(DIRECTION_MARKS, '').trim());
}

/** The shortest decimal JavaScript prints for a number: integer digits, fraction digits, exponent. */
const DECIMAL_FORM = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * Rounds half away from zero on the decimal value as written (JavaScript's shortest form of the number), not on
 * its binary approximation: 1.005 → 1.01, 2.675 → 2.68, 1.255 → 1.26, where `Math.round(x * 100) / 100` and
 * `Intl` give 1, 2.67 and 1.25. `digits` is the number of fraction digits to keep (0–100).
 */
export function roundToMinorUnit(value: number, digits: number): number {
  if (!Number.isInteger(digits) || digits < 0 || digits > 100)
    throw new RangeError(`digits must be 0–100, got ${digits}`);
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  const match = DECIMAL_FORM.exec(String(Math.abs(value)));
  if (match === null) throw new RangeError(`unexpected number form ${value}`);
  const [, intPart = '', fracPart = '', exponent = '0'] = match;
  const allDigits = intPart + fracPart;
  // Number of leading digits of `allDigits` that stay once the value is scaled by 10^digits.
  const keep = intPart.length + Number(exponent) + digits;
  if (keep >= allDigits.length) return value === 0 ? 0 : value;
  if (keep < 0) return 0;
  const roundUp = (allDigits[keep] ?? '0') >= '5';
  const scaled = BigInt(allDigits.slice(0, keep) || '0') + (roundUp ? 1n : 0n);
  const magnitude = Number(`${scaled}e-${digits}`);
  if (magnitude === 0) return 0;
  return value < 0 ? -magnitude : magnitude;
}

export interface FormatNumberOptions {
  digits: DigitSet;
  /** Most fraction digits shown (0–20, default 2); trailing zeros are dropped, so 40 shows as "40", not "40.00". */
  fractionDigits?: number;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** One cached formatter per option set: building an `Intl.NumberFormat` costs far more than using it. */
function formatter(digits: DigitSet, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${digits}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(`ar-u-nu-${digits}`, { ...options, numberingSystem: digits });
    formatters.set(key, f);
  }
  return f;
}

function checkFractionDigits(fractionDigits: number): void {
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 20) {
    throw new RangeError(`fractionDigits must be 0–20, got ${fractionDigits}`);
  }
}

/**
 * A plain quantity (hours, a percentage, a count) in Arabic with the chosen digits, rounded half away from zero
 * like money. `parseNumber` reads the output back to the same value. Throws a RangeError for NaN or Infinity:
 * showing "NaN" to a reader is a bug to catch, not a value to display.
 */
export function formatNumber(value: number, { digits, fractionDigits = 2 }: FormatNumberOptions): string {
  checkFractionDigits(fractionDigits);
  const rounded = roundToMinorUnit(value, fractionDigits);
  return formatter(digits, { minimumFractionDigits: 0, maximumFractionDigits: fractionDigits }).format(rounded);
}

const minorUnits = new Map<string, number>();

/**
 * The currency's minor unit as Intl knows it (ISO 4217): USD and SAR 2, KWD, JOD and TND 3, JPY 0. Cached: every
 * amount a tool shows asks for it. The unit does not depend on the locale, so the Arabic formatter the amounts use
 * answers it: asking an English one would load a second locale's data into the page, a long task on a phone.
 */
export function currencyMinorUnit(currency: string): number {
  let minor = minorUnits.get(currency);
  if (minor === undefined) {
    minor = formatter('latn', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorUnits.set(currency, minor);
  }
  return minor;
}

/**
 * An amount of money in Arabic with the chosen digits and the currency's own number of decimals. This is the one
 * place money is rounded (half away from zero, see `roundToMinorUnit`); calculations keep full precision so that
 * errors do not pile up. Throws a RangeError for NaN, Infinity or an unknown currency code.
 */
export function formatMoney(value: number, currency: string, digits: DigitSet): string {
  const minor = currencyMinorUnit(currency);
  const rounded = roundToMinorUnit(value, minor);
  // Whole amounts without «.00»: 1,000 reads as a price; 1,234.50 keeps both of its minor digits.
  const parts = formatter(digits, {
    style: 'currency',
    currency,
    minimumFractionDigits: Number.isInteger(rounded) ? 0 : minor,
    maximumFractionDigits: minor,
  }).formatToParts(rounded);
  // A Latin symbol such as «US$» is isolated left to right: in Arabic text its «$» would otherwise be ordered
  // apart from «US» and read «$US».
  return parts
    .map(({ type, value }) => (type === 'currency' && /[A-Z]/i.test(value) ? `\u2066${value}\u2069` : value))
    .join('');
}
