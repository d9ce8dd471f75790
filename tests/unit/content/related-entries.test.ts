import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { relatedByTags, relatedIndex } from '../../../src/lib/content/related-entries';

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
