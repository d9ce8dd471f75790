import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../src/lib/writing/examples';
import { review } from '../../../src/lib/writing/rules';
import { KINDS } from '../../../src/lib/writing/kinds';

describe.each(KINDS)('the %s examples', (kind) => {
  const { template, bad, good } = EXAMPLES[kind];

  it('the good one passes every rule', () => {
    expect(review(kind, good).map((f) => f.rule)).toEqual([]);
  });

  it('the bad one fails several, for the reasons the guides give', () => {
    expect(review(kind, bad).length).toBeGreaterThanOrEqual(3);
  });

  it('the template shows its holes until they are filled', () => {
    expect(review(kind, template).map((f) => f.rule)).toContain('template-hole');
  });
});
