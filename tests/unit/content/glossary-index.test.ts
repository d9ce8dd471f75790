import { describe, expect, it } from 'vitest';
import { glossaryTermPath, groupByLetter, indexKey, letterOf, letterSlug } from '../../../src/lib/content/glossary-index';

describe('glossary index', () => {
  it('files a term under the letter after its article, with hamza forms of alef under ا', () => {
    expect(indexKey('التسعير بالقيمة')).toBe('تسعير بالقيمة');
    expect(indexKey('أخلاقيات العمل')).toBe('اخلاقيات العمل');
    expect(indexKey('الأجر بالساعة')).toBe('اجر بالساعة');
    // A short word that only starts like the article keeps its letters.
    expect(indexKey('الم')).toBe('الم');
  });

  it('groups terms by letter, letters and terms in Arabic order', () => {
    const terms = ['مستقل', 'العميل المستهدف', 'التسعير بالقيمة', 'عميل', 'أخلاقيات العمل', 'الأجر بالساعة', 'تقنية القدم في الباب'];
    expect(groupByLetter(terms, (t) => t)).toEqual([
      { letter: 'ا', items: ['الأجر بالساعة', 'أخلاقيات العمل'] },
      { letter: 'ت', items: ['التسعير بالقيمة', 'تقنية القدم في الباب'] },
      { letter: 'ع', items: ['عميل', 'العميل المستهدف'] },
      { letter: 'م', items: ['مستقل'] },
    ]);
  });

  it('gives each letter an ASCII page and each term an address on its letter’s page', () => {
    expect(letterOf('التسعير بالقيمة')).toBe('ت');
    expect(letterSlug('ت')).toBe('ta');
    expect(letterSlug('ا')).toBe('alif');
    expect(letterSlug('x')).toBe('other');
    expect(glossaryTermPath('value-based-pricing', 'التسعير بالقيمة')).toBe('/glossary/ta/#term-value-based-pricing');
    expect(glossaryTermPath('ethics', 'أخلاقيات العمل')).toBe('/glossary/alif/#term-ethics');
    const slugs = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'.split('').map(letterSlug);
    expect(new Set(slugs).size).toBe(28);
    for (const s of slugs) expect(s).toMatch(/^[a-z]+$/);
  });
});
