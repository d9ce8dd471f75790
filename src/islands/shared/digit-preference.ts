/**
 * The reader's choice of Arabic-Indic or Latin digits in the tools, remembered across pages and visits. Only the
 * calculator lets the reader choose (islands/pricing/save-digits.ts), so only its bundle carries the write.
 */
import type { DigitSet } from '../../lib/format/numbers';
import { DIGITS_KEY } from '../../lib/storage/keys';
import { readLocal } from '../../scripts/shared/local-storage';

/** The saved choice; Latin digits when there is none or storage is blocked. */
export const savedDigits = (): DigitSet => (readLocal(DIGITS_KEY) === 'arab' ? 'arab' : 'latn');
