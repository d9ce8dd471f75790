/** How readers type: dialect question words, verbs, money/work/price/client words, loanword plurals and brands. */
import { describe, expect, it } from 'vitest';
import { planSearch, type Lexicon } from '../../../src/lib/search/query';
import { joinNoneForms, readWord, respell } from '../../../src/lib/search/vocabulary';

const lexicon: Lexicon = [
  ['تسعير', 'سعر', 'أسعار', 'pricing'],
  ['دخل', 'ربح', 'مال', 'income'],
  ['عميل', 'عملاء', 'زبون', 'client'],
  ['العمل الحر', 'فريلانس', 'freelancing'],
  ['الملف الشخصي', 'البروفايل', 'بروفايل', 'Profile'],
  ['مستقل', 'فريلانسر', 'Freelancer'],
  ['موعد التسليم', 'الديدلاين'],
  ['خدمة مصغرة', 'جيج'],
];
const whole = (raw: string) => planSearch(raw, lexicon).whole.map((q) => q.text);

describe('question words in four dialects', () => {
  it('frame the question and are dropped, like «كيف» and «ماذا»', () => {
    for (const word of ['ازاي', 'إزاي', 'شلون', 'كيفاش', 'ايش', 'شو', 'ايه', 'واش', 'وين', 'فين', 'ليش', 'علاش']) {
      expect(planSearch(word), word).toMatchObject({ empty: 'only-common', dropped: [word] });
    }
  });

  it('and so are the words for wanting and being able to', () => {
    for (const word of ['عايز', 'عاوز', 'بدي', 'أبغى', 'ابي', 'نبغي', 'حاب', 'نقدر', 'ممكن']) {
      expect(planSearch(`${word} تسعير`, lexicon).dropped, word).toEqual([word]);
    }
  });

  it('leave the topic of the question to search', () => {
    expect(whole('ازاي ابدأ')[0]).toBe('تبدأ');
    expect(whole('شلون ابدي')[0]).toBe('تبدأ');
    expect(whole('كيفاش نبدا')[0]).toBe('تبدأ');
  });
});

describe('dialect words for money, work, price and client', () => {
  it('are searched as the guides’ words', () => {
    for (const money of ['فلوس', 'مصاري', 'بيزات', 'دراهم']) expect(whole(money)[0], money).toBe('مال');
    expect(whole('فلوس')).toContain('دخل');
    expect(whole('شغل من البيت')[0]).toBe('عمل البيت');
    expect(whole('بشتغل')[0]).toBe('عمل');
    expect(whole('نخدمو')[0]).toBe('عمل');
    expect(whole('بكم')).toEqual(expect.arrayContaining(['تسعير', 'سعر']));
    expect(whole('زباين')).toEqual(expect.arrayContaining(['عميل', 'زبون']));
    expect(whole('كليان')[0]).toBe('عميل');
  });

  it('keep the typed form as the last resort of its word group when no lexicon group holds their meaning', () => {
    const group = planSearch('فلوس خمسات').perWord.find((g) => g[0]!.text === 'مال')!;
    expect(group.map((q) => q.text)).toEqual(['مال', 'دخل', 'فلوس']);
    expect(group.at(-1)!.weight).toBeLessThan(1);
  });
});

describe('"there is none"', () => {
  it('is read as one word, in one or two words, and searched as scarcity', () => {
    expect(joinNoneForms(['ما', 'في', 'طلبات'])).toEqual(['مافي', 'طلبات']);
    expect(joinNoneForms(['ما', 'هو'])).toEqual(['ما', 'هو']);
    for (const none of ['مفيش', 'ما في', 'ماكو', 'ماكاين', 'ماكاينش']) {
      expect(whole(`${none} طلبات`)[0], none).toBe('قلة طلبات');
    }
  });
});

describe('verbs where the guides use a noun', () => {
  it('search the noun', () => {
    expect(whole('اسعر')).toEqual(expect.arrayContaining(['تسعير', 'سعر']));
    expect(whole('أسعّر')[0]).toBe('تسعير');
    expect(whole('نسعر')[0]).toBe('تسعير');
    expect(whole('أكتب')[0]).toBe('كتابة');
    expect(whole('يقيمني')[0]).toBe('تقييم');
    expect(whole('اسوق')[0]).toBe('تسويق');
    expect(whole('اخطط')).toEqual(expect.arrayContaining(['تخطيط', 'خطة']));
  });

  it('«كيف اسعر خدماتي» becomes a pricing search', () => {
    const plan = planSearch('كيف اسعر خدماتي', lexicon);
    expect(plan.dropped).toEqual(['كيف']);
    expect(plan.whole[0]).toEqual({ text: 'تسعير خدماتي', weight: 1 });
    expect(plan.whole.map((q) => q.text)).toContain('سعر خدماتي');
  });

  it('leave plain words alone', () => {
    expect(readWord('التسعير')).toEqual({ kind: 'plain' });
    expect(readWord('بروفايل')).toEqual({ kind: 'plain' });
  });
});

describe('loanwords', () => {
  it('with an Arabic or English plural ending find the singular’s group', () => {
    expect(whole('بروفايلات')).toContain('الملف الشخصي');
    expect(whole('الديدلاينات')).toContain('موعد التسليم');
    expect(whole('جيجات')).toContain('خدمة مصغرة');
    expect(whole('فريلانسرز')).toContain('مستقل');
  });

  it('written in two words or with a letter less are read as the lexicon writes them', () => {
    expect(respell(['فري', 'لانس', 'الآن'])).toEqual(['فريلانس', 'الآن']);
    expect(whole('عايز فري لانس')).toContain('العمل الحر');
    expect(whole('بروفيل')).toContain('الملف الشخصي');
  });
});

describe('brands', () => {
  it('in Latin letters also search their Arabic spellings, and what the brand is when the site does not name it', () => {
    expect(whole('upwork')).toEqual(expect.arrayContaining(['upwork', 'أب وورك', 'منصات العمل الحر']));
    expect(whole('Fiverr')).toEqual(expect.arrayContaining(['فايفر', 'منصات الخدمات المصغرة']));
    expect(whole('payoneer')).toContain('وسائل الدفع');
  });

  it('in Arabic letters search the Latin spelling the pages use, and no other Latin word', () => {
    expect(whole('بايبال')).toContain('PayPal');
    expect(whole('بايبال')).not.toContain('paypal');
    expect(whole('خمسات').some((w) => /[a-z]/i.test(w))).toBe(false);
    expect(whole('فايفر').some((w) => /[a-z]/i.test(w))).toBe(false);
  });
});
