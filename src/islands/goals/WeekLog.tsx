/** The reader's logged weeks: cumulative plan against actual as a chart, a verdict, and the table with delete buttons. */
import { cumulativePlanVsActual, weekVerdict, type WeekEntry } from '../../lib/goals/week-log';
import type { GoalUiKey } from '../../lib/goals/copy';
import { fillTemplate } from '../../lib/format/template';
import { PlanChart } from './PlanChart';

interface Props {
  weeks: WeekEntry[];
  /** The plan's weekly income; undefined while the plan has errors (the table still shows). */
  weeklyTarget: number | undefined;
  ui: Record<GoalUiKey, string>;
  money: (v: number) => string;
  count: (v: number) => string;
  locked: boolean;
  onRemove: (weekStart: string) => void;
}

export function WeekLog({ weeks, weeklyTarget, ui, money, count, locked, onRemove }: Props) {
  const rows = weeklyTarget === undefined ? undefined : cumulativePlanVsActual(weeks, weeklyTarget);
  const last = rows?.ok ? rows.value.at(-1) : undefined;
  const verdict = last && weekVerdict({ actual: last.actual, weeks: last.weeks }, weeklyTarget!);
  return (
    <>
      {rows?.ok && (
        <PlanChart
          rows={rows.value}
          title={ui.chartTitle}
          plannedLabel={ui.planned}
          actualLabel={ui.actual}
          format={money}
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
                <bdi>{w.weekStart}</bdi>
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
                  aria-label={fillTemplate(ui.deleteWeek, { week: w.weekStart })}
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
