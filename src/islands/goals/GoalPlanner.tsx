/**
 * The goal planner island: a yearly income goal turned into monthly, weekly and daily targets, the orders and
 * proposals they take, a price ramp from a beginner's price, and a weekly log compared with the plan.
 * Maths in src/lib/goals/plan.ts and goals-form.ts; saved through src/lib/storage/documents-store.ts (never lost: corrupt data is
 * quarantined and offered for download, a full or blocked storage keeps working in memory with a warning).
 * A first visit downloads only the plan (the tool page's budget is 15 kB of gzipped JavaScript). Loaded on use:
 * storage.ts with its schemas on the first change (./goals/document), and the log's table, chart and checks once
 * the reader has weeks or adds one (./goals/log). Until storage.ts is loaded, saved data shows through the strict
 * reader in src/lib/goals/saved-goals.ts, which hands anything it cannot vouch for to storage.ts straight away.
 */
import { Component } from 'preact';
import { GOAL_FIELD_IDS, GOAL_FORM, defaultGoalText, goalTextFromQuery, readGoalPlan, type GoalText } from '../../lib/goals/form';
import type { WeekEntry } from '../../lib/goals/week-log';
import type { GoalUiKey } from '../../lib/goals/copy';
import { formatMoney, formatNumber, type DigitSet } from '../../lib/format/numbers';
import { fillTemplate } from '../../lib/format/template';
import { CURRENCIES, isCurrency, type Currency } from '../../lib/format/currencies';
import type { MessageKey } from '../../lib/pricing/form';
import type { DocumentStore, StorageNotice } from '../../lib/storage/documents-store';
import type { GoalField, Goals } from '../../lib/storage/documents';
import { GOALS_KEY, goalsFromStoredText } from '../../lib/goals/saved-goals';
import type { WeekDraft, WeekProblem } from '../../lib/goals/week-form';
import { DecimalField } from '../shared/DecimalField';
import { ResultCard } from '../shared/ResultCard';

type LogField = keyof WeekDraft;
type LogCode = typeof import('./week-log-chunk');

export interface GoalPlannerCopy {
  fields: Record<GoalField, { label: string; hint: string }>;
  units: Record<'percent' | 'days' | 'months' | 'orders', string>;
  log: Record<LogField, { label: string; hint: string; unit?: string }>;
  ui: Record<GoalUiKey, string>;
  messages: Record<MessageKey, string>;
  currencies: Record<Currency, string>;
}

interface State {
  text: GoalText;
  weeks: WeekEntry[];
  draft: WeekDraft;
  draftErrors: Partial<Record<LogField, string>>;
  currency: Currency;
  digits: DigitSet;
  notice: StorageNotice | null;
  notSaved: boolean;
  readOnly: boolean;
  /** Stored data is being opened by storage.ts; editing waits so that nothing typed is replaced by it. */
  opening: boolean;
  log: LogCode | null;
}

const EMPTY_WEEK: WeekDraft = { weekStart: '', income: '', orders: '', proposals: '', note: '' };
/** MAX_NOTE of week-form.ts, written out: importing it would put that module (and the log's code) in this chunk. */
const MAX_NOTE = 2000;

