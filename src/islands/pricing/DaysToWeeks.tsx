/**
 * A reader who counts time off in days gets it as the weeks the calculator asks for (lib/pricing/time-off.ts), and
 * puts it in the field with one press. Loaded when the reader asks for it; it imports nothing of the calculator's
 * first view but shared helpers, so no module is split out of that view's bundle.
 */
import { Component } from 'preact';
import { formatNumber, parseNumber } from '../../lib/format/numbers';
import { weeksFromDays } from '../../lib/pricing/time-off';
import { fillTemplate } from '../../lib/format/template';
import { DecimalField } from '../shared/DecimalField';
import type { PanelProps } from './calculator-copy';

type Props = Pick<PanelProps, 'form' | 'copy' | 'digits' | 'setField'>;

export class DaysToWeeks extends Component<Props, { days: string }> {
  override state = { days: '' };

  override componentDidMount() {
    document.getElementById('f-daysOff')?.focus();
  }

  render({ form, copy, digits, setField }: Props, { days }: { days: string }) {
    const ui = copy.ui;
    const typed = parseNumber(days);
    const perWeek = parseNumber(form.days);
    const weeks = typed.ok && perWeek.ok ? weeksFromDays(typed.value, perWeek.value) : null;
    const perWeekOk = perWeek.ok && perWeek.value >= 1 && perWeek.value <= 7;
    const error = days.trim() === '' ? undefined : !typed.ok ? copy.messages[typed.error] : undefined;
    return (
      <div class="mt-3 rounded-xl border border-slate-200 p-3 sm:col-span-2 dark:border-slate-800" data-days-to-weeks>
        <DecimalField
          id="f-daysOff"
          name="daysOff"
          label={ui.daysLabel}
          hint={ui.daysHint}
          unit={ui.daysUnit}
          value={days}
          error={error}
          onInput={(v) => this.setState({ days: v })}
          digits={digits}
        />
        <p class="mt-2" aria-live="polite">
          {!perWeekOk
            ? ui.daysNeedWeek
            : weeks !== null && (
                <>
                  {fillTemplate(ui.daysResult, {
                    weeks: formatNumber(weeks, { digits, fractionDigits: 1 }),
                    perWeek: formatNumber(perWeek.ok ? perWeek.value : 0, { digits }),
                  })}{' '}
                  <button type="button" class="link" onClick={() => setField('weeksOff', String(weeks))}>
                    {ui.daysUse}
                  </button>
                </>
              )}
        </p>
      </div>
    );
  }
}
