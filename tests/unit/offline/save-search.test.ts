import { describe, expect, it } from 'vitest';
import { kilobytes, offlineCacheFor, readFileList, searchSavedMessage } from '../../../src/lib/offline/save-search';

describe('which cache a search file goes to', () => {
  it('puts the search page with the pages, Pagefind and the lexicon with search, hashed files with assets', () => {
    expect(offlineCacheFor('/search/')).toBe('pages');
    expect(offlineCacheFor('/pagefind/pagefind-entry.json?ts=abc')).toBe('search');
    expect(offlineCacheFor('/pagefind/index/ar_1.pf_index')).toBe('search');
    expect(offlineCacheFor('/search/lexicon.json')).toBe('search');
    expect(offlineCacheFor('/_astro/controller.x.js')).toBe('assets');
    expect(offlineCacheFor('/guides/cover-letter/')).toBeNull();
  });
});

describe("the build's list of search files", () => {
  it('keeps same-site files with a size and drops anything else', () => {
    expect(
      readFileList({
        files: [
          { url: '/pagefind/pagefind.js', bytes: 10 },
          { url: '//evil.example/x.js', bytes: 1 },
          { url: 'https://evil.example/pagefind/x', bytes: 1 },
          { url: '/guides/a/', bytes: 1 },
          { url: '/_astro/a.js', bytes: Number.NaN },
          { url: '/_astro/b.js' },
          null,
        ],
      }),
    ).toEqual([{ url: '/pagefind/pagefind.js', bytes: 10 }]);
    expect(readFileList({})).toBeNull();
    expect(readFileList(null)).toBeNull();
  });
});

describe('what the reader is told', () => {
  it('names how many files and kilobytes are stored', () => {
    expect(searchSavedMessage({ stored: 120, bytes: 300 * 1024, failed: 0 })).toBe(
      'البحث يعمل الآن دون اتصال في كل صفحات الدليل: حُفظ على جهازك 120 ملفًا (300 كيلوبايت).',
    );
  });

  it('on a failure, says how many are missing, that what was stored stays, and what to do', () => {
    const text = searchSavedMessage({ stored: 3, bytes: 2048, failed: 2 });
    expect(text).toContain('بقي ملفان من ملفات البحث دون حفظ');
    expect(text).toContain('3 ملفات، 2 كيلوبايت');
    expect(text).toContain('اضغط مرة أخرى');
  });

  it('never shows 0 kB for something stored', () => {
    expect(kilobytes(100)).toBe('1 كيلوبايت');
    expect(kilobytes(0)).toBe('0 كيلوبايت');
    expect(kilobytes(1536 * 1024)).toBe('1536 كيلوبايت');
  });
});
