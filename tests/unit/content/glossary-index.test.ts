import { describe, expect, it } from 'vitest';
import { groupByLetter, indexKey } from '../../../src/lib/content/glossary-index';

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
});
