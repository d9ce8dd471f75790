/** Turning what a reader types into search queries: spelling, prefixes and endings, common words, synonyms, merging. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanQuery,
  foldArabic,
  isCommonWord,
  mergeHits,
  planSearch,
  wordVariants,
  words,
  type Hit,
  type Lexicon,
} from '../../../src/lib/search/query';
import { joinNoneForms, readWord, respell } from '../../../src/lib/search/vocabulary';

const wholeTexts = (raw: string, lexicon: Lexicon = []) => planSearch(raw, lexicon).whole.map((q) => q.text);
const perWordTexts = (raw: string, lexicon: Lexicon = []) =>
  planSearch(raw, lexicon).perWord.map((g) => g.map((q) => q.text));

const lexicon: Lexicon = [
  ['مستقل', 'فريلانسر', 'freelancer'],
  ['عمل حر', 'فريلانس', 'freelance'],
];

/** Arabic letters (hamza … yaa), no marks. */
const arabicLetter = fc.constantFrom(
  ...Array.from({ length: 0x064a - 0x0621 + 1 }, (_, i) => String.fromCharCode(0x0621 + i)).filter(
    (c) => c !== '\u0640',
  ),
);
const arabicWord = (min = 1, max = 10) =>
  fc.array(arabicLetter, { minLength: min, maxLength: max }).map((cs) => cs.join(''));
const TASHKEEL_MARKS = ['\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670'];
/** Text a reader might paste: Arabic letters, tashkeel, tatweel, Latin, digits, presentation forms, spaces and punctuation. */
const readerText = fc
  .array(
    fc.oneof(
      arabicLetter,
      fc.constantFrom(...TASHKEEL_MARKS, '\u0640', 'ﻻ', 'ﺍ', 'ﻷ', 'ٱ', ' ', '  ', '\t', '،', '؟', '.', '-'),
      fc.constantFrom(...'abcXYZ0123456789٠١٢٣'),
    ),
    { maxLength: 40 },
  )
  .map((cs) => cs.join(''));

describe('foldArabic: two spellings of one word compare equal', () => {
  it.each([
    ['أإآٱا', 'ااااا'],
    ['مصطفى', 'مصطفي'],
    ['العمولة', 'العموله'],
    ['مسؤول', 'مسوول'],
    ['رئيس', 'رييس'],
    ['التَّسْعِير', 'التسعير'],
    ['تسعـــير', 'تسعير'],
    ['Freelancer', 'freelancer'],
    ['ﻻ', 'لا'],
    ['ﻷ', 'لا'],
  ])('%s folds to %s', (typed, folded) => {
    expect(foldArabic(typed)).toBe(folded);
  });

  it('treats the different ways of writing «إلى» and «حتى» alike', () => {
    expect(foldArabic('إلى')).toBe(foldArabic('الي'));
    expect(foldArabic('حتى')).toBe(foldArabic('حتي'));
  });

  it('is idempotent on anything a reader might type', () => {
    fc.assert(fc.property(readerText, (text) => foldArabic(foldArabic(text)) === foldArabic(text)));
    fc.assert(fc.property(fc.string(), (text) => foldArabic(foldArabic(text)) === foldArabic(text)));
  });

  it('leaves no tashkeel, tatweel, hamza seat, alef maqsura or taa marbuta behind', () => {
    fc.assert(fc.property(readerText, (text) => !/[\u064B-\u065F\u0670\u0640أإآٱىةؤئ]/.test(foldArabic(text))));
  });
});

describe('cleanQuery: marks go, spelling stays', () => {
  it('removes tashkeel and tatweel but keeps hamza and taa marbuta as typed', () => {
    expect(cleanQuery('التَّسْعِير')).toBe('التسعير');
    expect(cleanQuery('تسعـــير')).toBe('تسعير');
    expect(cleanQuery('أسعار الخدمة')).toBe('أسعار الخدمة');
    expect(cleanQuery('إلى')).toBe('إلى');
  });

  it('collapses and trims whitespace', () => {
    expect(cleanQuery('  التسعير \t\n بالقيمة  ')).toBe('التسعير بالقيمة');
    expect(cleanQuery('   ')).toBe('');
  });

  it('is idempotent and never longer than what was typed (after NFKC)', () => {
    fc.assert(
      fc.property(readerText, (text) => {
        const once = cleanQuery(text);
        return cleanQuery(once) === once && once.length <= text.normalize('NFKC').length;
      }),
    );
  });
});

