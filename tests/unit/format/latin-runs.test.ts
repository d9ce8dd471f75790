import { describe, expect, it } from 'vitest';
import { latinRuns } from '../../../src/lib/format/bidi';

describe('latinRuns', () => {
  it('isolates each Latin run and keeps the Arabic text around it, spaces included', () => {
    expect(latinRuns('يذكر CashU بين وسائل الدفع')).toEqual([
      { text: 'يذكر ', latin: false },
      { text: 'CashU', latin: true },
      { text: ' بين وسائل الدفع', latin: false },
    ]);
  });

  it('keeps multi-word names and domains in one run', () => {
    expect(latinRuns('على Google Play وفي almaghribtoday.net.').filter((r) => r.latin)).toEqual([
      { text: 'Google Play', latin: true },
      { text: 'almaghribtoday.net', latin: true },
    ]);
  });

  it('returns the text unchanged when it has no Latin letters', () => {
    expect(latinRuns('نقاش في منتدى عربي')).toEqual([{ text: 'نقاش في منتدى عربي', latin: false }]);
    expect(latinRuns('')).toEqual([]);
  });
});
