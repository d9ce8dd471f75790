/** The form that adds one week to the log: which week (from a list in Arabic), income, orders, proposals and a note. */
import type { WeekDraft } from '../../lib/goals/week-form';
import { MAX_NOTE_LENGTH } from '../../lib/storage/limits';
import { DecimalField } from '../shared/DecimalField';
import type { DigitSet } from '../../lib/format/numbers';
import { formatDay } from '../../lib/format/dates';
import { fillTemplate } from '../../lib/format/template';
import type { WeekChoice } from '../../lib/goals/week-choices';
import type { GoalPlannerCopy } from './GoalPlanner';

type LogField = keyof WeekDraft;

interface Props {
  copy: GoalPlannerCopy;
  draft: WeekDraft;
  errors: Partial<Record<LogField, string>>;
  currency: string;
  digits: DigitSet;
  /** The weeks offered, newest first (lib/goals/week-choices.ts), and the one chosen until the reader picks. */
  weeks: WeekChoice[];
  openWeek: string;
  locked: boolean;
  onChange: (field: LogField, value: string) => void;
  onSubmit: (e: Event) => void;
  /** The reader reached for the form: start loading the log's code. */
  onFocus: () => void;
}

export function WeekForm({
  copy,
  draft,
  errors,
  currency,
  digits,
  weeks,
  openWeek,
  locked,
  onChange,
  onSubmit,
  onFocus,
}: Props) {
  /** A field's label and the hint its `aria-describedby` names. */
  const labelAndHint = (field: 'weekStart' | 'note') => [
    <label for={`log-${field}`} class="font-bold">
      {copy.log[field].label}
    </label>,
    <p id={`log-${field}-hint`} class="hint">
      {copy.log[field].hint}
    </p>,
  ];
  return (
    <form class="mt-3 grid gap-4 sm:grid-cols-2 print:hidden" onSubmit={onSubmit} onFocusIn={onFocus} noValidate>
      {/* min-w-0: the longest week's name must not widen the form past a 320 px screen. */}
      <div class="flex min-w-0 flex-col">
        {labelAndHint('weekStart')}
        <select
          id="log-weekStart"
          name="weekStart"
          value={draft.weekStart || openWeek}
          aria-invalid={errors.weekStart ? 'true' : 'false'}
          aria-describedby={`log-weekStart-hint${errors.weekStart ? ' log-weekStart-error' : ''}`}
          onChange={(e) => onChange('weekStart', e.currentTarget.value)}
          class="field-select"
          disabled={locked}
        >
          {weeks.map((w) => {
            // A week is named by its first day (short enough for a 320 px screen); the year only when not this week's.
            const sameYear = w.start.slice(0, 4) === weeks[0]!.start.slice(0, 4);
            const range = fillTemplate(copy.ui.weekFrom, { start: formatDay(w.start, digits, sameYear) });
            const name = [copy.ui.thisWeek, copy.ui.lastWeek][w.ago];
            return (
              <option key={w.start} value={w.start} disabled={w.taken}>
                {name ? `${name}: ${range}` : range}
                {w.taken && ` ${copy.ui.weekTaken}`}
              </option>
            );
          })}
        </select>
        {errors.weekStart && (
          <p id="log-weekStart-error" class="field-error">
            {errors.weekStart}
          </p>
        )}
      </div>
      {(['income', 'orders', 'proposals'] as const).map((field) => (
        <DecimalField
          key={field}
          id={`log-${field}`}
          name={field}
          label={copy.log[field].label}
          hint={copy.log[field].hint}
          unit={copy.log[field].unit ?? currency}
          value={draft[field]}
          error={errors[field]}
          onInput={(v) => onChange(field, v)}
          digits={digits}
        />
      ))}
      <div class="flex flex-col sm:col-span-2">
        {labelAndHint('note')}
        <textarea
          id="log-note"
          name="note"
          rows={2}
          maxLength={MAX_NOTE_LENGTH}
          aria-describedby="log-note-hint"
          value={draft.note}
          onInput={(e) => onChange('note', e.currentTarget.value)}
          class="field-select"
        />
      </div>
      <p>
        <button type="submit" class="btn" disabled={locked}>
          {copy.ui.addWeek}
        </button>
      </p>
    </form>
  );
}
