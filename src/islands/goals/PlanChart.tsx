/**
 * Cumulative income, planned against actual, as two lines in an inline SVG with axes, week labels and values,
 * and a table with the same figures as its text alternative. Time runs from right to left, as the page reads:
 * the first week sits at the right, by the value axis, and a growing total climbs towards the left, so a rising
 * plan reads as rising to a reader of Arabic. An arrow under the weeks says which way time goes.
 */
import type { PlanVsActualRow } from '../../lib/goals/week-log';

interface Props {
  rows: PlanVsActualRow[];
  title: string;
  plannedLabel: string;
  actualLabel: string;
  weekLabel: string;
  /** Amounts, in the reader's currency and digits. */
  format: (v: number) => string;
  /** A week's first day, short («٥ ديسمبر»), in the reader's digits. */
  day: (iso: string) => string;
}

const W = 360;
const H = 200;
/** Room for the value labels at the right, the week labels and the arrow at the bottom. */
const RIGHT = 74;
const LEFT = 14;
const TOP = 12;
const BOTTOM = 44;

export function PlanChart({ rows, title, plannedLabel, actualLabel, weekLabel, format, day }: Props) {
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((r) => Math.max(r.planned, r.actual)), 1);
  const plotW = W - RIGHT - LEFT;
  const x = (i: number) => (rows.length === 1 ? W - RIGHT - plotW / 2 : W - RIGHT - (i * plotW) / (rows.length - 1));
  const y = (v: number) => H - BOTTOM - (v / max) * (H - TOP - BOTTOM);
  const line = (pick: (r: PlanVsActualRow) => number) =>
    rows.map((r, i) => `${x(i).toFixed(1)},${y(pick(r)).toFixed(1)}`).join(' ');
  // At most four week labels, evenly spread, always the first and the last.
  const step = Math.max(1, Math.ceil((rows.length - 1) / 3));
  const end = rows.length - 1;
  const labelled = rows.map((_, i) => i).filter((i) => i === end || (i % step === 0 && end - i >= step));
  const last = rows[rows.length - 1]!;
  return (
    <figure class="mt-4" data-plan-chart>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        class="h-auto w-full max-w-xl rounded border border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400"
        role="img"
        aria-label={`${title}: ${plannedLabel} ${format(last.planned)}، ${actualLabel} ${format(last.actual)}`}
      >
        {/* Value axis at the right, where the weeks start: 0, half and the top, with light guide lines. */}
        {[0, max / 2, max].map((v) => (
          <g key={v} data-y-tick>
            <line x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} stroke="currentColor" stroke-opacity="0.25" />
            <text x={W - 4} y={y(v) + 4} font-size="11" fill="currentColor" text-anchor="start" direction="rtl">
              {format(v)}
            </text>
          </g>
        ))}
        <line x1={W - RIGHT} x2={W - RIGHT} y1={TOP} y2={H - BOTTOM} stroke="currentColor" />
        <line x1={LEFT} x2={W - RIGHT} y1={H - BOTTOM} y2={H - BOTTOM} stroke="currentColor" />
        {labelled.map((i) => (
          <text
            key={rows[i]!.weekStart}
            x={x(i)}
            y={H - BOTTOM + 16}
            font-size="11"
            fill="currentColor"
            // The leftmost label grows rightwards from its week (in right-to-left text its end is its left edge).
            text-anchor={i > 0 && i === rows.length - 1 ? 'end' : 'middle'}
            direction="rtl"
            data-x-tick
          >
            {day(rows[i]!.weekStart)}
          </text>
        ))}
        {/* Time runs right to left: the arrow points the way the weeks go. */}
        <text x={W - RIGHT} y={H - 8} font-size="11" fill="currentColor" text-anchor="start" direction="rtl">
          {weekLabel} ←
        </text>
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
      <table class="sr-only" data-chart-table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{weekLabel}</th>
            <th scope="col">{plannedLabel}</th>
            <th scope="col">{actualLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.weekStart}>
              <th scope="row">{day(r.weekStart)}</th>
              <td>{format(r.planned)}</td>
              <td>{format(r.actual)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
