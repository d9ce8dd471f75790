/**
 * The currencies both tools offer, on their own so the goal planner's bundle does not carry the pricing form.
 * Readers' own currencies (any ISO code Intl knows would work); the Arabic names are in pricing/copy.ts.
 */
export const CURRENCIES = [
  'USD',
  'SAR',
  'AED',
  'EGP',
  'MAD',
  'DZD',
  'TND',
  'JOD',
  'KWD',
  'QAR',
  'BHD',
  'OMR',
  'IQD',
  'LBP',
  'SYP',
  'YER',
  'LYD',
  'SDG',
  'EUR',
] as const;
export type Currency = (typeof CURRENCIES)[number];
export const DEFAULT_CURRENCY: Currency = 'USD';

export function isCurrency(code: string | null): code is Currency {
  return CURRENCIES.some((c) => c === code);
}
