/** Showing search results: excerpts stay plain text (only Pagefind's <mark> highlights), and "did you mean" suggestions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  excerptPieces,
  similarTerms,
  type ExcerptPiece,
  type Suggestion,
} from '../../../src/lib/search/results';

const joined = (pieces: ExcerptPiece[]) => pieces.map((p) => p.text).join('');
const marked = (pieces: ExcerptPiece[]) => pieces.filter((p) => p.marked).map((p) => p.text);

/** What Pagefind does to page text before putting it in an excerpt. */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('decodeEntities', () => {
  it.each([
    ['&amp;', '&'],
    ['&lt;b&gt;', '<b>'],
    ['&quot;x&quot;', '"x"'],
    ['&apos;', "'"],
    ['&#39;', "'"],
    ['&nbsp;', '\u00a0'],
    ['&AMP; &Lt;', '& <'],
    ['&#1575;&#1604;', 'ال'],
    ['&#x627;&#X644;', 'ال'],
    ['&#x1F600;', '😀'],
    ['التسعير &amp; العمولة', 'التسعير & العمولة'],
  ])('%s → %s', (encoded, decoded) => {
    expect(decodeEntities(encoded)).toBe(decoded);
  });

  it('decodes only once, so an escaped entity shows as written', () => {
    expect(decodeEntities('&amp;lt;script&amp;gt;')).toBe('&lt;script&gt;');
    expect(decodeEntities('&#38;lt;')).toBe('&lt;');
  });

  it('leaves unknown names, invalid code points and bare ampersands as they are', () => {
    expect(decodeEntities('&foo; &#0; &#x110000; &#99999999999999999999; & &amp &;')).toBe(
      '&foo; &#0; &#x110000; &#99999999999999999999; & &amp &;',
    );
  });

  it('leaves text without ampersands untouched', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).filter((t) => !t.includes('&')),
        (text) => decodeEntities(text) === text,
      ),
    );
  });

  it('undoes HTML escaping exactly', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => decodeEntities(escapeHtml(text)) === text));
  });
});

describe('excerptPieces', () => {
  it("splits an excerpt around Pagefind's <mark> tags", () => {
    expect(excerptPieces('كيف تضع <mark>أسعار</mark> خدماتك و<mark>التسعير</mark> بالقيمة')).toEqual([
      { text: 'كيف تضع ', marked: false },
      { text: 'أسعار', marked: true },
      { text: ' خدماتك و', marked: false },
      { text: 'التسعير', marked: true },
      { text: ' بالقيمة', marked: false },
    ]);
  });

  it('gives nothing for an empty excerpt and no empty pieces', () => {
    expect(excerptPieces('')).toEqual([]);
    expect(excerptPieces('<mark></mark>')).toEqual([]);
    expect(excerptPieces('<mark>كلمة</mark>')).toEqual([{ text: 'كلمة', marked: true }]);
  });

  it('shows escaped markup in page text as those characters, unmarked', () => {
    expect(excerptPieces('قبل &lt;img src=x onerror=alert(1)&gt; بعد')).toEqual([
      { text: 'قبل <img src=x onerror=alert(1)> بعد', marked: false },
    ]);
  });

  it('keeps raw tags as literal text too, never as anything but text', () => {
    expect(excerptPieces('<img src=x onerror=alert(1)>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
    ]);
    expect(excerptPieces('<script>alert(1)</script>')).toEqual([{ text: '<script>alert(1)</script>', marked: false }]);
    expect(excerptPieces('<mark><script>alert(1)</script></mark>')).toEqual([
      { text: '<script>alert(1)</script>', marked: true },
    ]);
    expect(excerptPieces('<a href="javascript:alert(1)">x</a>')).toEqual([
      { text: '<a href="javascript:alert(1)">x</a>', marked: false },
    ]);
  });

  it('does not highlight an escaped <mark> written in the page text', () => {
    expect(excerptPieces('&lt;mark&gt;كلمة&lt;/mark&gt;')).toEqual([{ text: '<mark>كلمة</mark>', marked: false }]);
  });

  it('treats only the exact lowercase <mark> and </mark> as highlights', () => {
    expect(excerptPieces('<MARK>a</MARK> <mark class="x">b</mark>')).toEqual([
      { text: '<MARK>a</MARK> <mark class="x">b', marked: false },
    ]);
  });

  it('closes a highlight at </mark> even if another <mark> came first, and ignores a stray </mark>', () => {
    expect(excerptPieces('a</mark>b<mark>c<mark>d</mark>e')).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: false },
      { text: 'c', marked: true },
      { text: 'd', marked: true },
      { text: 'e', marked: false },
    ]);
  });

  it('decodes entities inside highlights', () => {
    expect(excerptPieces('<mark>R&amp;D</mark>')).toEqual([{ text: 'R&D', marked: true }]);
  });

  it('only ever returns plain {text, marked} pieces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (excerpt) =>
        excerptPieces(excerpt).every(
          (p) =>
            Object.keys(p).sort().join() === 'marked,text' &&
            typeof p.text === 'string' &&
            p.text.length > 0 &&
            typeof p.marked === 'boolean',
        ),
      ),
    );
  });

  const piece = fc.tuple(
    fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        '<img src=x onerror=alert(1)>',
        '<script>alert(1)</script>',
        '<mark>',
        '</mark>',
        'R&D',
        '&amp;',
        'التسعير',
      ),
    ),
    fc.boolean(),
  );

  it('rebuilds the page text exactly: the excerpt minus its <mark> tags, entities decoded', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const excerpt = parts
          .map(([text, isMarked]) => (isMarked ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text)))
          .join('');
        const pieces = excerptPieces(excerpt);
        return (
          joined(pieces) === decodeEntities(excerpt.replace(/<\/?mark>/g, '')) &&
          joined(pieces) === parts.map(([text]) => text).join('')
        );
      }),
    );
  });

  it('highlights exactly the marked parts of the page text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const excerpt = parts
          .map(([text, isMarked]) => (isMarked ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text)))
          .join('');
        const want = parts.filter(([text, isMarked]) => isMarked && text).map(([text]) => text);
        return JSON.stringify(marked(excerptPieces(excerpt))) === JSON.stringify(want);
      }),
    );
  });
});

