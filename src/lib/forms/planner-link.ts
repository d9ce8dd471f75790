/**
 * The link from the pricing calculator to the goal planner, kept apart from the planner's own code so the
 * calculator's bundle stays small. The keys are the planner's URL keys (see goals/form.ts).
 */
export const PLANNER_KEYS = { yearly: 'yearly', fee: 'fee', currency: 'cur' } as const;

/** `/tools/goals/?yearly=…&fee=…&cur=…` for a monthly net income: the planner works in yearly goals. */
export function plannerLink(targetNetMonthly: number, feeText: string, currency: string): string {
  const yearly = Math.round(targetNetMonthly * 12 * 100) / 100;
  const query = new URLSearchParams({
    [PLANNER_KEYS.yearly]: String(yearly),
    [PLANNER_KEYS.fee]: feeText,
    [PLANNER_KEYS.currency]: currency,
  });
  return `/tools/goals/?${query.toString()}`;
}
