/** The search page's address (`?q=…&type=…&level=…`): results can be shared, bookmarked and returned to. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSearchState, searchStateQuery, type SearchState } from '../../../src/lib/search/address';

const state = (q = '', type = '', level = ''): SearchState => ({ q, type, level });

/** What readSearchState does to one field: whitespace runs become one space, ends trimmed. */
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text a reader might type: Arabic, Latin, digits, spaces and the characters that need escaping in a URL. */
const fieldText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئ'),
      fc.constantFrom(...'aZ09'),
      fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '&', '=', '+', '#', '?', '%', '/', '،', '😀'),
    ),
    { maxLength: 60 },
  )
  .map((cs) => cs.join(''));

describe('readSearchState', () => {
  it('reads the query and both filters, in Arabic', () => {
    expect(
      readSearchState(
        '?q=%D8%A7%D9%84%D8%AA%D8%B3%D8%B9%D9%8A%D8%B1&type=%D8%AF%D9%84%D9%8A%D9%84&level=%D9%85%D8%A8%D8%AA%D8%AF%D8%A6',
      ),
    ).toEqual(state('التسعير', 'دليل', 'مبتدئ'));
  });

  it('accepts an address with or without the leading "?"', () => {
    expect(readSearchState('q=abc')).toEqual(readSearchState('?q=abc'));
  });

  it('gives empty fields for a missing or empty address', () => {
    expect(readSearchState('')).toEqual(state());
    expect(readSearchState('?')).toEqual(state());
    expect(readSearchState('?other=1')).toEqual(state());
  });

  it('trims and collapses whitespace, including "+" for a space', () => {
    expect(readSearchState('?q=+%09a%0A%0Ab++&type=%20x%20')).toEqual(state('a b', 'x'));
    expect(readSearchState('?q=%20%20')).toEqual(state());
  });

  it('takes the first value when a field is repeated', () => {
    expect(readSearchState('?q=a&q=b')).toEqual(state('a'));
  });

  it('does not throw on a malformed address', () => {
    expect(() => readSearchState('?q=%E0%A4%A&type=%&level=%zz')).not.toThrow();
    expect(readSearchState('?type=%').type).toBe('%');
  });

  it('caps the query at 200 characters', () => {
    expect(readSearchState(`?q=${'ا'.repeat(500)}`).q).toBe('ا'.repeat(200));
    expect(readSearchState(`?q=${'a'.repeat(200)}`).q).toHaveLength(200);
    expect(readSearchState(`?q=${'%20'.repeat(50)}${'b'.repeat(200)}`).q).toBe('b'.repeat(200));
  });

  it('never returns a query longer than 200 characters or with whitespace to trim', () => {
    fc.assert(
      fc.property(fieldText, fc.nat(300), (q, extra) => {
        const read = readSearchState(new URLSearchParams({ q: q + 'ب'.repeat(extra) }).toString());
        return read.q.length <= 200 && !/\s\s/.test(read.q) && !/^\s/.test(read.q);
      }),
    );
  });
});

describe('searchStateQuery', () => {
  it('writes the query and filters, escaped for a URL', () => {
    expect(searchStateQuery(state('R&D #1 a=b', 'دليل', 'مبتدئ'))).toBe(
      '?q=R%26D+%231+a%3Db&type=%D8%AF%D9%84%D9%8A%D9%84&level=%D9%85%D8%A8%D8%AA%D8%AF%D8%A6',
    );
  });

  it('leaves out empty fields, and is empty when there is nothing to keep', () => {
    expect(searchStateQuery(state())).toBe('');
    expect(searchStateQuery(state('   '))).toBe('');
    expect(searchStateQuery(state('', '', 'x'))).toBe('?level=x');
    expect(searchStateQuery(state('', 'دليل'))).toBe(`?type=${encodeURIComponent('دليل')}`);
    expect(searchStateQuery(state('تسعير'))).toBe(`?q=${encodeURIComponent('تسعير')}`);
  });

  it('trims the query and caps it at 200 characters', () => {
    expect(searchStateQuery(state('  تسعير  '))).toBe(searchStateQuery(state('تسعير')));
    expect(readSearchState(searchStateQuery(state('ا'.repeat(300)))).q).toBe('ا'.repeat(200));
  });

  it('always starts with "?" when not empty', () => {
    fc.assert(
      fc.property(fieldText, fieldText, fieldText, (q, type, level) => {
        const text = searchStateQuery(state(q, type, level));
        return text === '' || text.startsWith('?');
      }),
    );
  });
});

describe('round trip', () => {
  it('keeps an Arabic query with filters, through the address and back', () => {
    const s = state('العميل الأول', 'دليل', 'مبتدئ');
    expect(readSearchState(searchStateQuery(s))).toEqual(s);
    const q = state('كيف أسعّر خدماتي؟ & ماذا عن 50%+ الضريبة #1');
    expect(readSearchState(searchStateQuery(q))).toEqual(q);
  });

  it('reads back any tidy state it writes', () => {
    const tidyField = fieldText.map(tidy);
    const tidyQuery = fieldText.map((q) => tidy(q).slice(0, 200));
    fc.assert(
      fc.property(tidyQuery, tidyField, tidyField, (q, type, level) => {
        const s = state(q, type, level);
        return JSON.stringify(readSearchState(searchStateQuery(s))) === JSON.stringify(s);
      }),
    );
  });

  it('writes back an address it read as the same state', () => {
    fc.assert(
      fc.property(fieldText, fieldText, fieldText, (q, type, level) => {
        const read = readSearchState(new URLSearchParams({ q, type, level }).toString());
        return JSON.stringify(readSearchState(searchStateQuery(read))) === JSON.stringify(read);
      }),
    );
  });
});
