/**
 * The goal planner island: a yearly income goal turned into monthly, weekly and daily targets, the orders and
 * proposals they take, a price ramp from a beginner's price, and a weekly log compared with the plan.
 * Maths in src/lib/goals/; saving in ./goals-persistence.ts (never lost: corrupt data is quarantined and offered
 * for download, a full or blocked storage keeps working in memory with a warning). A first visit downloads only
 * the plan (the page's JavaScript budget is in tests/dist/page-weight.test.ts); the log's table, chart and checks
 * load once the reader has weeks or reaches for the log form (./week-log-chunk.ts).
 */
import { Component, type VNode } from 'preact';
import {
  GOAL_FIELD_IDS,
  GOAL_FORM,
  defaultGoalText,
  planAddress,
  readGoalPlan,
  type GoalText,
} from '../../lib/goals/form';
import type { WeekEntry } from '../../lib/goals/week-log';
import type { GoalUiKey } from '../../lib/goals/copy';
import { formatMoney, formatNumber, type DigitSet } from '../../lib/format/numbers';
import { CURRENCIES, isCurrency, type Currency } from '../../lib/format/currencies';
import type { MessageKey } from '../../lib/forms/messages';
import { importOnce } from '../../lib/async/import-once';
import type { StorageNotice } from '../../lib/storage/document-state';
import type { GoalField } from '../../lib/storage/documents';
import { MAX_FIELD_TEXT } from '../../lib/storage/limits';
import type { WeekDraft, WeekProblem } from '../../lib/goals/week-form';
import { DecimalField } from '../shared/DecimalField';
import { savedDigits } from '../shared/digit-preference';
import { restyledExamples } from '../../lib/forms/examples';
import { goalsPersistence, type SavedGoals, type SaveStatus } from './goals-persistence';
import { PlanResults } from './PlanResults';
import { WeekForm } from './WeekForm';
import { firstOpenWeek, weekChoices } from '../../lib/goals/week-choices';

type LogField = keyof WeekDraft;
type LogCode = typeof import('./week-log-chunk');

export interface GoalPlannerCopy {
  fields: Record<GoalField, { label: string; hint: string }>;
  units: Record<'percent' | 'weeks' | 'days' | 'months' | 'orders', string>;
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
  /** Unreadable stored text, as a download link. */
  rawUrl: string;
  notSaved: boolean;
  readOnly: boolean;
  /** Stored data is being opened by the storage module; editing waits so that nothing typed is replaced by it. */
  opening: boolean;
  log: LogCode | null;
  /** The offer to use a link's values instead of the saved plan (./link-offer.tsx). */
  offer: VNode | null;
  /** The field whose typed or pasted text was cut to `MAX_FIELD_TEXT` characters. */
  cut?: GoalField | undefined;
  /** What happened to the plan's link when the reader asked to copy it: a message, and the link if it was not copied. */
  copied?: [string, string?];
  /** What happened when the reader asked for the plan as a file. */
  exported?: string;
  /** The reader's local date, once on their device: the log's weeks are counted from it (never from the build's). */
  today: string;
}

const EMPTY_WEEK: WeekDraft = { weekStart: '', income: '', orders: '', proposals: '', note: '' };

export default class GoalPlanner extends Component<{ copy: GoalPlannerCopy }, State> {
  override state: State = {
    text: defaultGoalText(),
    weeks: [],
    draft: EMPTY_WEEK,
    draftErrors: {},
    currency: 'USD',
    digits: 'latn',
    today: '',
    notice: null,
    rawUrl: '',
    notSaved: false,
    readOnly: false,
    opening: false,
    log: null,
    offer: null,
  };
  readonly saved = goalsPersistence(
    ({ goals, notice, readOnly, rawUrl }: SavedGoals) =>
      this.setState({
        text: { ...defaultGoalText(goals.currency, savedDigits()), ...goals.fields },
        weeks: goals.weeks,
        notice,
        readOnly,
        rawUrl,
        ...(goals.currency && { currency: goals.currency }),
      }),
    (status: SaveStatus) => this.setState(status),
  );
  /** The log's code: when there are weeks to show, or the reader reaches for the log form. */
  private loadLog = importOnce(() =>
    import('./week-log-chunk').then((log) => {
      this.setState({ log });
      return log;
    }),
  );

