/**
 * The URL keys the goal planner reads (see goals/form.ts) and the pricing calculator's link writes
 * (pricing/planner-link.ts): shared, so neither tool carries the other's code.
 */
export const PLANNER_KEYS = { yearly: 'yearly', fee: 'fee', weeksOff: 'off', currency: 'cur' } as const;
