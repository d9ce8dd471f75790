import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exampleAmount, inDigits, roundExample } from '../../../src/lib/format/example-amounts';
import { CURRENCIES } from '../../../src/lib/format/currencies';
import { isExample, restyledExamples, type ExampleSpec } from '../../../src/lib/forms/examples';

describe('example amounts in the reader’s currency', () => {
  it('keeps dollar examples exactly as written', () => {
    expect([1, 12000, 25, 5].map((d) => exampleAmount(d, 'USD'))).toEqual([1, 12000, 25, 5]);
  });

  it('scales to a round amount of a sensible size', () => {
    expect(exampleAmount(10, 'EGP')).toBe(500);
    expect(exampleAmount(5, 'EGP')).toBe(250);
    expect(exampleAmount(10, 'SAR')).toBe(40);
    expect(exampleAmount(1000, 'KWD')).toBe(300);
    expect(exampleAmount(10, 'LBP')).toBe(1_000_000);
    expect(exampleAmount(0, 'EGP')).toBe(0);
  });

  it('rounds on a log scale to a figure that reads as chosen, never to zero', () => {
    expect(roundExample(3.55)).toBe(4);
    expect(roundExample(1.4)).toBe(1.5);
    expect(roundExample(1.26)).toBe(1.25);
    expect(roundExample(0.155)).toBe(0.15);
    expect(roundExample(1310)).toBe(1250);
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), (v) => {
        const r = roundExample(v);
        const lead = Number((r / 10 ** Math.floor(Math.log10(r))).toPrecision(6));
        return r > 0 && r / v < 1.3 && v / r < 1.3 && [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8].includes(lead);
      }),
      { seed: 7 },
    );
  });

  it('gives every currency the ladder’s start below its goal', () => {
    for (const c of CURRENCIES) expect(exampleAmount(5, c)).toBeLessThan(exampleAmount(20, c));
  });

  it('writes Latin digits in Arabic-Indic ones when the reader chose them', () => {
    expect(inDigits('1500.5', 'arab')).toBe('١٥٠٠.٥');
    expect(inDigits('1500', 'latn')).toBe('1500');
  });
});

describe('examples that follow the reader’s choices', () => {
  const specs: Record<'price' | 'tax', ExampleSpec> = {
    price: { unit: 'money', defaultText: '10' },
    tax: { unit: 'percent', defaultText: '10' },
  };
  const usd = { currency: 'USD', digits: 'latn' } as const;
  const egp = { currency: 'EGP', digits: 'latn' } as const;

  it('recognises an example in any digits and grouping', () => {
    expect(isExample('١٠', specs.price, usd)).toBe(true);
    expect(isExample('500', specs.price, egp)).toBe(true);
    expect(isExample('10', specs.price, egp)).toBe(false);
    expect(isExample('', specs.price, usd)).toBe(false);
  });

  it('moves fields still holding their example to the new one, and leaves what the reader typed', () => {
    expect(restyledExamples({ price: '10', tax: '10' }, specs, usd, egp)).toEqual({ price: '500' });
    expect(restyledExamples({ price: '12', tax: '10' }, specs, usd, egp)).toEqual({});
    expect(restyledExamples({ price: '500', tax: '10' }, specs, egp, { ...egp, digits: 'arab' })).toEqual({
      price: '٥٠٠',
      tax: '١٠',
    });
  });
});