describe('words', () => {
  it('splits on spaces and Arabic or Latin punctuation', () => {
    expect(words('كيف أسعّر، خدماتي؟ (freelance) 2024')).toEqual(['كيف', 'أسعر', 'خدماتي', 'freelance', '2024']);
  });

  it('keeps a word written with tatweel or tashkeel whole', () => {
    expect(words('تسعـــير العَمَل')).toEqual(['تسعير', 'العمل']);
  });

  it('finds nothing in punctuation alone', () => {
    expect(words('؟!، ... -')).toEqual([]);
  });
});

describe('isCommonWord', () => {
  it.each(['في', 'من', 'على', 'إلى', 'الى', 'عن', 'كيف', 'ماذا', 'هل', 'أريد', 'حتى', 'the', 'The', 'HOW', 'and'])(
    '«%s» is common',
    (w) => {
      expect(isCommonWord(w)).toBe(true);
    },
  );

  it.each(['التسعير', 'عميل', 'مستقل', 'عمولة', 'price', 'freelance'])('«%s» is not', (w) => {
    expect(isCommonWord(w)).toBe(false);
  });

  it('recognises a common word written with tashkeel', () => {
    expect(isCommonWord('فِي')).toBe(true);
    expect(isCommonWord('مِنْ')).toBe(true);
  });
});

describe('wordVariants: prefixes and endings the stemmer misses', () => {
  it.each([
    ['والتسعير', ['والتسعير', 'التسعير']],
    ['فالعرض', ['فالعرض', 'العرض']],
    ['بالتسعير', ['بالتسعير', 'التسعير']],
    ['بالأسعار', ['بالأسعار', 'الأسعار']],
    ['كالعادة', ['كالعادة', 'العادة']],
    ['للعملاء', ['للعملاء', 'العملاء']],
    ['للتسويق', ['للتسويق', 'التسويق']],
  ])('a conjunction or preposition on the article: %s', (word, variants) => {
    expect(wordVariants(word)).toEqual(variants);
  });

  it.each([
    ['أسعاري', 'أسعار'],
    ['عميلك', 'عميل'],
    ['مشاريعها', 'مشاريع'],
    ['مشاريعهم', 'مشاريع'],
    ['شغلنا', 'شغل'],
    ['مشروعكم', 'مشروع'],
    ['خدماتك', 'خدمات'],
  ])('a possessive ending: %s also searches %s', (word, stem) => {
    expect(wordVariants(word)[0]).toBe(word);
    expect(wordVariants(word)).toContain(stem);
  });

  it('strips the longest possessive ending (كم, not ك+م)', () => {
    expect(wordVariants('ربحكم')).toEqual(['ربحكم', 'ربح']);
  });

  it('strips a lone و/ف/ب/ل only from words of five letters or more', () => {
    expect(wordVariants('فسعرك')).toEqual(['فسعرك', 'فسعر', 'سعرك', 'سعر']);
    expect(wordVariants('بسعر')).toEqual(['بسعر']);
    expect(wordVariants('ولد')).toEqual(['ولد']);
    expect(wordVariants('وكيل')).toEqual(['وكيل']);
    expect(wordVariants('والد')).toEqual(['والد']);
    expect(wordVariants('بريد')).toEqual(['بريد']);
  });

  it('never strips a lone ك (it is not a prefix on its own here)', () => {
    expect(wordVariants('كتابة')).toEqual(['كتابة']);
  });

  it('never strips a possessive ending from a word with the article', () => {
    expect(wordVariants('الكتابي')).toEqual(['الكتابي']);
    expect(wordVariants('والتسعيري')).not.toContain('التسعير');
  });

  it('keeps a word whose first letter belongs to it first («وظيفة»)', () => {
    const variants = wordVariants('وظيفة');
    expect(variants[0]).toBe('وظيفة');
    expect(variants).toEqual(['وظيفة', 'ظيفة']);
  });

  it('cleans marks and tatweel before looking for prefixes', () => {
    expect(wordVariants('والتَّسعير')).toEqual(['والتسعير', 'التسعير']);
    expect(wordVariants('والتسعـــير')).toEqual(['والتسعير', 'التسعير']);
  });

  it('leaves short words alone', () => {
    for (const w of ['في', 'بي', 'يدي', 'سعر', 'a', 'price']) expect(wordVariants(w)).toEqual([w]);
  });

  it('always puts the word as typed first, without duplicates, other variants no shorter than three letters', () => {
    fc.assert(
      fc.property(arabicWord(1, 12), (word) => {
        const variants = wordVariants(word);
        return (
          variants[0] === word &&
          new Set(variants).size === variants.length &&
          variants.slice(1).every((v) => v.length >= 3 && v.length <= word.length)
        );
      }),
    );
  });
});