describe('similarTerms: did you mean', () => {
  const terms: Suggestion[] = [
    { label: 'التسعير بالقيمة', url: '/glossary/#term-value-based-pricing' },
    { label: 'تسعير', url: '/glossary/#term-pricing' },
    { label: 'العمولة', url: '/glossary/#term-platform-fee' },
    { label: 'عمولة المنصة', url: '/glossary/#term-fee' },
    { label: 'معرض الأعمال', url: '/glossary/#term-portfolio' },
    { label: 'Portfolio', url: '/glossary/#term-portfolio-en' },
  ];
  const labels = (query: string, limit?: number) => similarTerms(query, terms, limit).map((t) => t.label);

  it('suggests terms that share letter runs with a misspelt query', () => {
    expect(labels('ززتسعير')).toEqual(['التسعير بالقيمة', 'تسعير']);
  });

  it('ignores the article and spelling variants when comparing', () => {
    expect(labels('التسعير')).toEqual(['التسعير بالقيمة', 'تسعير']);
    expect(labels('عموله')).toEqual(['العمولة', 'عمولة المنصة']);
    expect(labels('عمولات')).toEqual(['العمولة', 'عمولة المنصة']);
  });

  it('compares Latin letters without regard to case', () => {
    expect(labels('portfolo')).toEqual(['Portfolio']);
  });

  it('puts the closest term first', () => {
    expect(labels('معرض أعمالي')[0]).toBe('معرض الأعمال');
  });

  it('suggests nothing for unrelated or empty queries', () => {
    expect(labels('زززز')).toEqual([]);
    expect(labels('')).toEqual([]);
    expect(labels('   ')).toEqual([]);
    expect(similarTerms('تسعير', [])).toEqual([]);
  });

  it('returns at most `limit` suggestions, each one of the given terms', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 6 }), (query, limit) => {
        const out = similarTerms(query, terms, limit);
        return out.length <= limit && out.every((t) => terms.includes(t));
      }),
    );
    expect(labels('عمولة', 1)).toEqual(['العمولة']);
  });
});
