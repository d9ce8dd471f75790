/**
 * The plan's downloads, loaded when the reader asks for one: the CSV and the calendar file built by
 * lib/goals/export.ts. The page's formatting in the reader's currency and digits comes in as arguments.
 */
import type { GoalPlan } from '../../lib/goals/form';
import { localDay, planCsv, planIcs } from '../../lib/goals/export';
import { fillTemplate as fill } from '../../lib/format/template';
import type GoalPlanner from './GoalPlanner';

export interface ExportContext {
  /** The plan on screen; undefined while a field has a problem. */
  plan: GoalPlan | undefined;
  money: (v: number) => string;
  count: (v: number) => string;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has started from the click; the object URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportPlan(planner: GoalPlanner, kind: 'csv' | 'ics', { plan, money, count }: ExportContext) {
  const ui = planner.props.copy.ui;
  if (!plan) return planner.setState({ exported: ui.exportFixFirst });
  const currency = planner.state.currency;
  const start = localDay(new Date());
  if (kind === 'csv') {
    const headings = {
      month: ui.rampMonth,
      starts: ui.csvStarts,
      price: ui.rampPrice,
      netPerOrder: ui.csvNetPerOrder,
      ordersNeeded: ui.rampOrders,
      capacity: ui.csvCapacity,
      reachable: ui.rampReachable,
      monthlyTarget: ui.csvMonthlyTarget,
      yes: ui.yes,
      no: ui.no,
    };
    download('dalil-goal-plan.csv', 'text/csv;charset=utf-8', planCsv(plan, { start, currency, headings }));
  } else {
    const text = {
      calendarName: ui.icsName,
      reviewSummary: ui.icsReview,
      reviewDescription: fill(ui.icsReviewNote, {
        orders: count(plan.plan.ordersPerWeek),
        proposals: count(plan.plan.proposalsPerWeek),
        weekly: money(plan.split.weekly),
      }),
      raiseSummary: (price: string) => fill(ui.icsRaise, { price }),
      raiseDescription: (price: string) => fill(ui.icsRaiseNote, { price }),
    };
    const ics = planIcs(plan, { start, now: new Date(), money, text, domain: location.hostname || 'dalil' });
    download('dalil-goal-plan.ics', 'text/calendar;charset=utf-8', ics);
  }
  planner.setState({ exported: ui.exportDone });
}