describe('planSearch: spelling', () => {
  it('plans «التَّسْعِير» and «التسعـــير» exactly like «التسعير»', () => {
    const plain = planSearch('التسعير');
    expect(planSearch('التَّسْعِير')).toEqual(plain);
    expect(planSearch('التسعـــير')).toEqual(plain);
    expect(plain.whole).toEqual([{ text: 'التسعير', weight: 1 }]);
  });

  it('plans «تسعـــير» exactly like «تسعير»', () => {
    expect(planSearch('تسعـــير')).toEqual(planSearch('تسعير'));
    expect(wholeTexts('تسعـــير')).toEqual(['تسعير']);
  });

  it('shows the query cleaned of marks, tatweel and extra spaces, with its spelling kept', () => {
    expect(planSearch('  أسعارُ   العَمَـــل ').shown).toBe('أسعار العمل');
  });

  it('plans the same for a query and its cleaned form', () => {
    fc.assert(
      fc.property(
        readerText,
        (text) => JSON.stringify(planSearch(text, lexicon)) === JSON.stringify(planSearch(cleanQuery(text), lexicon)),
      ),
    );
  });
});

describe('planSearch: prefixes and endings', () => {
  it('also searches «التسعير» for «والتسعير», at a lower weight', () => {
    expect(planSearch('والتسعير').whole).toEqual([
      { text: 'والتسعير', weight: 1 },
      { text: 'التسعير', weight: 0.9 },
    ]);
  });

  it('also searches «أسعار» for «أسعاري»', () => {
    expect(wholeTexts('أسعاري')).toEqual(['أسعاري', 'أسعار']);
  });

  it('searches «وظيفة» as typed first', () => {
    expect(wholeTexts('وظيفة')[0]).toBe('وظيفة');
  });

  it('strips every word at once in the variant query', () => {
    expect(wholeTexts('التسعير بالقيمة')).toEqual(['التسعير بالقيمة', 'التسعير القيمة']);
  });

  it('a single word without synonyms needs no per-word groups', () => {
    expect(planSearch('والتسعير').perWord).toEqual([]);
  });

  it('gives each word of a longer query its own group of variants, the typed word weighted highest', () => {
    expect(planSearch('التسعير بالقيمة').perWord).toEqual([
      [{ text: 'التسعير', weight: 1 }],
      [
        { text: 'بالقيمة', weight: 1 },
        { text: 'القيمة', weight: 0.9 },
      ],
    ]);
  });
});

describe('planSearch: common words', () => {
  it('explains an empty plan when only common words are typed, listing them', () => {
    expect(planSearch('في من على')).toEqual({
      shown: 'في من على',
      whole: [],
      perWord: [],
      dropped: ['في', 'من', 'على'],
      empty: 'only-common',
    });
    expect(planSearch('إلى أين')).toMatchObject({ empty: 'only-common', dropped: ['إلى', 'أين'] });
    expect(planSearch('how to')).toMatchObject({ empty: 'only-common', dropped: ['how', 'to'] });
  });

  it('drops «كيف» from «كيف أجد عميلي الأول» and searches the rest', () => {
    const plan = planSearch('كيف أجد عميلي الأول');
    expect(plan.dropped).toEqual(['كيف']);
    expect(plan.empty).toBeNull();
    expect(plan.whole[0]).toEqual({ text: 'أجد عميلي الأول', weight: 1 });
    expect(plan.whole.map((q) => q.text)).toContain('أجد عميل الأول');
    expect(perWordTexts('كيف أجد عميلي الأول')).toEqual([['أجد'], ['عميلي', 'عميل'], ['الأول']]);
  });

  it('drops English common words too', () => {
    expect(planSearch('how to price')).toMatchObject({
      whole: [{ text: 'price', weight: 1 }],
      dropped: ['how', 'to'],
      perWord: [],
    });
  });

  it('tells blank and too-short queries apart', () => {
    expect(planSearch('').empty).toBe('blank');
    expect(planSearch('   \t ').empty).toBe('blank');
    expect(planSearch('؟!،').empty).toBe('blank');
    expect(planSearch('ت').empty).toBe('too-short');
    expect(planSearch('x').empty).toBe('too-short');
    expect(planSearch('a b')).toMatchObject({ empty: 'too-short', dropped: ['a'] });
    expect(planSearch('تت').empty).toBeNull();
    expect(planSearch('ت ث').empty).toBeNull();
  });

  it('an empty plan never searches anything', () => {
    fc.assert(
      fc.property(readerText, (text) => {
        const plan = planSearch(text, lexicon);
        return plan.empty === null ? plan.whole.length > 0 : plan.whole.length === 0 && plan.perWord.length === 0;
      }),
    );
  });
});

