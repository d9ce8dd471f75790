/** The reader's choice of Arabic-Indic or Latin digits in the tools, remembered across pages and visits. */
import type { DigitSet } from '../../lib/format/numbers';
import { DIGITS_KEY } from '../../lib/storage/keys';
import { readLocal } from '../../scripts/shared/local-storage';

/** The saved choice; Latin digits when there is none or storage is blocked. */
export const savedDigits = (): DigitSet => (readLocal(DIGITS_KEY) === 'arab' ? 'arab' : 'latn');

/** Remembers the choice; without storage it lasts for this visit only. */
export function saveDigits(digits: DigitSet): void {
  try {
    localStorage.setItem(DIGITS_KEY, digits);
  } catch {
    /* the preference lasts for this visit only */
  }
}
