import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  keepFrom,
  platformModel,
  quoteFor,
  type FeeFact,
  type FeeFigure,
  type FeeModel,
} from '../../../src/lib/pricing/fee-model';

const model = (over: Partial<FeeModel> = {}): FeeModel => ({
  sellerRate: 0.2,
  buyerRate: 0,
  withdrawalRate: 0,
  withdrawalFixed: 0,
  ...over,
});
const value = <T>(r: { ok: true; value: T } | { ok: false }) => {
  if (!r.ok) throw new Error('expected a value');
  return r.value;
};

describe('what a platform takes between the client and the freelancer', () => {
  it('a 20% commission: quoting 100 keeps 80; keeping 100 needs a quote of 125', () => {
    expect(value(keepFrom(100, model()))).toEqual({
      price: 100,
      buyerPays: 100,
      platformKeeps: 20,
      withdrawalCost: 0,
      inHand: 80,
    });
    expect(value(quoteFor(100, model())).price).toBeCloseTo(125, 10);
  });

  it('a buyer-side fee is paid by the client on top of the price, and does not change what the seller keeps', () => {
    const s = value(keepFrom(100, model({ buyerRate: 0.05 })));
    expect(s.buyerPays).toBeCloseTo(105, 10);
    expect(s.platformKeeps).toBeCloseTo(25, 10);
    expect(s.inHand).toBeCloseTo(80, 10);
  });

  it('a withdrawal costs a share and a fixed amount once, after the commission', () => {
    // 100 − 20% = 80; − 3% = 77.6; − 1 = 76.6.
    const s = value(keepFrom(100, model({ withdrawalRate: 0.03, withdrawalFixed: 1 })));
    expect(s.inHand).toBeCloseTo(76.6, 10);
    expect(s.withdrawalCost).toBeCloseTo(3.4, 10);
    // And the quote for 76.6 in hand is 100 again.
    expect(value(quoteFor(76.6, model({ withdrawalRate: 0.03, withdrawalFixed: 1 }))).price).toBeCloseTo(100, 10);
  });

  it('a direct client with no costs: the price is what arrives', () => {
    const none = model({ sellerRate: 0 });
    expect(value(keepFrom(250, none)).inHand).toBe(250);
    expect(value(quoteFor(250, none)).price).toBe(250);
  });

  it('never reports less than nothing when a fixed cost eats a small order', () => {
    expect(value(keepFrom(1, model({ withdrawalFixed: 5 }))).inHand).toBe(0);
  });

  it('names every field to fix', () => {
    expect(keepFrom(0, model({ sellerRate: 1 }))).toEqual({
      ok: false,
      errors: [
        { field: 'sellerRate', problem: 'rate-too-high' },
        { field: 'amount', problem: 'zero' },
      ],
    });
    expect(quoteFor(-1, model({ withdrawalFixed: Number.NaN }))).toMatchObject({ ok: false });
  });

  it('the two questions agree: quoting what quoteFor says keeps exactly the amount asked', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (inHand, sellerRate, buyerRate, withdrawalRate, withdrawalFixed) => {
          const m = { sellerRate, buyerRate, withdrawalRate, withdrawalFixed };
          const q = value(quoteFor(inHand, m));
          const back = value(keepFrom(q.price, m));
          expect(back.inHand).toBeCloseTo(inHand, 6 - Math.max(0, Math.ceil(Math.log10(inHand))));
          expect(q.price).toBeGreaterThanOrEqual(inHand * (1 - 1e-12));
        },
      ),
    );
  });
});

describe('a platform’s fee facts from the collection', () => {
  const unknown = { value: null, unverified: true };
  const fees = (over: Partial<Record<FeeFact, FeeFigure>> = {}): Record<FeeFact, FeeFigure> => ({
    fixedPerOrder: unknown,
    buyerPercent: unknown,
    withdrawalPercent: unknown,
    withdrawalFixed: unknown,
    ...over,
  });
  const reader = { withdrawalRate: 0.03, withdrawalFixed: 1 };

  it('a fixed amount per order comes off after the commission, and the quote covers it', () => {
    // 100 − 20% = 80; − 2 fixed = 78.
    expect(value(keepFrom(100, model({ fixedPerOrder: 2 }))).inHand).toBeCloseTo(78, 10);
    const q = value(quoteFor(78, model({ fixedPerOrder: 2 })));
    expect(q.price).toBeCloseTo(100, 10);
    expect(value(keepFrom(q.price, model({ fixedPerOrder: 2 }))).inHand).toBeCloseTo(78, 10);
  });

  it('leaves unknown facts out of the sums and names them', () => {
    const { model: m, leftOut } = platformModel(20, fees(), reader, true);
    expect(m).toMatchObject({ sellerRate: 0.2, fixedPerOrder: 0, buyerRate: 0, withdrawalFixed: 1 });
    expect(m.withdrawalRate).toBeCloseTo(0.03, 12);
    expect(leftOut).toEqual(['fixedPerOrder', 'buyerPercent', 'withdrawalPercent', 'withdrawalFixed']);
  });

  it('adds the platform’s known figures to the reader’s withdrawal cost', () => {
    const known = (value: number) => ({ value, unverified: true });
    const { model: m, leftOut } = platformModel(
      20,
      fees({ fixedPerOrder: known(1), buyerPercent: known(5), withdrawalPercent: known(2), withdrawalFixed: known(3) }),
      reader,
      true,
    );
    expect(leftOut).toEqual([]);
    expect(m.buyerRate).toBeCloseTo(0.05, 12);
    expect(m.withdrawalRate).toBeCloseTo(1 - 0.97 * 0.98, 12);
    expect(m.withdrawalFixed).toBe(4);
    // 100 − 20% − 1 = 79; × 0.97 × 0.98 = 75.0974; − 4 = 71.0974. The client pays 105.
    const s = value(keepFrom(100, m));
    expect(s.inHand).toBeCloseTo(71.0974, 10);
    expect(s.buyerPays).toBeCloseTo(105, 10);
  });

  it('never adds a fixed amount in the platform’s currency to amounts in another', () => {
    const { model: m, leftOut } = platformModel(
      20,
      fees({ fixedPerOrder: { value: 2, unverified: false }, withdrawalFixed: { value: 0, unverified: false } }),
      reader,
      false,
    );
    expect(m.fixedPerOrder).toBe(0);
    expect(m.withdrawalFixed).toBe(1);
    expect(leftOut).toEqual(['fixedPerOrder', 'buyerPercent', 'withdrawalPercent']);
  });
});
