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

const RULES = { sellerRate: rate, buyerRate: rate, withdrawalRate: rate, withdrawalFixed: amount };

function split(price: number, m: FeeModel): FeeSplit {
  const afterCommission = price * (1 - m.sellerRate);
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
  const errors = validate({ ...m, amount: price }, { ...RULES, amount: positiveAmount });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: split(price, m) };
}

/** "I want `inHand` in my account: what do I quote?" The price is exact, not rounded: formatting rounds it. */
export function quoteFor(inHand: number, m: FeeModel): Result<FeeSplit, FeeField> {
  const errors = validate({ ...m, amount: inHand }, { ...RULES, amount: positiveAmount });
  if (errors.length > 0) return { ok: false, errors };
  const price = (inHand + m.withdrawalFixed) / (1 - m.withdrawalRate) / (1 - m.sellerRate);
  return { ok: true, value: { ...split(price, m), inHand } };
}