  override componentDidMount() {
    // Nothing is typed yet: the examples are shown in the reader's digits until the stored plan is read.
    const digits = savedDigits();
    const now = new Date();
    const today = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
    this.setState({ digits, today, text: defaultGoalText('USD', digits) });
    // A link's fields are weighed against the stored plan, so they wait until it is shown.
    void this.saved.load().then(() => {
      if (location.search)
        import('./link-offer').then(
          (m) => m.applyAddress(this, GOAL_FORM),
          () => undefined,
        );
    });
    addEventListener('storage', this.saved.onStorage);
  }

  override componentDidUpdate() {
    if (this.state.weeks.length > 0) this.loadLog().catch(() => undefined);
  }

  override componentWillUnmount() {
    removeEventListener('storage', this.saved.onStorage);
    this.saved.dispose();
  }

  /** Reaching for a field or button starts loading the storage module, so that the first change is saved without delay. */
  private prefetch = () => {
    this.saved.open().catch(() => undefined);
  };

  setFields(fields: Partial<GoalText>) {
    this.setState((s) => ({ text: { ...s.text, ...fields } }));
    this.saved.save((d) => ({ ...d, fields: { ...d.fields, ...fields } }));
  }

  /** The fields of `text` still holding their example in `from`, with the example in `to`. */
  examplesFor(text: GoalText, from: Currency, to: Currency): Partial<GoalText> {
    const { digits } = this.state;
    return restyledExamples(text, GOAL_FORM, { currency: from, digits }, { currency: to, digits });
  }

  /**
   * Kept with the plan, so a reload shows the amounts in the currency the reader planned in. Examples follow the
   * currency and are saved with it, so a saved field that held the old example does not bring it back on reload.
   */
  setCurrency(currency: Currency) {
    const examples = this.examplesFor(this.state.text, this.state.currency, currency);
    this.setState((s) => ({ currency, text: { ...s.text, ...examples } }));
    this.saved.save((d) => ({ ...d, currency, fields: { ...d.fields, ...examples } }));
  }

  private copyPlan = async () => {
    const { ui } = this.props.copy;
    const href = location.origin + planAddress(this.state.text, this.state.currency);
    try {
      await navigator.clipboard.writeText(href);
      this.setState({ copied: [ui.planCopied] });
    } catch {
      this.setState({ copied: [ui.planCopyFailed, href] });
    }
  };

  /** Saved as a change to the log, not a copy of it, so that another tab's week logged meanwhile stays. */
  setWeeks(change: (weeks: WeekEntry[]) => WeekEntry[]) {
    this.setState((s) => ({ weeks: change(s.weeks) }));
    this.saved.save((d) => ({ ...d, weeks: change(d.weeks) }));
  }

  /** The weeks the log's form offers, and the one it starts on. */
  private offeredWeeks() {
    const { today, weeks } = this.state;
    const offered = today
      ? weekChoices(
          today,
          weeks.map((w) => w.weekStart),
        )
      : [];
    return { offered, open: firstOpenWeek(offered) };
  }

  private addWeek = async (e: Event) => {
    e.preventDefault();
    const log = await this.loadLog().catch(() => null);
    if (!log) return; // offline: the next press tries again
    const { draft, weeks } = this.state;
    const { ui, messages } = this.props.copy;
    const { entry, errors } = log.readWeek({ ...draft, weekStart: draft.weekStart || this.offeredWeeks().open }, weeks);
    const say = (p: WeekProblem) =>
      p === 'invalid-date' ? ui.invalidDate : p === 'overlapping-week' ? ui.overlappingWeek : messages[p];
    this.setState({ draftErrors: Object.fromEntries(Object.entries(errors).map(([field, p]) => [field, say(p)])) });
    if (!entry) return;
    this.setState({ draft: EMPTY_WEEK });
    this.setWeeks((ws) => log.withWeek(ws, entry));
  };

