/**
 * Everything between what a client pays and what reaches the freelancer's account, for one platform or a direct
 * client: the seller's commission, a fee the platform adds on the buyer's side, and what a withdrawal costs. It
 * answers the two questions every freelancer asks, from the same model: "I quote Y: what do I keep?" and "I want X
 * in hand: what do I quote?". Same conventions as hourly-rate.ts: validated input, a value or the fields to fix.
 */
import { amount, positiveAmount, rate, validate, type Result } from '../forms/validation';

export interface FeeModel {
  /** Share of the price the platform keeps from the seller, 0 up to (not including) 1. */
  sellerRate: number;
  /** Fixed amount the platform keeps from the seller on each order, in the amounts' currency; 0 when none. */
  fixedPerOrder?: number;
  /** Share the platform adds on top of the price for the buyer (a service fee), 0 when there is none. */
  buyerRate: number;
  /** Share lost on the way to the freelancer's account (transfer fee, exchange margin). */
  withdrawalRate: number;
  /** Fixed cost of one withdrawal, in the same currency as the amounts. */
  withdrawalFixed: number;
}

/** One order, from the client's payment to the freelancer's account (one withdrawal for the whole amount). */
export interface FeeSplit {
  /** The price the freelancer sets (the listed price of a service, the amount of a proposal). */
  price: number;
  /** What the client pays: the price and the buyer-side fee. */
  buyerPays: number;
  /** What the platform keeps from both sides. */
  platformKeeps: number;
  withdrawalCost: number;
  /** What reaches the freelancer's account; 0 when the costs eat the whole amount. */
  inHand: number;
}

type FeeField = keyof FeeModel | 'amount';

const RULES = {
  sellerRate: rate,
  fixedPerOrder: amount,
  buyerRate: rate,
  withdrawalRate: rate,
  withdrawalFixed: amount,
};

function split(price: number, m: FeeModel): FeeSplit {
  const afterCommission = Math.max(0, price * (1 - m.sellerRate) - (m.fixedPerOrder ?? 0));
  const inHand = Math.max(0, afterCommission * (1 - m.withdrawalRate) - m.withdrawalFixed);
  const buyerPays = price * (1 + m.buyerRate);
  return {
    price,
    buyerPays,
    platformKeeps: buyerPays - afterCommission,
    withdrawalCost: afterCommission - inHand,
    inHand,
  };
}

/** "I quote `price`: what do I keep?" */
export function keepFrom(price: number, m: FeeModel): Result<FeeSplit, FeeField> {
  const errors = validate({ fixedPerOrder: 0, ...m, amount: price }, { ...RULES, amount: positiveAmount });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: split(price, m) };
}

/** "I want `inHand` in my account: what do I quote?" The price is exact, not rounded: formatting rounds it. */
export function quoteFor(inHand: number, m: FeeModel): Result<FeeSplit, FeeField> {
  const errors = validate({ fixedPerOrder: 0, ...m, amount: inHand }, { ...RULES, amount: positiveAmount });
  if (errors.length > 0) return { ok: false, errors };
  const price = ((inHand + m.withdrawalFixed) / (1 - m.withdrawalRate) + (m.fixedPerOrder ?? 0)) / (1 - m.sellerRate);
  return { ok: true, value: { ...split(price, m), inHand } };
}

// ─── A platform's figures from the collection ─────────────────────────────────────────────────────────────────

/** The fee facts a platform file gives besides its commission (content/platforms, `fees`). */
export const FEE_FACTS = ['fixedPerOrder', 'buyerPercent', 'withdrawalPercent', 'withdrawalFixed'] as const;
export type FeeFact = (typeof FEE_FACTS)[number];

/** One fact as the tools get it: its figure (null when unknown) and whether it was checked on the platform. */
export interface FeeFigure {
  value: number | null;
  unverified: boolean;
}

/**
 * A platform's fee model for the reader's amounts: its commission, its fixed amount per order and buyer-side fee,
 * and its own withdrawal cost on top of the reader's (their method's transfer fee and exchange margin). A fact
 * that is unknown, or a fixed amount in another currency than the reader's (no rate is fetched offline), is left
 * out of the sums and named in `leftOut`, so the page can say what the figures do not include.
 */
export function platformModel(
  sellerPercent: number,
  fees: Record<FeeFact, FeeFigure>,
  reader: { withdrawalRate: number; withdrawalFixed: number },
  sameCurrency: boolean,
): { model: FeeModel; leftOut: FeeFact[] } {
  const leftOut: FeeFact[] = [];
  const use = (fact: FeeFact, money: boolean) => {
    const v = fees[fact].value;
    if (v === null || (money && !sameCurrency && v !== 0)) {
      leftOut.push(fact);
      return 0;
    }
    return v;
  };
  const fixedPerOrder = use('fixedPerOrder', true);
  const buyerRate = use('buyerPercent', false) / 100;
  const platformWithdrawal = use('withdrawalPercent', false) / 100;
  const withdrawalFixed = reader.withdrawalFixed + use('withdrawalFixed', true);
  return {
    model: {
      sellerRate: sellerPercent / 100,
      fixedPerOrder,
      buyerRate,
      // Two shares taken one after the other: what is left is the product of what each leaves.
      withdrawalRate: 1 - (1 - reader.withdrawalRate) * (1 - platformWithdrawal),
      withdrawalFixed,
    },
    leftOut,
  };
}
