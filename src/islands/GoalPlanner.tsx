/**
 * The goal planner island: a yearly income goal turned into monthly, weekly and daily targets, the orders and
 * proposals they take, a price ramp from a beginner's price, and a weekly log compared with the plan.
 * Maths in src/lib/goals.ts and goals-form.ts; saved through src/lib/storage.ts (never lost: corrupt data is
 * quarantined and offered for download, a full or blocked storage keeps working in memory with a warning).
 */
import { Component } from 'preact';
import { cumulativePlanVsActual, validateWeekLog, weekVerdict, type WeekEntry } from '../lib/goal-log';
import { GOAL_FIELD_IDS, GOAL_FORM, defaultGoalText, goalTextFromQuery, readGoalPlan, type GoalText } from '../lib/goals-form';
import type { GoalUiKey } from '../lib/goals-copy';
import { formatMoney, formatNumber, parseNumber, type DigitSet } from '../lib/numbers';
import { fillTemplate } from '../lib/template';
import { CURRENCIES, isCurrency, type Currency } from '../lib/currencies';
import type { MessageKey } from '../lib/pricing-form';
import { openDocument, safeStore, type DocumentStore, type StorageNotice } from '../lib/storage';
import type { GoalField, Goals } from '../lib/storage-documents';
import { DecimalField } from './shared/DecimalField';
import { ResultCard } from './pricing/ResultCard';
import { PlanChart } from './goals/PlanChart';

type LogField = 'weekStart' | 'income' | 'orders' | 'proposals' | 'note';

export interface GoalPlannerCopy {
  fields: Record<GoalField, { label: string; hint: string }>;
  units: Record<'percent' | 'days' | 'months' | 'orders', string>;
  log: Record<LogField, { label: string; hint: string; unit?: string }>;
  ui: Record<GoalUiKey, string>;
  messages: Record<MessageKey, string>;
  currencies: Record<Currency, string>;
}

interface Draft {
  weekStart: string;
  income: string;
  orders: string;
  proposals: string;
  note: string;
}

interface State {
  text: GoalText;
  weeks: WeekEntry[];
  draft: Draft;
  draftErrors: Partial<Record<LogField, string>>;
  currency: Currency;
  digits: DigitSet;
  notice: StorageNotice | null;
  notSaved: boolean;
  readOnly: boolean;
}

const EMPTY_DRAFT: Draft = { weekStart: '', income: '', orders: '', proposals: '', note: '' };

export default class GoalPlanner extends Component<{ copy: GoalPlannerCopy }, State> {
  override state: State = { text: defaultGoalText(), weeks: [], draft: EMPTY_DRAFT, draftErrors: {}, currency: 'USD', digits: 'latn', notice: null, notSaved: false, readOnly: false };
  private doc: DocumentStore<Goals> | null = null;
  private rawUrl = '';

  override componentDidMount() {
    const query = new URLSearchParams(location.search);
    const cur = query.get('cur');
    let digits: DigitSet = 'latn';
    try {
      const stored = localStorage.getItem('digits');
      if (stored === 'arab' || stored === 'latn') digits = stored;
    } catch {
      /* no storage: Latin digits */
    }
    this.doc = openDocument(safeStore(() => localStorage), 'goals', () => new Date());
    this.fromDocument();
    this.setState({ digits, currency: isCurrency(cur) ? cur : 'USD' });
    const given = goalTextFromQuery(query);
    if (Object.keys(given).length > 0) this.setFields(given);
    addEventListener('storage', this.onStorage);
  }

  override componentWillUnmount() {
    removeEventListener('storage', this.onStorage);
    if (this.rawUrl) URL.revokeObjectURL(this.rawUrl);
  }

  /** Another tab saved: take its version. */
  private onStorage = (event: StorageEvent) => {
    if (this.doc?.applyExternalChange(event)) this.fromDocument();
  };

  private fromDocument() {
    const state = this.doc!.state;
    if (state.notice?.kind === 'quarantined' && !this.rawUrl) this.rawUrl = URL.createObjectURL(new Blob([state.notice.raw], { type: 'application/json' }));
    this.setState({ text: { ...defaultGoalText(), ...state.data.fields }, weeks: state.data.weeks, notice: state.notice, readOnly: state.readOnly });
  }

  private save(change: (data: Goals) => Goals) {
    const result = this.doc!.update(change);
    this.setState({ notSaved: !result.saved && (result.reason === 'quota' || result.reason === 'unavailable'), readOnly: result.state.readOnly });
    return result;
  }

  private setFields(fields: Partial<GoalText>) {
    this.setState((s) => ({ text: { ...s.text, ...fields } }));
    this.save((d) => ({ ...d, fields: { ...d.fields, ...fields } }));
  }

