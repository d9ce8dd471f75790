/** The calculator's link to the goal planner; the planner reads it with goalTextFromQuery (goals/form.ts). */
import { PLANNER_KEYS } from '../forms/planner-link';

/**
 * `/tools/goals/?yearly=…&fee=…&off=…&cur=…`. The planner's goal is what reaches the freelancer after the
 * platform's commission, before tax and expenses, so the calculator sends its yearly gross × (1 − fee), not the
 * net it was asked for; and the weeks off it worked with, so both tools spread the year over the same weeks.
 */
export function plannerLink(yearlyAfterFee: number, feeText: string, weeksOffText: string, currency: string): string {
  const yearly = Math.round(yearlyAfterFee * 100) / 100;
  const query = new URLSearchParams({
    [PLANNER_KEYS.yearly]: String(yearly),
    [PLANNER_KEYS.fee]: feeText,
    [PLANNER_KEYS.weeksOff]: weeksOffText,
    [PLANNER_KEYS.currency]: currency,
  });
  return `/tools/goals/?${query.toString()}`;
}