export default class GoalPlanner extends Component<{ copy: GoalPlannerCopy }, State> {
  override state: State = { text: defaultGoalText(), weeks: [], draft: EMPTY_WEEK, draftErrors: {}, currency: 'USD', digits: 'latn', notice: null, notSaved: false, readOnly: false, opening: false, log: null };
  private doc: DocumentStore<Goals> | null = null;
  private opened: Promise<DocumentStore<Goals>> | null = null;
  private logCode: Promise<LogCode> | null = null;
  private pending: ((data: Goals) => Goals)[] = [];
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
    this.setState({ digits, currency: isCurrency(cur) ? cur : 'USD' });
    const given = goalTextFromQuery(query);
    // Fields from a link go on top of what is stored, so they wait until it is shown.
    void this.load().then(() => {
      if (Object.keys(given).length > 0) this.setFields(given);
    });
    addEventListener('storage', this.onStorage);
  }

  override componentDidUpdate() {
    if (this.state.weeks.length > 0) this.loadLog().catch(() => undefined);
  }

  override componentWillUnmount() {
    removeEventListener('storage', this.onStorage);
    if (this.rawUrl) URL.revokeObjectURL(this.rawUrl);
  }

  /** Another tab saved: take its version. */
  private onStorage = (event: StorageEvent) => {
    if (this.doc) {
      if (this.doc.applyExternalChange(event)) this.fromDocument();
    } else if (event.key === GOALS_KEY || event.key === null) void this.load();
  };

  /** Shows what is stored: at once when the strict reader vouches for it, otherwise once storage.ts has opened it. */
  private async load() {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(GOALS_KEY);
    } catch {
      /* storage blocked: nothing stored to show, and saving will say so */
    }
    const data = goalsFromStoredText(raw);
    if (data) return this.show(data, null, false);
    this.setState({ opening: true });
    try {
      await this.document();
      this.fromDocument();
    } catch {
      /* storage.ts did not download (offline): the defaults stay, and the first change tries again */
    }
    this.setState({ opening: false });
  }

  /**
   * storage.ts and the goals document, loaded once: on the first change, or for stored text the reader cannot
   * vouch for. A failed download (offline) is forgotten, so that the next change tries again.
   */
  private document() {
    return (this.opened ??= import('./goals-document').then(
      ({ openGoals }) => (this.doc = openGoals()),
      (error: unknown) => {
        this.opened = null;
        throw error;
      },
    ));
  }

  /** The log's code, loaded once (again after a failed download): when there are weeks to show, or the reader reaches for the log form. */
  private loadLog = () =>
    (this.logCode ??= import('./week-log-chunk').then(
      (log) => {
        this.setState({ log });
        return log;
      },
      (error: unknown) => {
        this.logCode = null;
        throw error;
      },
    ));

  /** Reaching for a field or button starts loading storage.ts, so that the first change is saved without delay. */
  private prefetch = () => {
    this.document().catch(() => undefined);
  };

  private fromDocument() {
    const state = this.doc!.state;
    if (state.notice?.kind === 'quarantined' && !this.rawUrl) this.rawUrl = URL.createObjectURL(new Blob([state.notice.raw], { type: 'application/json' }));
    this.show(state.data, state.notice, state.readOnly);
  }

  private show(data: Goals, notice: StorageNotice | null, readOnly: boolean) {
    this.setState({ text: { ...defaultGoalText(), ...data.fields }, weeks: data.weeks, notice, readOnly });
  }

  /**
   * Saves once storage.ts is loaded; the screen has already changed, so typing never waits for it. Changes wait in
   * order in `pending` until one save writes them all, so none is lost while storage.ts cannot be downloaded.
   */
  private save(change: (data: Goals) => Goals) {
    this.pending.push(change);
    this.document().then(
      (doc) => {
        const changes = this.pending.splice(0);
        if (changes.length === 0) return; // an earlier call wrote them
        const result = doc.update((data) => changes.reduce((d, f) => f(d), data));
        this.setState({ notSaved: !result.saved && (result.reason === 'quota' || result.reason === 'unavailable'), readOnly: result.state.readOnly });
      },
      () => this.setState({ notSaved: true }),
    );
  }

  private setFields(fields: Partial<GoalText>) {
    this.setState((s) => ({ text: { ...s.text, ...fields } }));
    this.save((d) => ({ ...d, fields: { ...d.fields, ...fields } }));
  }

  private setWeeks(weeks: WeekEntry[]) {
    this.setState({ weeks });
    this.save((d) => ({ ...d, weeks }));
  }

  private addWeek = async (e: Event) => {
    e.preventDefault();
    const log = await this.loadLog().catch(() => null);
    if (!log) return; // offline: the next press tries again
    const { draft, weeks } = this.state;
    const { ui, messages } = this.props.copy;
    const { entry, errors } = log.readWeek(draft, weeks);
    const say = (p: WeekProblem) => (p === 'invalid-date' ? ui.invalidDate : p === 'overlapping-week' ? ui.overlappingWeek : messages[p]);
    this.setState({ draftErrors: Object.fromEntries(Object.entries(errors).map(([field, p]) => [field, say(p)])) });
    if (!entry) return;
    this.setState({ draft: EMPTY_WEEK });
    this.setWeeks([...weeks, entry].sort((a, b) => a.weekStart.localeCompare(b.weekStart)));
  };

  render({ copy }: { copy: GoalPlannerCopy }, { text, weeks, draft, draftErrors, currency, digits, notice, notSaved, readOnly, opening, log }: State) {
    const ui = copy.ui;
    const locked = readOnly || opening;
    const money = (v: number) => formatMoney(v, currency, digits);
    const count = (v: number) => formatNumber(v, { digits, fractionDigits: 0 });
    const { value: plan, errors } = readGoalPlan(text);
    const setDraft = (field: LogField, v: string) => this.setState((s) => ({ draft: { ...s.draft, [field]: v } }));
    const cards = (list: [GoalUiKey, string, string][]) => list.map(([label, amount, id]) => <ResultCard key={id} label={ui[label]} amount={amount} id={id} />);

    return (
      <div class="tool-panel" data-goal-planner onFocusIn={this.prefetch} onPointerDown={this.prefetch}>
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

        <fieldset class="grid gap-4 sm:grid-cols-2" disabled={locked}>
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
            <h2 class="mt-6 text-lg font-bold">{ui.targetsTitle}</h2>
            <dl class="mt-2 grid grid-cols-3 gap-3">
              {cards([
                ['monthly', money(plan.split.monthly), 'monthly'],
                ['weekly', money(plan.split.weekly), 'weekly'],
                ['daily', money(plan.split.daily), 'daily'],
              ])}
            </dl>
            <h2 class="mt-6 text-lg font-bold">{ui.habitTitle}</h2>
            <dl class="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-5">
              {cards([
                ['netPerOrder', money(plan.plan.netPerOrder), 'net-per-order'],
                ['ordersPerMonth', count(plan.plan.ordersPerMonth), 'orders-month'],
                ['ordersPerWeek', count(plan.plan.ordersPerWeek), 'orders-week'],
                ['proposalsPerWeek', count(plan.plan.proposalsPerWeek), 'proposals-week'],
                ['proposalsPerDay', count(plan.plan.proposalsPerDay), 'proposals-day'],
              ])}
            </dl>
            <h2 class="mt-6 text-lg font-bold">{ui.rampTitle}</h2>
            <p class="mt-1" data-ramp-summary>
              {plan.ramp.monthTargetReached === null
                ? fillTemplate(ui.notReached, { months: count(plan.ramp.months.length) })
                : fillTemplate(ui.reachedIn, { month: count(plan.ramp.monthTargetReached), price: money(plan.ramp.months[plan.ramp.monthTargetReached - 1]!.price) })}
            </p>
            <section class="mt-2 max-h-72 overflow-y-auto" tabIndex={0} aria-label={ui.rampTitle}>
              <table class="w-full text-start text-sm" data-ramp>
                <thead>
                  <tr>
                    {(['rampMonth', 'rampPrice', 'rampOrders', 'rampReachable'] as const).map((key) => (
                      <th key={key} scope="col" class="text-start">
                        {ui[key]}
                      </th>
                    ))}
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

        <h2 class="mt-8 text-lg font-bold">{ui.logTitle}</h2>
        <p class="hint">{ui.logIntro}</p>
        <form class="mt-3 grid gap-4 sm:grid-cols-2 print:hidden" onSubmit={this.addWeek} onFocusIn={() => this.loadLog().catch(() => undefined)} noValidate>
          <div class="flex flex-col">
            <label for="log-weekStart" class="font-bold">
              {copy.log.weekStart.label}
            </label>
            <p id="log-weekStart-hint" class="hint">
              {copy.log.weekStart.hint}
            </p>
            <input id="log-weekStart" name="weekStart" type="date" value={draft.weekStart} aria-invalid={draftErrors.weekStart ? 'true' : 'false'} aria-describedby={`log-weekStart-hint${draftErrors.weekStart ? ' log-weekStart-error' : ''}`} onInput={(e) => setDraft('weekStart', e.currentTarget.value)} class="field-select" disabled={locked} />
            {draftErrors.weekStart && (
              <p id="log-weekStart-error" class="field-error">
                {draftErrors.weekStart}
              </p>
            )}
          </div>
          {(['income', 'orders', 'proposals'] as const).map((field) => (
            <DecimalField key={field} id={`log-${field}`} name={field} label={copy.log[field].label} hint={copy.log[field].hint} unit={copy.log[field].unit ?? currency} value={draft[field]} error={draftErrors[field]} onInput={(v) => setDraft(field, v)} />
          ))}
          <div class="flex flex-col sm:col-span-2">
            <label for="log-note" class="font-bold">
              {copy.log.note.label}
            </label>
            <p id="log-note-hint" class="hint">
              {copy.log.note.hint}
            </p>
            <textarea id="log-note" name="note" rows={2} maxLength={MAX_NOTE} aria-describedby="log-note-hint" value={draft.note} onInput={(e) => setDraft('note', e.currentTarget.value)} class="field-select" />
          </div>
          <p>
            <button type="submit" class="btn" disabled={locked}>
              {ui.addWeek}
            </button>
          </p>
        </form>

        {weeks.length === 0 ? (
          <p class="mt-4">{ui.noWeeks}</p>
        ) : (
          log && <log.WeekLog weeks={weeks} weeklyTarget={plan?.split.weekly} ui={ui} money={money} count={count} locked={locked} onRemove={(start) => this.setWeeks(weeks.filter((w) => w.weekStart !== start))} />
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