  private addWeek = (e: Event) => {
    e.preventDefault();
    const { draft, weeks } = this.state;
    const { ui, messages } = this.props.copy;
    const errors: State['draftErrors'] = {};
    const number = (field: 'income' | 'orders' | 'proposals', whole: boolean) => {
      const parsed = parseNumber(draft[field]);
      if (!parsed.ok) errors[field] = messages[parsed.error];
      else if (parsed.value < 0) errors[field] = messages.negative;
      else if (whole && !Number.isInteger(parsed.value)) errors[field] = ui.wholeNumber;
      else return parsed.value;
      return 0;
    };
    const entry: WeekEntry = { weekStart: draft.weekStart, income: number('income', false), orders: number('orders', true), proposals: number('proposals', true), note: draft.note.slice(0, 2000) };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.weekStart)) errors.weekStart = ui.invalidDate;
    else if (validateWeekLog([...weeks, entry]).some((x) => x.problem === 'overlapping-week' || x.problem === 'invalid-date')) errors.weekStart = ui.overlappingWeek;
    this.setState({ draftErrors: errors });
    if (Object.keys(errors).length > 0) return;
    const next = [...weeks, entry].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
    this.setState({ weeks: next, draft: EMPTY_DRAFT });
    this.save((d) => ({ ...d, weeks: next }));
  };

  private removeWeek(weekStart: string) {
    const next = this.state.weeks.filter((w) => w.weekStart !== weekStart);
    this.setState({ weeks: next });
    this.save((d) => ({ ...d, weeks: next }));
  }

  render({ copy }: { copy: GoalPlannerCopy }, { text, weeks, draft, draftErrors, currency, digits, notice, notSaved, readOnly }: State) {
    const ui = copy.ui;
    const money = (v: number) => formatMoney(v, currency, digits);
    const count = (v: number) => formatNumber(v, { digits, fractionDigits: 0 });
    const { value: plan, errors } = readGoalPlan(text);
    const rows = plan ? cumulativePlanVsActual(weeks, plan.split.weekly) : undefined;
    const last = rows?.ok ? rows.value.at(-1) : undefined;
    const verdict = last && plan ? weekVerdict({ actual: last.actual, weeks: last.weeks }, plan.split.weekly) : undefined;
    const draftField = (field: Exclude<LogField, 'weekStart' | 'note'>) => (
      <DecimalField id={`log-${field}`} name={field} label={copy.log[field].label} hint={copy.log[field].hint} unit={copy.log[field].unit ?? currency} value={draft[field]} error={draftErrors[field]} onInput={(v) => this.setState((s) => ({ draft: { ...s.draft, [field]: v } }))} />
    );

    return (
      <div class="tool-panel" data-goal-planner>
        {notice?.kind === 'quarantined' && (
          <p role="alert" class="stale" data-quarantine-notice>
            {ui.quarantined}{' '}
            <a class="link" href={this.rawUrl} download="dalil-goals-backup.json">
              {ui.downloadRaw}
            </a>
          </p>
        )}
        {readOnly && (
          <p role="alert" class="stale">
            {ui.readOnly}
          </p>
        )}
        {notSaved && (
          <p role="alert" class="stale" data-not-saved>
            {ui.notSaved}
          </p>
        )}

        <fieldset class="grid gap-4 sm:grid-cols-2" disabled={readOnly}>
          <legend class="mb-2 text-lg font-bold">{ui.planTitle}</legend>
          {GOAL_FIELD_IDS.map((id) => {
            const unit = GOAL_FORM[id].unit;
            return (
              <DecimalField key={id} id={`g-${id}`} name={GOAL_FORM[id].key} label={copy.fields[id].label} hint={copy.fields[id].hint} unit={unit === 'money' ? currency : copy.units[unit]} value={text[id]} error={errors[id] && copy.messages[errors[id]]} onInput={(v) => this.setFields({ [id]: v })} />
            );
          })}
          <div class="flex flex-col print:hidden">
            <label for="g-currency" class="font-bold">
              {ui.currency}
            </label>
            <select id="g-currency" value={currency} onChange={(e) => isCurrency(e.currentTarget.value) && this.setState({ currency: e.currentTarget.value })} class="field-select">
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {copy.currencies[c]} ({c})
                </option>
              ))}
            </select>
          </div>
        </fieldset>

        {plan && (
          <div aria-live="polite">
            <h3 class="mt-6 text-lg font-bold">{ui.targetsTitle}</h3>
            <dl class="mt-2 grid grid-cols-3 gap-3">
              <ResultCard label={ui.monthly} amount={money(plan.split.monthly)} id="monthly" />
              <ResultCard label={ui.weekly} amount={money(plan.split.weekly)} id="weekly" />
              <ResultCard label={ui.daily} amount={money(plan.split.daily)} id="daily" />
            </dl>
            <h3 class="mt-6 text-lg font-bold">{ui.habitTitle}</h3>
            <dl class="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-5">
              <ResultCard label={ui.netPerOrder} amount={money(plan.plan.netPerOrder)} id="net-per-order" />
              <ResultCard label={ui.ordersPerMonth} amount={count(plan.plan.ordersPerMonth)} id="orders-month" />
              <ResultCard label={ui.ordersPerWeek} amount={count(plan.plan.ordersPerWeek)} id="orders-week" />
              <ResultCard label={ui.proposalsPerWeek} amount={count(plan.plan.proposalsPerWeek)} id="proposals-week" />
              <ResultCard label={ui.proposalsPerDay} amount={count(plan.plan.proposalsPerDay)} id="proposals-day" />
            </dl>
            <h3 class="mt-6 text-lg font-bold">{ui.rampTitle}</h3>
            <p class="mt-1" data-ramp-summary>
              {plan.ramp.monthTargetReached === null
                ? fillTemplate(ui.notReached, { months: count(plan.ramp.months.length) })
                : fillTemplate(ui.reachedIn, { month: count(plan.ramp.monthTargetReached), price: money(plan.ramp.months[plan.ramp.monthTargetReached - 1]!.price) })}
            </p>
            <section class="mt-2 max-h-72 overflow-y-auto" tabIndex={0} aria-label={ui.rampTitle}>
              <table class="w-full text-start text-sm" data-ramp>
                <thead>
                  <tr>
                    <th scope="col" class="text-start">{ui.rampMonth}</th>
                    <th scope="col" class="text-start">{ui.rampPrice}</th>
                    <th scope="col" class="text-start">{ui.rampOrders}</th>
                    <th scope="col" class="text-start">{ui.rampReachable}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.ramp.months.map((m) => (
                    <tr key={m.month} class="border-t border-slate-200 dark:border-slate-800">
                      <td>{count(m.month)}</td>
                      <td>
                        <bdi>{money(m.price)}</bdi>
                      </td>
                      <td>{count(m.ordersNeeded)}</td>
                      <td>{m.reachable ? ui.yes : ui.no}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>
        )}

        <h3 class="mt-8 text-lg font-bold">{ui.logTitle}</h3>
        <p class="hint">{ui.logIntro}</p>
        <form class="mt-3 grid gap-4 sm:grid-cols-2 print:hidden" onSubmit={this.addWeek} noValidate>
          <div class="flex flex-col">
            <label for="log-weekStart" class="font-bold">
              {copy.log.weekStart.label}
            </label>
            <p id="log-weekStart-hint" class="hint">
              {copy.log.weekStart.hint}
            </p>
            <input id="log-weekStart" name="weekStart" type="date" value={draft.weekStart} aria-invalid={draftErrors.weekStart ? 'true' : 'false'} aria-describedby={`log-weekStart-hint${draftErrors.weekStart ? ' log-weekStart-error' : ''}`} onInput={(e) => this.setState((s) => ({ draft: { ...s.draft, weekStart: e.currentTarget.value } }))} class="field-select" disabled={readOnly} />
            {draftErrors.weekStart && (
              <p id="log-weekStart-error" class="field-error">
                {draftErrors.weekStart}
              </p>
            )}
          </div>
          {draftField('income')}
          {draftField('orders')}
          {draftField('proposals')}
          <div class="flex flex-col sm:col-span-2">
            <label for="log-note" class="font-bold">
              {copy.log.note.label}
            </label>
            <p id="log-note-hint" class="hint">
              {copy.log.note.hint}
            </p>
            <textarea id="log-note" name="note" rows={2} maxLength={2000} aria-describedby="log-note-hint" value={draft.note} onInput={(e) => this.setState((s) => ({ draft: { ...s.draft, note: e.currentTarget.value } }))} class="field-select" />
          </div>
          <p>
            <button type="submit" class="btn" disabled={readOnly}>
              {ui.addWeek}
            </button>
          </p>
        </form>

        {weeks.length === 0 ? (
          <p class="mt-4">{ui.noWeeks}</p>
        ) : (
          <>
            {rows?.ok && <PlanChart rows={rows.value} title={ui.chartTitle} plannedLabel={ui.planned} actualLabel={ui.actual} format={money} />}
            {verdict?.ok && (
              <p class="mt-3 text-lg font-bold" data-verdict={verdict.value.verdict} aria-live="polite">
                {fillTemplate(verdict.value.verdict === 'ahead' ? ui.ahead : verdict.value.verdict === 'behind' ? ui.behind : ui.onTrack, { actual: money(verdict.value.actual), planned: money(verdict.value.planned), percent: count(verdict.value.percentOfPlan) })}
              </p>
            )}
            <table class="mt-4 w-full text-start text-sm" data-week-log>
              <thead>
                <tr>
                  <th scope="col" class="text-start">{ui.weekCol}</th>
                  <th scope="col" class="text-start">{ui.incomeCol}</th>
                  <th scope="col" class="text-start">{ui.ordersCol}</th>
                  <th scope="col" class="text-start">{ui.proposalsCol}</th>
                  <th scope="col" class="text-start">{ui.noteCol}</th>
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
                      <button type="button" class="link" onClick={() => this.removeWeek(w.weekStart)} aria-label={fillTemplate(ui.deleteWeek, { week: w.weekStart })} disabled={readOnly}>
                        ×
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <p class="mt-6 print:hidden">
          <button type="button" class="btn-outline" onClick={() => print()}>
            {ui.print}
          </button>
        </p>
      </div>
    );
  }
}
