/**
 * The example figures a tool shows before the reader types their own, at a size that makes sense in the chosen
 * currency: a 10-dollar micro-service is a sensible example, a 10-pound one in Egypt is not. The figures are
 * written in dollars and scaled by the rough size of a dollar in each currency, then rounded to a round number.
 * These sizes only choose examples; no amount the reader typed is ever converted with them.
 */
import type { Currency } from './currencies';
import type { DigitSet } from './numbers';

/**
 * Roughly how many units of each currency a US dollar bought in 2025, to one or two significant figures. Rates
 * move (some of these by a lot within a year); an example that is off by a third still reads as a plausible
 * beginner's figure, which is all this table is for.
 */
const DOLLAR_SIZE: Record<Currency, number> = {
  USD: 1,
  SAR: 3.75,
  AED: 3.67,
  EGP: 50,
  MAD: 10,
  DZD: 135,
  TND: 3,
  JOD: 0.71,
  KWD: 0.31,
  QAR: 3.64,
  BHD: 0.38,
  OMR: 0.38,
  IQD: 1310,
  LBP: 89500,
  SYP: 13000,
  YER: 530,
  LYD: 5.5,
  SDG: 600,
  EUR: 0.9,
};

/** Leading figures of a round amount: 40, 250 and 1,500 read as chosen examples; 37.5 and 1,310 read as sums. */
const ROUND_LEADS = [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The round amount nearest to `value` on a log scale (so 3.55 becomes 4 and 1.4 becomes 1.5); 0 stays 0. */
export function roundExample(value: number): number {
  if (!(value > 0)) return 0;
  const scale = 10 ** Math.floor(Math.log10(value));
  const lead = value / scale;
  const best = ROUND_LEADS.reduce((a, b) => (Math.abs(Math.log(b / lead)) < Math.abs(Math.log(a / lead)) ? b : a));
  // Multiplying 1.5 by 0.1 is not exactly 0.15; rounding to 12 significant digits removes the binary remainder.
  return Number((best * scale).toPrecision(12));
}

/** `dollars` as an example amount in `currency`; dollar examples stay exactly as written. */
export const exampleAmount = (dollars: number, currency: Currency): number =>
  currency === 'USD' ? dollars : roundExample(dollars * DOLLAR_SIZE[currency]);

/** Latin digits written in the reader's digit set, so an example value matches the figures around it. */
export const inDigits = (text: string, digits: DigitSet): string =>
  digits === 'arab' ? text.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d))) : text;
