/**
 * The pricing calculator's fields as a stored scenario keeps them (the schema in documents.ts); lib/pricing/form.ts
 * defines them, and a unit test keeps both lists the same. Zod-free, like draft-kinds.ts.
 */
export const SCENARIO_FIELDS = [
  'target',
  'expenses',
  'tax',
  'fee',
  'hours',
  'weeksOff',
  'days',
  'servicePrice',
  'minutes',
  'projectHours',
  'contingency',
  'retainerHours',
  'retainerPremium',
  'clientGain',
  'share',
  'bonus',
  'ladderStart',
  'ladderTarget',
  'ladderStep',
  'ladderOrders',
  'compareAmount',
  'withdrawPercent',
  'withdrawFixed',
] as const;
export type ScenarioField = (typeof SCENARIO_FIELDS)[number];

/** A platform's id as the calculator keeps it: a `platforms` file name, or `direct`. */
export const PLATFORM_ID = /^[a-z0-9-]{1,40}$/;
