/**
 * The reader's logged weeks: cumulative plan against actual as a chart, a verdict, what the log teaches the plan
 * (the reader's own acceptance rate, offered for the plan, and their weekly pace against its targets), and the
 * table with delete buttons.
 */
import { acceptanceRateFromLog, cumulativePlanVsActual, weekVerdict } from '../../lib/goals/week-log';
import type { GoalPlan } from '../../lib/goals/form';
import { fillTemplate } from '../../lib/format/template';
import { formatNumber } from '../../lib/format/numbers';
import { formatDay } from '../../lib/format/dates';
import { PlanChart } from './PlanChart';
import type GoalPlanner from './GoalPlanner';

interface Props {
  planner: GoalPlanner;
  /** The plan; undefined while it has errors (the table still shows). */
  plan: GoalPlan | undefined;
  money: (v: number) => string;
  count: (v: number) => string;
  locked: boolean;
}

export function WeekLog({ planner, plan, money, count, locked }: Props) {
  const { weeks, text, digits } = planner.state;
  const ui = planner.props.copy.ui;
  const weeklyTarget = plan?.split.weekly;
  const rows = weeklyTarget === undefined ? undefined : cumulativePlanVsActual(weeks, weeklyTarget);
  const last = rows?.ok ? rows.value.at(-1) : undefined;
  const verdict = last && weekVerdict({ actual: last.actual, weeks: last.weeks }, weeklyTarget!);
  const onRemove = (start: string) => planner.setWeeks((ws) => ws.filter((w) => w.weekStart !== start));
  // What the log teaches the plan.
  const one = (v: number) => formatNumber(v, { digits, fractionDigits: 1 });
  const total = (key: 'orders' | 'proposals') => weeks.reduce((sum, w) => sum + w[key], 0);
  const rate = acceptanceRateFromLog(weeks);
  const measured = rate.ok && rate.value !== null ? rate.value : null;
  // Offered only when the plan can use it (0 < rate <= 1) and it differs from what the plan assumes.
  const measuredText = measured === null ? '' : String(Math.round(measured * 1000) / 10);
  const offerRate = measured !== null && measured > 0 && measured <= 1 && measuredText !== text.acceptancePercent;
  return (
    <>
      {rows?.ok && (
        <PlanChart
          rows={rows.value}
          title={ui.chartTitle}
          plannedLabel={ui.planned}
          actualLabel={ui.actual}
          weekLabel={ui.weekCol}
          format={money}
          day={(iso) => formatDay(iso, digits, true)}
        />
      )}
      {verdict?.ok && (
        <p class="mt-3 text-lg font-bold" data-verdict={verdict.value.verdict} aria-live="polite">
          {fillTemplate(
            verdict.value.verdict === 'ahead' ? ui.ahead : verdict.value.verdict === 'behind' ? ui.behind : ui.onTrack,
            {
              actual: money(verdict.value.actual),
              planned: money(verdict.value.planned),
              percent: count(verdict.value.percentOfPlan),
            },
          )}
        </p>
      )}
      {measured !== null && (
        <p class="mt-3" data-log-rate>
          {fillTemplate(ui.logRate, {
            percent: one(measured * 100),
            orders: count(total('orders')),
            proposals: count(total('proposals')),
          })}{' '}
          {offerRate && (
            <button
              type="button"
              class="link"
              disabled={locked}
              onClick={() => planner.setFields({ acceptancePercent: measuredText })}
            >
              {fillTemplate(ui.useRate, { percent: one(measured * 100), planned: text.acceptancePercent })}
            </button>
          )}
        </p>
      )}
      {plan && (
        <p class="mt-2" data-log-pace>
          {fillTemplate(ui.logPace, {
            orders: one(total('orders') / weeks.length),
            targetOrders: count(plan.plan.ordersPerWeek),
            proposals: one(total('proposals') / weeks.length),
            targetProposals: count(plan.plan.proposalsPerWeek),
          })}
        </p>
      )}
      <table class="mt-4 w-full text-start text-sm" data-week-log>
        <thead>
          <tr>
            {(['weekCol', 'incomeCol', 'ordersCol', 'proposalsCol', 'noteCol'] as const).map((key) => (
              <th key={key} scope="col" class="text-start">
                {ui[key]}
              </th>
            ))}
            <th scope="col" class="print:hidden">
              <span class="sr-only">{ui.deleteCol}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.weekStart} class="border-t border-slate-200 align-top dark:border-slate-800">
              <td>
                <time dateTime={w.weekStart}>{formatDay(w.weekStart, digits)}</time>
              </td>
              <td>
                <bdi>{money(w.income)}</bdi>
              </td>
              <td>{count(w.orders)}</td>
              <td>{count(w.proposals)}</td>
              <td>{w.note}</td>
              <td class="print:hidden">
                <button
                  type="button"
                  class="link"
                  onClick={(e) => {
                    // The button leaves with its row: focus goes to the next row's, else the previous row's, else
                    // to the log form's first field, never to the start of the page.
                    const row = e.currentTarget.closest('tr');
                    const next =
                      (row?.nextElementSibling ?? row?.previousElementSibling)?.querySelector('button') ??
                      document.getElementById('log-weekStart');
                    onRemove(w.weekStart);
                    next?.focus();
                  }}
                  aria-label={fillTemplate(ui.deleteWeek, { week: formatDay(w.weekStart, digits) })}
                  disabled={locked}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
