/**
 * The pricing calculator's form, without any UI: which fields exist, how the text a reader typed becomes the
 * numbers `hourly-rate.ts` needs, how the form lives in the URL, and the message key for every problem.
 * The island only wires this to the screen.
 */
import { isAmbiguousPoint, parseNumber } from '../format/numbers';
import { stripBidiControls } from '../format/bidi';
import type { Problem } from '../forms/validation';
import type { MessageKey } from '../forms/messages';
import type { Unit } from '../forms/units';
import { DEFAULT_CURRENCY, isCurrency, type Currency } from '../format/currencies';
import { examples, isExample, type ExampleStyle } from '../forms/examples';

export interface FieldSpec {
  /** Key in the URL query (`?target=1000`). */
  key: string;
  unit: Unit;
  /**
   * What a new reader sees: a typical beginner's figures, to be replaced with their own (money in US dollars;
   * forms/examples.ts scales it to the chosen currency and writes it in the chosen digits).
   */
  defaultText: string;
}

export const FIELDS = {
  target: { key: 'target', unit: 'money', defaultText: '1000' },
  expenses: { key: 'expenses', unit: 'money', defaultText: '100' },
  tax: { key: 'tax', unit: 'percent', defaultText: '10' },
  fee: { key: 'fee', unit: 'percent', defaultText: '20' },
  hours: { key: 'hours', unit: 'hours', defaultText: '25' },
  weeksOff: { key: 'off', unit: 'weeks', defaultText: '6' },
  days: { key: 'days', unit: 'days', defaultText: '5' },
  servicePrice: { key: 'price', unit: 'money', defaultText: '10' },
  minutes: { key: 'minutes', unit: 'minutes', defaultText: '90' },
  projectHours: { key: 'phours', unit: 'hours', defaultText: '20' },
  contingency: { key: 'margin', unit: 'percent', defaultText: '20' },
  retainerHours: { key: 'rhours', unit: 'hours', defaultText: '10' },
  retainerPremium: { key: 'premium', unit: 'percent', defaultText: '10' },
  clientGain: { key: 'gain', unit: 'money', defaultText: '5000' },
  share: { key: 'share', unit: 'percent', defaultText: '10' },
  bonus: { key: 'bonus', unit: 'percent', defaultText: '15' },
  ladderStart: { key: 'start', unit: 'money', defaultText: '5' },
  ladderTarget: { key: 'goal', unit: 'money', defaultText: '20' },
  ladderStep: { key: 'step', unit: 'percent', defaultText: '25' },
  ladderOrders: { key: 'orders', unit: 'orders', defaultText: '10' },
  compareAmount: { key: 'amount', unit: 'money', defaultText: '100' },
  withdrawPercent: { key: 'wpct', unit: 'percent', defaultText: '0' },
  withdrawFixed: { key: 'wfix', unit: 'money', defaultText: '0' },
} as const satisfies Record<string, FieldSpec>;

export type FieldId = keyof typeof FIELDS;
export type FormText = Record<FieldId, string>;

export const FIELD_IDS = Object.keys(FIELDS) as FieldId[];

const LATIN_DOLLARS: ExampleStyle = { currency: DEFAULT_CURRENCY, digits: 'latn' };

/** The form a new reader sees, with examples in `style`'s currency and digits. */
export const defaultForm = (style = LATIN_DOLLARS): FormText => examples(FIELDS, style);

export type ReadResult = { ok: true; value: number } | { ok: false; message: MessageKey };

/**
 * The number a field holds, in the unit `pricing/hourly-rate.ts` expects (percentages become fractions), or what is wrong
 * with the text. Range problems that only the maths knows come from `problemKey`.
 */
export function readField(id: FieldId, text: string): ReadResult {
  if (FIELDS[id].unit === 'money' && isAmbiguousPoint(text)) return { ok: false, message: 'ambiguous-point' };
  const parsed = parseNumber(text);
  if (!parsed.ok) return { ok: false, message: parsed.error };
  if (parsed.value < 0) return { ok: false, message: 'negative' };
  if (FIELDS[id].unit !== 'percent') return { ok: true, value: parsed.value };
  return parsed.value > 100 ? { ok: false, message: 'percent-over' } : { ok: true, value: parsed.value / 100 };
}

/** The message for a problem `pricing/hourly-rate.ts` found with a field (a zero price reads differently from a zero count). */
export function problemKey(id: FieldId, problem: Problem): MessageKey {
  return problem === 'zero' && FIELDS[id].unit === 'money' ? 'zero-price' : problem;
}

/**
 * A platform's id as a link may carry it (the `platforms` collection's file names); storage/scenario-fields.ts has
 * the same rule for saved scenarios (a copy, so this page's first view does not share a chunk with storage).
 */
const PLATFORM_ID = /^[a-z0-9-]{1,40}$/;

/**
 * Form state → URL query: only fields that differ from the currency's examples, so shared links stay short; the
 * chosen platform (or `direct`) too, so a shared link shows the same choice.
 */
export function formToQuery(form: FormText, currency: Currency, tab: string, platform = ''): URLSearchParams {
  const query = new URLSearchParams();
  for (const id of FIELD_IDS)
    if (!isExample(form[id], FIELDS[id], { currency, digits: 'latn' })) query.set(FIELDS[id].key, form[id]);
  if (currency !== DEFAULT_CURRENCY) query.set('cur', currency);
  if (tab !== 'hourly') query.set('tab', tab);
  if (platform) query.set('platform', platform);
  return query;
}

/**
 * URL query → form state, the fields the link leaves out holding the examples of its currency in the reader's
 * digits. Whatever was in the link is kept as text, valid or not, so nothing is lost.
 */
export function queryToForm(
  query: URLSearchParams,
  digits: ExampleStyle['digits'] = 'latn',
): {
  form: FormText;
  currency: Currency;
  tab: string | null;
  /** A well-formed platform id; the page checks that it names a known platform. */
  platform: string | null;
} {
  const cur = query.get('cur');
  const currency = isCurrency(cur) ? cur : DEFAULT_CURRENCY;
  const form = defaultForm({ currency, digits });
  for (const id of FIELD_IDS) {
    const value = query.get(FIELDS[id].key);
    if (value !== null) form[id] = stripBidiControls(value).slice(0, 40);
  }
  const platform = query.get('platform');
  return {
    form,
    currency,
    tab: query.get('tab'),
    platform: platform !== null && PLATFORM_ID.test(platform) ? platform : null,
  };
}
