/** Search query planning, result merging and display helpers: what a reader notices when searching in Arabic. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanQuery,
  foldArabic,
  isCommonWord,
  mergeHits,
  planSearch,
  wordVariants,
  type Lexicon,
} from '../../../src/lib/search/query';
import { decodeEntities, excerptPieces, similarTerms } from '../../../src/lib/search/results';
import { readSearchState, searchStateQuery } from '../../../src/lib/search/address';
import { runPlan, type Engine } from '../../../src/lib/search/run';

const wholeTexts = (raw: string, lexicon: Lexicon = []) => planSearch(raw, lexicon).whole.map((q) => q.text);

describe('spelling variants', () => {
  it('search tashkeel and tatweel spellings as the plain word', () => {
    expect(wholeTexts('التَّسْعِير')[0]).toBe('التسعير');
    expect(wholeTexts('تسعـــير')[0]).toBe('تسعير');
  });

  it('fold hamza forms, alef maqsura and taa marbuta for comparison, keeping the typed spelling to search', () => {
    expect(foldArabic('أإآٱ')).toBe('اااا');
    expect(foldArabic('مصطفى')).toBe(foldArabic('مصطفي'));
    expect(foldArabic('العمولة')).toBe(foldArabic('العموله'));
    expect(cleanQuery('  أسعار   ')).toBe('أسعار');
  });

  it('fold the same way twice (idempotent), whatever the text', () => {
    fc.assert(fc.property(fc.string(), (text) => foldArabic(foldArabic(text)) === foldArabic(text)));
  });
});

describe('prefixes and endings', () => {
  it('also search a word without a conjunction stacked on the article', () => {
    expect(wordVariants('والتسعير')).toEqual(['والتسعير', 'التسعير']);
    expect(wordVariants('فالعرض')).toEqual(['فالعرض', 'العرض']);
    expect(wordVariants('للعملاء')).toEqual(['للعملاء', 'العملاء']);
  });

  it('also search a word without a possessive ending', () => {
    expect(wordVariants('أسعاري')).toContain('أسعار');
    expect(wordVariants('عميلك')).toContain('عميل');
  });

  it('always search the word as typed first, so a first letter that belongs to the word is never lost', () => {
    expect(wordVariants('وظيفة')[0]).toBe('وظيفة');
    fc.assert(
      fc.property(fc.stringMatching(/^[\u0621-\u063A\u0641-\u064A]{1,10}$/), (word) => wordVariants(word)[0] === word),
    );
  });
});

describe('common words', () => {
  it('are left out of the search and listed, so they cost no download', () => {
    const plan = planSearch('كيف أجد عميلي الأول');
    expect(plan.dropped).toEqual(['كيف']);
    expect(plan.whole[0]!.text).toBe('أجد عميلي الأول');
    expect(isCommonWord('على')).toBe(true);
    expect(isCommonWord('علي')).toBe(true);
  });

  it('alone give an explained empty plan instead of a search', () => {
    expect(planSearch('في من على')).toMatchObject({ empty: 'only-common', dropped: ['في', 'من', 'على'], whole: [] });
    expect(planSearch('   ').empty).toBe('blank');
    expect(planSearch('ت').empty).toBe('too-short');
    expect(planSearch('تت').empty).toBe(null);
  });
});

describe('synonyms', () => {
  const lexicon: Lexicon = [
    ['مستقل', 'فريلانسر', 'freelancer'],
    ['عمل حر', 'فريلانس', 'freelance'],
  ];

  it('search every Arabic member of a group when one is typed', () => {
    const texts = wholeTexts('فريلانسر', lexicon);
    expect(texts[0]).toBe('فريلانسر');
    expect(texts).toContain('مستقل');
  });

  it('do not widen an Arabic query to English words (another index chunk to download)', () => {
    expect(wholeTexts('فريلانسر', lexicon)).not.toContain('freelancer');
  });

  it('widen an English query to the Arabic words the pages use', () => {
    expect(wholeTexts('freelancer', lexicon)).toEqual(expect.arrayContaining(['مستقل', 'فريلانسر']));
  });

  it('match a two-word phrase as one unit, with or without the article', () => {
    expect(wholeTexts('العمل الحر', lexicon)).toContain('فريلانس');
    expect(wholeTexts('عمل حر', lexicon)).toContain('فريلانس');
    expect(planSearch('العمل الحر', lexicon).perWord).toHaveLength(1);
  });
});

describe('merging the hits of several queries', () => {
  it('ranks pages holding every word above pages holding one, and the whole query above its parts', () => {
    const order = mergeHits(
      [[{ id: 'both', score: 1 }]],
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
    expect(order).toEqual(['both', 'first', 'second']);
  });

  it('runs per-word searches only when too few pages hold the whole query, and passes filters to every lookup', async () => {
    const calls: { term: string; filters: unknown }[] = [];
    const pages: Record<string, string[]> = { 'أجد عميلي': [], أجد: ['a'], عميلي: ['a', 'b'] };
    const engine: Engine<string> = {
      search: async (term, options) => {
        calls.push({ term, filters: options?.filters });
        return { results: (pages[term] ?? []).map((id) => ({ id, score: 1, data: async () => id })) };
      },
    };
    const { results } = await runPlan(engine, planSearch('أجد عميلي'), { النوع: 'دليل' });
    expect(results.map((r) => r.id)).toEqual(['a', 'b']);
    expect(calls.every((c) => JSON.stringify(c.filters) === JSON.stringify({ النوع: 'دليل' }))).toBe(true);
    expect(calls.map((c) => c.term)).toEqual(expect.arrayContaining(['أجد عميلي', 'أجد', 'عميلي']));

    calls.length = 0;
    await runPlan(engine, planSearch('في من'));
    expect(calls).toEqual([]);
  });
});

describe('excerpts and suggestions', () => {
  it("keep markup in page text as plain text; only Pagefind's <mark> highlights", () => {
    const pieces = excerptPieces('قبل <mark>التسعير</mark> &lt;img src=x onerror=alert(1)&gt; <script>x</script>');
    expect(pieces).toEqual([
      { text: 'قبل ', marked: false },
      { text: 'التسعير', marked: true },
      { text: ' <img src=x onerror=alert(1)> <script>x</script>', marked: false },
    ]);
  });

  it('rebuild the excerpt text exactly, minus the <mark> tags, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.boolean())), (parts) => {
        const clean = parts.map(([t]) =>
          t
            .replace(/<\/?mark>/g, '')
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;'),
        );
        const excerpt = clean.map((t, i) => (parts[i]![1] ? `<mark>${t}</mark>` : t)).join('');
        return (
          excerptPieces(excerpt)
            .map((p) => p.text)
            .join('') === decodeEntities(clean.join(''))
        );
      }),
    );
  });

  it('suggest glossary terms that look like a misspelt query', () => {
    const terms = [
      { label: 'التسعير بالقيمة', url: '/glossary/#term-value-based-pricing' },
      { label: 'العمولة', url: '/glossary/#term-platform-fee' },
    ];
    expect(similarTerms('ززتسعير', terms).map((t) => t.label)).toEqual(['التسعير بالقيمة']);
    expect(similarTerms('زززز', terms)).toEqual([]);
  });
});

describe('the search address', () => {
  it('keeps query and filters, leaves out empty ones and round-trips Arabic', () => {
    const state = { q: 'العميل الأول', type: 'دليل', level: '' };
    expect(readSearchState(searchStateQuery(state))).toEqual(state);
    expect(searchStateQuery({ q: ' ', type: '', level: '' })).toBe('');
    expect(readSearchState(`?q=${'ا'.repeat(500)}`).q).toHaveLength(200);
  });
});
