/** "Did you mean": the closest word the index holds, where hamza and taa forms are spellings, not typos. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, suggestQuery, wordList } from '../../../src/lib/search/suggest';

// Most frequent first, as the build writes it.
const list = wordList('العميل تغير التسعير تسعير أسعار العمولة مستوى مستقل مستقبل الاستثمار معرض بروبوزال PayPal');

describe('edit distance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('تسعير', 'تسعير', 2)).toBe(0);
    expect(editDistance('تسعيير', 'تسعير', 2)).toBe(1);
    expect(editDistance('مستقل', 'مستقبل', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 5)).toBe(3);
  });

  it('counts a letter swapped for its dot sibling (غ/ع, ف/ق, ص/ض, س/ش…) as half an edit', () => {
    expect(editDistance('تسغير', 'تسعير', 2)).toBe(0.5);
    expect(editDistance('مستفل', 'مستقل', 2)).toBe(0.5);
    expect(editDistance('معرص', 'معرض', 2)).toBe(0.5);
  });

  it('stops past the limit, and is symmetric', () => {
    expect(editDistance('تسعير', 'الاستثمار', 1)).toBe(2);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        return editDistance(a, b, 20) === editDistance(b, a, 20);
      }),
    );
  });
});

describe('suggestQuery', () => {
  it('«تسغير» suggests «تسعير», not the more frequent «تغير» one deletion away', () => {
    expect(suggestQuery('تسغير', list)).toBe('تسعير');
  });

  it('offers a word the pages write only with the article bare, as the reader typed it', () => {
    const articleOnly = wordList('تغير التسعير');
    expect(suggestQuery('تسغير', articleOnly)).toBe('تسعير');
    expect(suggestQuery('التسغير', articleOnly)).toBe('التسعير');
  });

  it('replaces only the unknown words, in the pages’ spelling', () => {
    expect(suggestQuery('العميل مستفل', list)).toBe('العميل مستقل');
    expect(suggestQuery('الاستسمار', list)).toBe('الاستثمار');
    expect(suggestQuery('بروبوزل', list)).toBe('بروبوزال');
    expect(suggestQuery('paypall', list)).toBe('PayPal');
  });

  it('never treats hamza forms, taa marbuta or alif maqsura as typos', () => {
    for (const typed of ['اسعار', 'إسعار', 'العموله', 'مستوي', 'التَّسْعِير'])
      expect(suggestQuery(typed, list), typed).toBeNull();
  });

  it('knows a listed word under a prefix, an article or a possessive ending', () => {
    for (const typed of ['بالتسعير', 'والعميل', 'عميل', 'أسعاري']) expect(suggestQuery(typed, list), typed).toBeNull();
  });

  it('leaves common and dialect words as typed, and suggests nothing when no word is close', () => {
    expect(suggestQuery('ازاي تسغير', list)).toBe('ازاي تسعير');
    expect(suggestQuery('كيف تسغير', list)).toBe('كيف تسعير');
    expect(suggestQuery('زلزال', list)).toBeNull();
    expect(suggestQuery('', list)).toBeNull();
  });

  it('allows one edit in a short word and two in a word of six letters or more', () => {
    expect(suggestQuery('مسقب', wordList('مستقبل'))).toBeNull();
    expect(suggestQuery('مسقبل', wordList('مستقبل'))).toBe('مستقبل');
    expect(suggestQuery('الاسثمار', wordList('الاستثمار'))).toBe('الاستثمار');
    expect(suggestQuery('اسثمر', wordList('الاستثمار'))).toBeNull();
  });
});
