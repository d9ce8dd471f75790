/** Cumulative income, planned against actual, as two lines in an inline SVG, with a table as its text alternative. */
import type { PlanVsActualRow } from '../../lib/goals/week-log';

interface Props {
  rows: PlanVsActualRow[];
  title: string;
  plannedLabel: string;
  actualLabel: string;
  format: (v: number) => string;
}

const W = 320;
const H = 140;
const PAD = 8;

export function PlanChart({ rows, title, plannedLabel, actualLabel, format }: Props) {
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((r) => Math.max(r.planned, r.actual)), 1);
  // Right to left, like the page: week 1 at the right edge.
  const x = (i: number) => (rows.length === 1 ? W / 2 : W - PAD - (i * (W - 2 * PAD)) / (rows.length - 1));
  const y = (v: number) => H - PAD - (v / max) * (H - 2 * PAD);
  const line = (pick: (r: PlanVsActualRow) => number) =>
    rows.map((r, i) => `${x(i).toFixed(1)},${y(pick(r)).toFixed(1)}`).join(' ');
  const last = rows[rows.length - 1]!;
  return (
    <figure class="mt-4" data-plan-chart>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        class="h-40 w-full rounded border border-slate-200 dark:border-slate-800"
        role="img"
        aria-label={`${title}: ${plannedLabel} ${format(last.planned)}، ${actualLabel} ${format(last.actual)}`}
      >
        <polyline
          points={line((r) => r.planned)}
          fill="none"
          stroke-width="2"
          stroke-dasharray="5 4"
          class="stroke-slate-500"
        />
        <polyline points={line((r) => r.actual)} fill="none" stroke-width="3" class="stroke-brand-600" />
        {rows.map((r, i) => (
          <circle key={r.weekStart} cx={x(i)} cy={y(r.actual)} r="3.5" class="fill-brand-600" />
        ))}
      </svg>
      <figcaption class="mt-2 flex flex-wrap gap-4 text-sm">
        <span>
          <span aria-hidden="true" class="text-slate-600 dark:text-slate-400">
            - -{' '}
          </span>
          {plannedLabel}: <bdi>{format(last.planned)}</bdi>
        </span>
        <span>
          <span aria-hidden="true" class="text-brand-600">
            —{' '}
          </span>
          {actualLabel}: <bdi>{format(last.actual)}</bdi>
        </span>
      </figcaption>
    </figure>
  );
}
