import { describe, expect, it } from 'vitest';
import { PAYOUT_METHODS, PAYOUT_METHOD_LABELS, latinRuns } from '../../../src/lib/content/payouts';

describe('latinRuns', () => {
  it('isolates each Latin brand name inside Arabic text', () => {
    expect(latinRuns('افتح موقع PayPal ثم Payoneer.')).toEqual([
      { text: 'افتح موقع ', latin: false },
      { text: 'PayPal', latin: true },
      { text: ' ثم ', latin: false },
      { text: 'Payoneer.', latin: true },
    ]);
  });

  it('keeps a Latin name of several words in one run, and Arabic-only text whole', () => {
    expect(latinRuns('رابط «Worldwide Sites» أسفل')).toEqual([
      { text: 'رابط «', latin: false },
      { text: 'Worldwide Sites', latin: true },
      { text: '» أسفل', latin: false },
    ]);
    expect(latinRuns('اسأل بنكك')).toEqual([{ text: 'اسأل بنكك', latin: false }]);
  });
});

describe('payout methods', () => {
  it('every method has an Arabic label', () => {
    for (const m of PAYOUT_METHODS) expect(PAYOUT_METHOD_LABELS[m].arabic.length).toBeGreaterThan(2);
  });
});
