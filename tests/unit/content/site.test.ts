import { describe, expect, it } from 'vitest';
import { isCurrentSection } from '../../../src/lib/content/site';

describe('navigation', () => {
  it('marks a section current on its own page and the pages below it', () => {
    expect(isCurrentSection('/guides/', '/guides/')).toBe(true);
    expect(isCurrentSection('/guides/', '/guides/cover-letter/')).toBe(true);
    expect(isCurrentSection('/guides/', '/guides')).toBe(true);
    expect(isCurrentSection('/guides/', '/stories/')).toBe(false);
  });
});
