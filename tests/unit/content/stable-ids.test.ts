import { describe, expect, it } from 'vitest';
import { duplicateIds, STABLE_ID } from '../../../src/lib/content/stable-ids';

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
