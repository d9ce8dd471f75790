/**
 * Prices derived from the hourly rate, one per payment model of the guides: a fixed project price, a value-based
 * price, a step-by-step price ladder and a microservice's real payout. Same conventions as pricing/hourly-rate.ts: validated
 * input, a value or the fields to fix, never NaN or Infinity. Kept apart so the calculator loads them on demand.
 */
import {
  MIN_MINUTES,
  amount,
  has,
  increase,
  positive,
  positiveAmount,
  rate,
  validate,
  type Result,
} from '../forms/validation';

/** Longest project accepted, in hours (about fifty working years). */
export const MAX_PROJECT_HOURS = 100_000;
/** Most orders per ladder step. */
export const MAX_ORDERS_PER_STEP = 1_000_000;
/** A price ladder longer than this is not a plan a beginner can follow. */
export const MAX_LADDER_STEPS = 100;

export interface ProjectInput {
  /** Estimated hours of work. */
  hours: number;
  hourly: number;
  /** Margin for the unforeseen (revisions, misunderstandings), 0 to 1; estimates are usually short. */
  contingencyRate: number;
}

export interface ProjectPrice {
  /** hours × hourly. */
  base: number;
  /** The margin added on top of the base. */
  contingency: number;
  /** base + contingency. */
  price: number;
}

/** A fixed price for a project from an hour estimate, padded because first estimates are almost always short. */
export function projectPrice(input: ProjectInput): Result<ProjectPrice, keyof ProjectInput> {
  const errors = validate(input, {
    hours: (x) => positive(x) ?? (x > MAX_PROJECT_HOURS ? 'too-large' : undefined),
    hourly: amount,
    contingencyRate: increase,
  });
  if (errors.length > 0) return { ok: false, errors };
  const base = input.hours * input.hourly;
  const price = base * (1 + input.contingencyRate);
  return { ok: true, value: { base, contingency: price - base, price } };
}

export interface ValueInput {
  /** What the work earns or saves the client. */
  clientGain: number;
  /** The share of that gain charged, below 1 so that the client gains too. */
  shareRate: number;
}

/** A price set from what the work is worth to the client rather than from the hours it takes. */
export function valueBasedPrice(input: ValueInput): Result<number, keyof ValueInput> {
  const errors = validate(input, { clientGain: amount, shareRate: rate });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: input.clientGain * input.shareRate };
}

export interface LadderInput {
  /** A low first price that wins the first orders and reviews. */
  startPrice: number;
  /** The price the freelancer's work is worth (for example from `computeRate`). */
  targetPrice: number;
  /** Raise at each step, above 0 and at most 1 (doubling). */
  stepRate: number;
  /** Orders completed at each price before raising it (a whole number). */
  ordersPerStep: number;
}

export interface LadderStep {
  /** 1-based. */
  step: number;
  price: number;
  /** First order (1-based) sold at this price. */
  fromOrder: number;
  /** Last order sold at this price; null for the target price, kept from then on. */
  toOrder: number | null;
}

/** Prices within this relative distance of the target count as the target, so rounding never adds a tiny step. */
const LADDER_TOLERANCE = 1e-9;

/**
 * A plan for raising prices gradually from a beginner's price to the target: each step multiplies the price by
 * (1 + stepRate), capped at the target, after `ordersPerStep` orders. Fails on `stepRate` with 'too-many-steps'
 * when the target needs more than MAX_LADDER_STEPS steps.
 */
export function priceLadder(input: LadderInput): Result<LadderStep[], keyof LadderInput> {
  const errors = validate(input, {
    startPrice: positiveAmount,
    targetPrice: positiveAmount,
    stepRate: (x) => positive(x) ?? increase(x),
    ordersPerStep: (x) =>
      positive(x) ?? (!Number.isInteger(x) ? 'not-integer' : x > MAX_ORDERS_PER_STEP ? 'too-large' : undefined),
  });
  const { startPrice, targetPrice, stepRate, ordersPerStep } = input;
  if (!has(errors, 'startPrice') && !has(errors, 'targetPrice') && targetPrice < startPrice) {
    errors.push({ field: 'targetPrice', problem: 'below-start' });
  }
  if (errors.length > 0) return { ok: false, errors };

  const prices = [startPrice];
  let price = startPrice;
  while (targetPrice - price > targetPrice * LADDER_TOLERANCE) {
    if (prices.length === MAX_LADDER_STEPS)
      return { ok: false, errors: [{ field: 'stepRate', problem: 'too-many-steps' }] };
    price = Math.min(price * (1 + stepRate), targetPrice);
    prices.push(price);
  }
  prices[prices.length - 1] = targetPrice;

  return {
    ok: true,
    value: prices.map((p, i) => ({
      step: i + 1,
      price: p,
      fromOrder: i * ordersPerStep + 1,
      toOrder: i === prices.length - 1 ? null : (i + 1) * ordersPerStep,
    })),
  };
}

export interface MicroserviceInput {
  /** The listed price of the service. */
  price: number;
  platformFeeRate: number;
  /** Time one order takes, including talking to the buyer; at least one minute. */
  minutesPerOrder: number;
}

export interface MicroservicePayout {
  sellerReceives: number;
  platformKeeps: number;
  /** What the seller earns per hour of work at this price, after the commission. */
  effectiveHourly: number;
}

/**
 * What a small fixed-price service really pays: the commission comes off every order, and a cheap service that
 * takes long turns into a low hourly rate.
 */
export function microservicePayout(input: MicroserviceInput): Result<MicroservicePayout, keyof MicroserviceInput> {
  const errors = validate(input, {
    price: amount,
    platformFeeRate: rate,
    minutesPerOrder: (x) => positive(x) ?? (x < MIN_MINUTES ? 'too-small' : undefined),
  });
  if (errors.length > 0) return { ok: false, errors };
  const sellerReceives = input.price * (1 - input.platformFeeRate); // as netFromGross
  const platformKeeps = input.price - sellerReceives;
  return {
    ok: true,
    value: { sellerReceives, platformKeeps, effectiveHourly: (sellerReceives * 60) / input.minutesPerOrder },
  };
}

/**
 * The lowest price at which an order of `minutesPerOrder` pays the hourly rate the reader needs. That rate is
 * what clients pay (the calculator adds the commission on top of the income), so it is compared with the price
 * the buyer pays, not with what is left after the commission: comparing the two after-fee figures would count the
 * commission twice. `enough` allows for floating-point noise, as the other prices do.
 */
export function microMinimumPrice(input: { price: number; minutesPerOrder: number; hourlyRate: number }): {
  minimumPrice: number;
  enough: boolean;
} {
  const minimumPrice = (input.hourlyRate * input.minutesPerOrder) / 60;
  return { minimumPrice, enough: input.price >= minimumPrice * (1 - 1e-9) };
}
