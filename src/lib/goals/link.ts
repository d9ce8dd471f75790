/**
 * A link to the goal planner (the pricing calculator's result, or a plan someone shared) carries fields in its
 * address. Nothing from an address is saved until the reader acts on it, and a plan the reader saved is never
 * replaced without asking. Kept apart from goals/form.ts so the planner loads it only when its address has a query.
 */
import type { GoalField } from '../storage/documents';
import type { GoalText } from './form';

/**
 * The planner's fields and their address keys (`GOAL_FORM` in form.ts), passed in: this module is loaded on its
 * own, and importing the form would split it from the planner's bundle into a chunk of its own.
 */
export type FieldKeys = Readonly<Record<GoalField, { readonly key: string }>>;

const fieldIds = (form: FieldKeys) => Object.keys(form) as GoalField[];
import { stripBidiControls } from '../format/bidi';
import { PLANNER_KEYS } from '../forms/planner-link';

/** Longest field value taken from an address: a number with separators, never a paragraph. */
export const MAX_LINK_FIELD = 40;

/** The fields a link carries, each cut to `MAX_LINK_FIELD` characters. */
export function goalTextFromQuery(query: URLSearchParams, form: FieldKeys): Partial<GoalText> {
  const given: Partial<GoalText> = {};
  for (const id of fieldIds(form)) {
    const value = query.get(form[id].key);
    if (value !== null) given[id] = stripBidiControls(value).slice(0, MAX_LINK_FIELD);
  }
  return given;
}

/** What the planner shows, or what a link carries: its fields as typed and, here too, the currency. */
type Values = { [K in GoalField | 'currency']?: string | undefined };

/**
 * What the planner does with a link's fields (and currency) once the stored plan is on screen: `none` when the
 * link carries nothing the form does not already show; `fill` when the reader has no saved field, so the link's values fill the
 * form and are saved with the reader's first edit; `offer` when the reader saved fields: their plan stays as it is,
 * with an offer to use the link's values instead; `none` too when the stored plan opened read-only.
 */
export function linkAction(
  given: Values,
  shown: Values,
  savedFields: number,
  readOnly: boolean,
): 'none' | 'fill' | 'offer' {
  const differs = (Object.keys(shown) as (keyof Values)[]).some(
    (id) => given[id] !== undefined && given[id] !== shown[id],
  );
  if (!differs || readOnly) return 'none';
  return savedFields > 0 ? 'offer' : 'fill';
}

/**
 * The address without the planner's field keys and currency, once the link's values were applied or declined, so
 * a reload shows the reader's own plan and never applies the link again over later edits. Other keys stay.
 */
export function addressWithoutFields(href: string, form: FieldKeys): string {
  const url = new URL(href);
  for (const id of fieldIds(form)) url.searchParams.delete(form[id].key);
  url.searchParams.delete(PLANNER_KEYS.currency);
  return `${url.pathname}${url.search}${url.hash}`;
}
