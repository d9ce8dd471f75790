import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { duplicateIds, STABLE_ID } from '../../src/lib/content/stable-ids';
import { relatedByTags, relatedIndex } from '../../src/lib/content/related-entries';
import { formatArabicDate, isoDate } from '../../src/lib/format/dates';
import { countLabel, MINUTES } from '../../src/lib/format/plural';
import { findTool, TOOL_IDS } from '../../src/lib/content/tools';

describe('stable ids', () => {
  it('accepts lowercase slugs and rejects the rest', () => {
    expect(STABLE_ID.test('add-portfolio')).toBe(true);
    for (const bad of ['Add', 'a--b', '-a', 'a-', 'إضافة', 'a b', '']) expect(STABLE_ID.test(bad)).toBe(false);
  });
  it('reports each repeated id once', () => {
    expect(duplicateIds(['a', 'b', 'a', 'c', 'a', 'b'])).toEqual(['a', 'b']);
    expect(duplicateIds(['a', 'b'])).toEqual([]);
  });
});

describe('related entries', () => {
  const all = [
    { id: 'x', tags: ['تسعير', 'عميل'] },
    { id: 'y', tags: ['عميل'] },
    { id: 'z', tags: ['أهداف'] },
    { id: 'w', tags: ['تسعير', 'عميل', 'عرض'] },
  ];
  it('ranks by shared tags, excludes itself and unrelated entries, and caps the list', () => {
    expect(relatedByTags(all[0]!, all).map((e) => e.id)).toEqual(['w', 'y']);
    expect(relatedByTags(all[0]!, all, 1).map((e) => e.id)).toEqual(['w']);
    expect(relatedByTags(all[2]!, all)).toEqual([]);
  });
  it('chooses the same from an index as from a scan of every entry', () => {
    const tag = fc.constantFrom('أ', 'ب', 'ج', 'د', 'ه');
    const entry = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), tags: fc.array(tag, { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), entry, fc.integer({ min: 0, max: 5 }), (candidates, current, limit) => {
        expect(relatedIndex(candidates)(current, limit)).toEqual(relatedByTags(current, candidates, limit));
      }),
    );
  });
});

describe('dates', () => {
  it('formats with Arabic month names and Latin digits', () => {
    const d = new Date('2026-11-23T00:00:00Z');
    expect(formatArabicDate(d)).toMatch(/23/);
    expect(formatArabicDate(d)).toMatch(/نوفمبر/);
    expect(formatArabicDate(d)).toMatch(/2026/);
    expect(isoDate(d)).toBe('2026-11-23');
  });
});

describe('Arabic counted nouns', () => {
  it('uses the form each number takes', () => {
    expect(countLabel(1, MINUTES)).toBe('دقيقة واحدة');
    expect(countLabel(2, MINUTES)).toBe('دقيقتان');
    expect(countLabel(5, MINUTES)).toBe('5 دقائق');
    expect(countLabel(11, MINUTES)).toBe('11 دقيقة');
    expect(countLabel(100, MINUTES)).toBe('100 دقيقة');
  });
});

describe('tools registry', () => {
  it('finds tools by id and every tool has a page under /tools/', () => {
    for (const id of TOOL_IDS) expect(findTool(id)?.href).toMatch(/^\/tools\/[a-z-]+\/$/);
    expect(findTool('nope')).toBeUndefined();
  });
});

describe('navigation', () => {
  it('marks a section current on its own page and the pages below it', async () => {
    const { isCurrentSection } = await import('../../src/lib/content/site');
    expect(isCurrentSection('/guides/', '/guides/')).toBe(true);
    expect(isCurrentSection('/guides/', '/guides/cover-letter/')).toBe(true);
    expect(isCurrentSection('/guides/', '/guides')).toBe(true);
    expect(isCurrentSection('/guides/', '/stories/')).toBe(false);
  });
});