describe('planSearch: synonyms from the lexicon', () => {
  it('searches the other Arabic members of a group when one is typed', () => {
    expect(planSearch('فريلانسر', lexicon).whole).toEqual([
      { text: 'فريلانسر', weight: 1 },
      { text: 'ريلانسر', weight: 0.9 },
      { text: 'مستقل', weight: 0.8 },
    ]);
  });

  it('does not widen an Arabic query to English synonyms (another index chunk to download)', () => {
    expect(wholeTexts('فريلانسر', lexicon)).not.toContain('freelancer');
    expect(perWordTexts('فريلانسر', lexicon)).toEqual([['فريلانسر', 'مستقل']]);
  });

  it('widens an English query to every member of its group', () => {
    expect(wholeTexts('freelancer', lexicon)).toEqual(['freelancer', 'مستقل', 'فريلانسر']);
  });

  it('matches a two-word phrase as one unit, with or without the article', () => {
    expect(wholeTexts('عمل حر', lexicon)).toEqual(['عمل حر', 'فريلانس']);
    expect(perWordTexts('عمل حر', lexicon)).toEqual([['عمل حر', 'فريلانس']]);
    expect(wholeTexts('العمل الحر', lexicon)).toEqual(['العمل الحر', 'عمل حر', 'فريلانس']);
    expect(perWordTexts('العمل الحر', lexicon)).toEqual([['العمل الحر', 'عمل حر', 'فريلانس']]);
  });

  it('swaps a phrase for its synonyms inside a longer query', () => {
    const plan = planSearch('أسعار العمل الحر', lexicon);
    expect(plan.whole.map((q) => q.text)).toEqual(['أسعار العمل الحر', 'أسعار عمل حر', 'أسعار فريلانس']);
    expect(plan.perWord.map((g) => g.map((q) => q.text))).toEqual([['العمل الحر', 'عمل حر', 'فريلانس'], ['أسعار']]);
  });

  it('matches a lexicon word under an attached preposition and article («للمستقل»)', () => {
    const texts = wholeTexts('العمل الحر للمستقل', lexicon);
    expect(texts).toContain('العمل الحر مستقل');
    expect(texts).toContain('فريلانس للمستقل');
  });

  it('matches a lexicon word written with a different hamza or taa marbuta', () => {
    const glossary: Lexicon = [['عمولة', 'رسوم المنصة']];
    expect(wholeTexts('عموله', glossary)).toContain('رسوم المنصة');
  });

  it('ignores empty lexicon entries and groups with a single Arabic word for Arabic queries', () => {
    expect(planSearch('مستقل', [[''], ['مستقل', 'freelancer']])).toEqual(planSearch('مستقل'));
  });
});

describe('planSearch: limits and shape', () => {
  it('keeps at most eight whole queries and four alternatives per word, all distinct, weights in (0, 1]', () => {
    const big: Lexicon = [
      ['مستقل', 'فريلانسر', 'حر', 'مستقلون', 'أعمال حرة', 'عامل مستقل', 'freelancer'],
      ['عميل', 'زبون', 'مشتري', 'صاحب المشروع', 'client'],
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('مستقل', 'للعميل', 'والزبون', 'أسعاري', 'في', 'فريلانسر', 'مشتري', 'client', 'وظيفة'),
          { maxLength: 6 },
        ),
        (typed) => {
          const plan = planSearch(typed.join(' '), big);
          const texts = plan.whole.map((q) => q.text);
          return (
            plan.whole.length <= 8 &&
            new Set(texts).size === texts.length &&
            plan.perWord.every((g) => g.length >= 1 && g.length <= 4) &&
            [...plan.whole, ...plan.perWord.flat()].every((q) => q.weight > 0 && q.weight <= 1 && q.text.length > 0)
          );
        },
      ),
    );
  });

  it('searches the typed words (common ones dropped) first at full weight, and lists every dropped word', () => {
    fc.assert(
      fc.property(readerText, (text) => {
        const plan = planSearch(text, lexicon);
        const all = words(text);
        // Random letters sometimes spell a dialect word («ؤش» reads as «وش», "what») that the planner drops or maps
        // to the guides' word: those have their own tests (vocabulary.test.ts); this property is about plain words.
        fc.pre(all.every((w) => isCommonWord(w) || readWord(w).kind === 'plain'));
        fc.pre(JSON.stringify(respell(joinNoneForms(all))) === JSON.stringify(all));
        const kept = all.filter((w) => !isCommonWord(w));
        if (plan.empty !== null) return true;
        return (
          plan.whole[0]!.text === kept.join(' ') &&
          plan.whole[0]!.weight === 1 &&
          JSON.stringify(plan.dropped) === JSON.stringify(all.filter((w) => isCommonWord(w)))
        );
      }),
    );
  });
});

