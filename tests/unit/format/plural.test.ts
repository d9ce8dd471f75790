import { describe, expect, it } from 'vitest';
import { countLabel, MINUTES } from '../../../src/lib/format/plural';

describe('Arabic counted nouns', () => {
  it('uses the form each number takes', () => {
    expect(countLabel(1, MINUTES)).toBe('دقيقة واحدة');
    expect(countLabel(2, MINUTES)).toBe('دقيقتان');
    expect(countLabel(5, MINUTES)).toBe('5 دقائق');
    expect(countLabel(11, MINUTES)).toBe('11 دقيقة');
    expect(countLabel(100, MINUTES)).toBe('100 دقيقة');
  });
});
