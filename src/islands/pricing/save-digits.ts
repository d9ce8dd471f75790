/** Remembers the reader's choice of digits (read by islands/shared/digit-preference.ts in both tools). */
import type { DigitSet } from '../../lib/format/numbers';
import { DIGITS_KEY } from '../../lib/storage/keys';

/** Without storage the preference lasts for this visit only. */
export function saveDigits(digits: DigitSet): void {
  try {
    localStorage.setItem(DIGITS_KEY, digits);
  } catch {
    /* the preference lasts for this visit only */
  }
}