describe('mergeHits', () => {
  it('returns nothing for no hits', () => {
    expect(mergeHits([], [], [], [])).toEqual([]);
    expect(mergeHits([[]], [1], [[[]]], [[1]])).toEqual([]);
  });

  it('ranks by score, breaking ties by id', () => {
    expect(
      mergeHits(
        [
          [
            { id: 'b', score: 1 },
            { id: 'a', score: 1 },
            { id: 'c', score: 2 },
          ],
        ],
        [1],
        [],
        [],
      ),
    ).toEqual(['c', 'a', 'b']);
  });

  it('counts only the best whole-query hit of a page, weighted', () => {
    // a: max(1 × 1, 1 × 0.9) = 1; b: 1.05 × 0.9 = 0.945, so a stays first though b appears twice.
    const order = mergeHits(
      [
        [
          { id: 'a', score: 1 },
          { id: 'b', score: 0.5 },
        ],
        [
          { id: 'a', score: 1 },
          { id: 'b', score: 1.05 },
        ],
      ],
      [1, 0.9],
      [],
      [],
    );
    expect(order).toEqual(['a', 'b']);
  });

  it('lets a weighted synonym outrank the typed word only when its own score is high enough', () => {
    expect(mergeHits([[{ id: 'typed', score: 1 }], [{ id: 'synonym', score: 1.2 }]], [1, 0.8], [], [])).toEqual([
      'typed',
      'synonym',
    ]);
    expect(mergeHits([[{ id: 'typed', score: 1 }], [{ id: 'synonym', score: 1.3 }]], [1, 0.8], [], [])).toEqual([
      'synonym',
      'typed',
    ]);
  });

  it('ranks pages holding every word above pages holding one, and the whole query above its parts', () => {
    const order = mergeHits(
      [[{ id: 'whole', score: 1 }]],
      [1],
      [
        [
          [
            { id: 'both', score: 1 },
            { id: 'first', score: 1.5 },
          ],
        ],
        [
          [
            { id: 'both', score: 1 },
            { id: 'second', score: 1 },
          ],
        ],
      ],
      [[1], [1]],
    );
    // whole: 2; both: 0.5 + 0.5 = 1; first: 0.75; second: 0.5.
    expect(order).toEqual(['whole', 'both', 'first', 'second']);
  });

  it("counts a page once per word group, however many of the group's variants it matches", () => {
    const order = mergeHits(
      [],
      [],
      [
        [[{ id: 'variants', score: 1 }], [{ id: 'variants', score: 1 }], [{ id: 'variants', score: 1 }]],
        [[{ id: 'two-words', score: 0.6 }]],
        [[{ id: 'two-words', score: 0.6 }]],
      ],
      [[1, 0.9, 0.9], [1], [1]],
    );
    expect(order).toEqual(['two-words', 'variants']);
  });

  const hit = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    score: fc.double({ min: 0.01, max: 10, noNaN: true }),
  });
  const hits = fc.array(hit, { maxLength: 5 });

  it('lists every page found exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(hits, { maxLength: 3 }),
        fc.array(fc.array(hits, { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
        (whole, perWord) => {
          const order = mergeHits(
            whole,
            whole.map(() => 1),
            perWord,
            perWord.map((g) => g.map(() => 0.9)),
          );
          const found = new Set([...whole.flat(), ...perWord.flat(2)].map((h: Hit) => h.id));
          return (
            order.length === found.size && new Set(order).size === order.length && order.every((id) => found.has(id))
          );
        },
      ),
    );
  });

  it('does not depend on the order hits come back in', () => {
    fc.assert(
      fc.property(fc.array(hits, { minLength: 1, maxLength: 3 }), (whole) => {
        const weights = whole.map((_, i) => 1 - i * 0.1);
        const a = mergeHits(whole, weights, [], []);
        const b = mergeHits(
          whole.map((h) => [...h].reverse()),
          weights,
          [],
          [],
        );
        return JSON.stringify(a) === JSON.stringify(b);
      }),
    );
  });
});
