import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../src/lib/format/template';
import { formatMoney } from '../../../src/lib/format/numbers';

describe('fillTemplate', () => {
  it('fills every placeholder and leaves unknown ones visible', () => {
    expect(fillTemplate('أنجزت {done} من {total}', { done: '3', total: '7' })).toBe('أنجزت 3 من 7');
    expect(fillTemplate('{missing} و{done}', { done: '1' })).toBe('{missing} و1');
  });

  it('never doubles the period after a currency abbreviation that ends with one', () => {
    const price = formatMoney(10, 'EGP', 'arab');
    expect(price).toMatch(/\.[\u200e\u200f]*$/);
    const sentence = fillTemplate('أقل سعر لهذا الوقت {minimum}.', { minimum: price });
    expect(sentence).not.toMatch(/\.[\u200e\u200f]*\./);
    expect(sentence.endsWith(price)).toBe(true);
    expect(fillTemplate('السعر {p}. وبعده', { p: formatMoney(10, 'USD', 'latn') })).toMatch(/\. وبعده$/);
  });
});