  render(
    { copy }: { copy: GoalPlannerCopy },
    {
      text,
      weeks,
      draft,
      draftErrors,
      currency,
      digits,
      notice,
      rawUrl,
      notSaved,
      readOnly,
      opening,
      log,
      offer,
      cut,
      copied,
      exported,
    }: State,
  ) {
    const ui = copy.ui;
    const locked = readOnly || opening;
    const money = (v: number) => formatMoney(v, currency, digits);
    const count = (v: number) => formatNumber(v, { digits, fractionDigits: 0 });
    const { value: plan, errors } = readGoalPlan(text);
    const offered = this.offeredWeeks();

    return (
      <div class="tool-panel" data-goal-planner onFocusIn={this.prefetch} onPointerDown={this.prefetch}>
        {offer}
        {notice?.kind === 'quarantined' && (
          <p role="alert" class="stale" data-quarantine-notice>
            {ui.quarantined}{' '}
            <a class="link" href={rawUrl} download="dalil-goals-backup.json">
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
              <DecimalField
                key={id}
                id={`g-${id}`}
                name={GOAL_FORM[id].key}
                label={copy.fields[id].label}
                hint={copy.fields[id].hint}
                unit={unit === 'money' ? currency : copy.units[unit]}
                value={text[id]}
                error={cut === id ? ui.fieldCut : errors[id] && copy.messages[errors[id]]}
                onInput={(v) => {
                  // Longer text could not be saved: what is shown is cut to what is saved, and the field says so.
                  this.setState({ cut: v.length > MAX_FIELD_TEXT ? id : undefined });
                  this.setFields({ [id]: v.slice(0, MAX_FIELD_TEXT) });
                }}
                digits={digits}
              />
            );
          })}
          <div class="flex flex-col print:hidden">
            <label for="g-currency" class="font-bold">
              {ui.currency}
            </label>
            <select
              id="g-currency"
              value={currency}
              onChange={(e) => isCurrency(e.currentTarget.value) && this.setCurrency(e.currentTarget.value)}
              class="field-select"
            >
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {copy.currencies[c]} ({c})
                </option>
              ))}
            </select>
          </div>
        </fieldset>

        {plan && <PlanResults plan={plan} ui={ui} money={money} count={count} />}

        <h2 class="mt-8 text-lg font-bold">{ui.logTitle}</h2>
        <p class="hint">{ui.logIntro}</p>
        <WeekForm
          copy={copy}
          draft={draft}
          errors={draftErrors}
          currency={currency}
          digits={digits}
          weeks={offered.offered}
          openWeek={offered.open}
          locked={locked}
          onChange={(field, v) => this.setState((s) => ({ draft: { ...s.draft, [field]: v } }))}
          onSubmit={this.addWeek}
          onFocus={() => this.loadLog().catch(() => undefined)}
        />

        {weeks.length === 0 ? (
          <p class="mt-4">{ui.noWeeks}</p>
        ) : (
          log && <log.WeekLog planner={this} plan={plan} money={money} count={count} locked={locked} />
        )}
        <p class="mt-6 flex flex-wrap gap-3 print:hidden">
          <button type="button" class="btn-outline" onClick={() => print()}>
            {ui.print}
          </button>
          <button type="button" class="btn-outline" onClick={this.copyPlan} disabled={locked}>
            {ui.copyPlan}
          </button>
          {(['csv', 'ics'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              class="btn-outline"
              data-export={kind}
              // The file is built by a part loaded on this first use; the page's formatting travels with the call.
              onClick={() =>
                import('./plan-export').then(
                  (m) => m.exportPlan(this, kind, { plan, money, count }),
                  () => this.setState({ exported: ui.exportFailed }),
                )
              }
            >
              {kind === 'csv' ? ui.exportCsv : ui.exportIcs}
            </button>
          ))}
        </p>
        <p role="status" class="mt-2 text-sm" data-plan-exported>
          {exported}
        </p>
        <p role="status" class="mt-2 text-sm" data-plan-copied>
          {copied?.[0]}{' '}
          {copied?.[1] && (
            <bdi dir="ltr" class="wrap-anywhere">
              {copied[1]}
            </bdi>
          )}
        </p>
      </div>
    );
  }
}
