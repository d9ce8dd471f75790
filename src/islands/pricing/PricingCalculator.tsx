/**
 * The pricing calculator island. All maths and wording come from src/lib (pricing/, format/numbers, forms/);
 * this file keeps the form state, mirrors it in the URL and draws the hourly results. The other payment models
 * load on demand from ./OtherModels. A class component, so the page does not need Preact's hooks runtime (the
 * tool page's JavaScript budget is in tests/dist/page-weight.test.ts).
 */
import { Component, type ComponentType } from 'preact';
import { formatMoney, type DigitSet } from '../../lib/format/numbers';
import { computeRate, type RateBreakdown } from '../../lib/pricing/hourly-rate';
import {
  defaultForm,
  FIELDS,
  formToQuery,
  queryToForm,
  readField,
  type FieldId,
  type FormText,
} from '../../lib/pricing/form';
import { restyledExamples, type ExampleStyle } from '../../lib/forms/examples';
import { inDigits } from '../../lib/format/example-amounts';
import { CURRENCIES, isCurrency, type Currency } from '../../lib/format/currencies';
import { rateFigures } from '../../lib/pricing/explain';
import { plausibilityHints } from '../../lib/pricing/plausibility';
import { fillTemplate } from '../../lib/format/template';
import { plannerLink } from '../../lib/pricing/planner-link';
import type { TabId } from '../../lib/pricing/copy';
import { evaluate, LastValid } from './read-form';
import { NumberField } from './NumberField';
import { PaymentChart } from './PaymentChart';
import { ResultCard } from '../shared/ResultCard';
import { savedDigits } from '../shared/digit-preference';
import { saveDigits } from './save-digits';
import type { CalculatorCopy, PanelProps, PlatformPreset } from './calculator-copy';

export type { CalculatorCopy, PlatformPreset };

/** A beginner sees the hourly rate and the platforms compared; the other ways to price sit behind one choice. */
const FIRST_TABS: TabId[] = ['hourly', 'compare'];
const OTHER_TABS: TabId[] = ['project', 'incentive', 'retainer', 'value', 'micro', 'ladder'];
const isTab = (t: string | null): t is TabId => [...FIRST_TABS, ...OTHER_TABS].includes(t as TabId);
const HOURLY_FIELDS: FieldId[] = ['target', 'expenses', 'tax', 'hours', 'weeksOff', 'days'];

/** The hourly rate of a form, or each field's problem: the results on screen and the saved scenarios share it. */
const rateOf = (form: FormText) =>
  evaluate(
    form,
    ['target', 'expenses', 'tax', 'fee', 'hours', 'weeksOff', 'days'],
    (v) =>
      computeRate({
        targetNetMonthly: v.target,
        monthlyExpenses: v.expenses,
        taxRate: v.tax,
        platformFeeRate: v.fee,
        billableHoursPerWeek: v.hours,
        weeksOffPerYear: v.weeksOff,
        workingDaysPerWeek: v.days,
      }),
    {
      targetNetMonthly: 'target',
      monthlyExpenses: 'expenses',
      taxRate: 'tax',
      platformFeeRate: 'fee',
      billableHoursPerWeek: 'hours',
      weeksOffPerYear: 'weeksOff',
      workingDaysPerWeek: 'days',
    },
  );

type OtherModelsPanel = ComponentType<PanelProps & { tab: Exclude<TabId, 'hourly'>; platforms: PlatformPreset[] }>;

interface Props {
  platforms: PlatformPreset[];
  copy: CalculatorCopy;
}

interface State {
  form: FormText;
  currency: Currency;
  digits: DigitSet;
  tab: TabId;
  platformId: string;
  copied: string;
  Others: OtherModelsPanel | null;
  /** The named scenarios, loaded when the reader opens them. */
  Scenarios?: typeof import('./Scenarios').default;
  /** The days→weeks helper for time off, loaded when the reader asks for it. */
  Days?: ComponentType<Pick<PanelProps, 'form' | 'copy' | 'digits' | 'setField'>>;
}

export default class PricingCalculator extends Component<Props, State> {
  override state: State = {
    form: defaultForm(),
    currency: 'USD',
    digits: 'latn',
    tab: 'hourly',
    platformId: '',
    copied: '',
    Others: null,
  };
  private rateMemory = new LastValid<RateBreakdown>();
  private restored = false;

  // Restore a shared link and the remembered digit preference.
  override componentDidMount() {
    const digits = savedDigits();
    const fromUrl = queryToForm(new URLSearchParams(location.search), digits);
    const { platform } = fromUrl;
    this.restored = true;
    this.setState({
      form: fromUrl.form,
      currency: fromUrl.currency,
      // The link's fee is in its own field; the platform only restores the choice and its note.
      platformId: platform === 'direct' || this.props.platforms.some((p) => p.id === platform) ? platform! : '',
      digits,
      tab: isTab(fromUrl.tab) ? fromUrl.tab : 'hourly',
    });
    if (location.search) void import('./link-check').then((m) => m.openBadField(this, readField));
  }

  /** A new currency or digit set: the fields still holding their example take the new one, typed ones stay. */
  private restyle(next: Partial<ExampleStyle>) {
    this.setState(({ form, currency, digits }) => {
      const to = { currency, digits, ...next };
      return { ...to, form: { ...form, ...restyledExamples(form, FIELDS, { currency, digits }, to) } };
    });
  }

  // Mirror every change in the URL, and fetch the other payment models the first time one is opened.
  override componentDidUpdate() {
    const { form, currency, tab, platformId, Others } = this.state;
    if (this.restored) {
      const query = formToQuery(form, currency, tab, platformId).toString();
      const next = query ? `?${query}` : location.pathname;
      if (location.search !== (query ? `?${query}` : '')) history.replaceState(null, '', next);
    }
    if (tab !== 'hourly' && !Others) void import('./OtherModels').then((m) => this.setState({ Others: m.default }));
  }

  render(
    { platforms, copy }: Props,
    { form, currency, digits, tab, platformId, copied, Others, Days, Scenarios }: State,
  ) {
    const ui = copy.ui;
    const setField = (id: FieldId, value: string) => this.setState((st) => ({ form: { ...st.form, [id]: value } }));
    const money = (v: number) => formatMoney(v, currency, digits);

    const rate = rateOf(form);
    const shown = this.rateMemory.remember(rate.value);
    const r = shown.shown;
    const target = readField('target', form.target);
    const platform = platforms.find((p) => p.id === platformId);

    const choosePlatform = (id: string) => {
      const p = platforms.find((x) => x.id === id);
      // The reader's amounts stay in the reader's currency: a platform is never a reason to relabel them. Its fee
      // is a share, so it applies in any currency; an unknown fee empties the field so the reader types it, rather
      // than keeping the previous platform's.
      this.setState({ platformId: id });
      if (id === 'direct') setField('fee', '0');
      else if (p) setField('fee', p.feePercent == null ? '' : String(p.feePercent));
    };
    const chooseDigits = (d: DigitSet) => {
      this.restyle({ digits: d });
      saveDigits(d);
    };
    const copyLink = async () => {
      try {
        await navigator.clipboard.writeText(location.href);
        this.setState({ copied: ui.copied });
      } catch {
        this.setState({ copied: `${ui.copyFailed} ${location.href}` });
      }
    };
    const read = (id: FieldId) => {
      const v = readField(id, form[id]);
      return v.ok ? v.value : NaN;
    };
    const hints = plausibilityHints({ weeksOff: read('weeksOff'), tax: read('tax'), hours: read('hours') });
    const field = (id: FieldId) => (
      <NumberField
        key={id}
        id={id}
        copy={copy.fields[id]}
        value={form[id]}
        error={rate.errors[id] && copy.messages[rate.errors[id]]}
        currency={currency}
        onInput={setField}
        digits={digits}
      />
    );
    const select = 'field-select';

    return (
      <div class="tool-panel">
        <fieldset class="grid gap-4 sm:grid-cols-2">
          <legend class="mb-2 text-lg font-bold">{ui.settings}</legend>
          <div class="flex flex-col">
            <label for="f-platform" class="font-bold">
              {ui.platform}
            </label>
            <select
              id="f-platform"
              value={platformId}
              onChange={(e) => choosePlatform(e.currentTarget.value)}
              class={select}
            >
              <option value="">{ui.choosePlatform}</option>
              <option value="direct">{ui.direct}</option>
              {platforms.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            {platform && (
              <p class="hint mt-1" data-preset-note>
                {platform.note}
              </p>
            )}
          </div>
          {field('fee')}
          <div class="flex flex-col">
            <label for="f-currency" class="font-bold">
              {ui.currency}
            </label>
            <select
              id="f-currency"
              value={currency}
              onChange={(e) => isCurrency(e.currentTarget.value) && this.restyle({ currency: e.currentTarget.value })}
              class={select}
            >
              {CURRENCIES.map((code) => (
                <option key={code} value={code}>
                  {copy.currencies[code]} ({code})
                </option>
              ))}
            </select>
          </div>
          <fieldset class="print:hidden">
            <legend class="font-bold">{ui.digitsLegend}</legend>
            <div class="mt-2 flex gap-4">
              {(['latn', 'arab'] as const).map((d) => (
                <label key={d} class="flex items-center gap-2">
                  <input type="radio" name="digits" value={d} checked={digits === d} onChange={() => chooseDigits(d)} />
                  {ui[d]}
                </label>
              ))}
            </div>
          </fieldset>
        </fieldset>

        <div role="group" aria-label={ui.models} class="mt-6 flex flex-wrap items-end gap-2 print:hidden">
          {FIRST_TABS.map((t) => (
            <button
              key={t}
              id={`tab-${t}`}
              type="button"
              aria-pressed={tab === t}
              aria-controls={tab === t ? `panel-${t}` : undefined}
              onClick={() => this.setState({ tab: t })}
              class="tab"
            >
              {ui[`tab_${t}`]}
            </button>
          ))}
          <label class="flex flex-col text-sm">
            {ui.otherWays}
            <select
              id="f-model"
              value={OTHER_TABS.includes(tab) ? tab : ''}
              onChange={(e) => this.setState({ tab: (e.currentTarget.value || 'hourly') as TabId })}
              class={select}
            >
              <option value="">{ui.chooseModel}</option>
              {OTHER_TABS.map((t) => (
                <option key={t} value={t}>
                  {ui[`tab_${t}`]}
                </option>
              ))}
            </select>
          </label>
        </div>

        <section id={`panel-${tab}`} aria-label={ui[`tab_${tab}`]} class="mt-4">
          {tab === 'hourly' ? (
            <>
              <div class="grid gap-4 sm:grid-cols-2">{HOURLY_FIELDS.map(field)}</div>
              {Days ? (
                <Days form={form} copy={copy} digits={digits} setField={setField} />
              ) : (
                <button
                  type="button"
                  class="link mt-2 print:hidden"
                  onClick={() => void import('./DaysToWeeks').then((m) => this.setState({ Days: m.DaysToWeeks }))}
                >
                  {ui.daysOpen}
                </button>
              )}
              {r && (
                // The same figure as the first result card below, for sighted readers typing on a phone (not bold while stale).
                <p class="live-rate" aria-hidden="true" data-live-rate>
                  <span>{ui.hourlyRate}</span>
                  <bdi class={shown.stale ? 'font-normal' : undefined}>{money(r.hourly)}</bdi>
                </p>
              )}
              {hints.length > 0 && (
                <ul class="hint mt-3 list-disc ps-5" data-plausibility>
                  {hints.map((h) => (
                    <li key={h}>{inDigits(copy.plausibility[h], digits)}</li>
                  ))}
                </ul>
              )}
              {r && (
                <div class="mt-6" aria-live="polite">
                  {shown.stale && (
                    <p class="stale" data-stale>
                      {ui.stale}
                    </p>
                  )}
                  <dl class="grid grid-cols-2 gap-3 sm:grid-cols-4">
                    {(
                      [
                        [ui.hourlyRate, r.hourly, 'hourly'],
                        [ui.daily, r.daily, 'daily'],
                        [ui.monthly, r.monthlyGross, 'monthly'],
                        [ui.yearly, r.yearlyGross, 'yearly'],
                      ] as const
                    ).map(([label, v, key]) => (
                      <ResultCard key={key} label={label} amount={money(v)} id={key} />
                    ))}
                  </dl>
                  <PaymentChart
                    title={ui.chartTitle}
                    digits={digits}
                    slices={[
                      { label: ui.net, value: r.yearlyNet, fill: 'fill-brand-600', formatted: money(r.yearlyNet) },
                      {
                        label: ui.platformTakes,
                        value: r.yearlyPlatformFee,
                        fill: 'fill-rose-500',
                        formatted: money(r.yearlyPlatformFee),
                      },
                      { label: ui.taxTakes, value: r.yearlyTax, fill: 'fill-amber-500', formatted: money(r.yearlyTax) },
                      {
                        label: ui.expenses,
                        value: r.yearlyExpenses,
                        fill: 'fill-slate-400',
                        formatted: money(r.yearlyExpenses),
                      },
                    ]}
                  />
                  {target.ok && (
                    <>
                      <p class="mt-4 text-lg" data-explanation>
                        {fillTemplate(ui.explainRate, rateFigures(r, target.value, { currency, digits }))}
                      </p>
                      <a
                        class="link print:hidden"
                        href={plannerLink(r.yearlyGross - r.yearlyPlatformFee, form.fee, form.weeksOff, currency)}
                        data-planner-link
                      >
                        {ui.toPlanner}
                      </a>
                    </>
                  )}
                </div>
              )}
            </>
          ) : Others ? (
            <Others
              tab={tab}
              form={form}
              copy={copy}
              currency={currency}
              digits={digits}
              setField={setField}
              hourly={r?.hourly}
              rateStale={shown.stale}
              platform={platform}
              platforms={platforms}
            />
          ) : (
            <p>{ui.loading}</p>
          )}
          <p class="hint mt-4">{copy.notes[tab]}</p>
        </section>

        <div class="mt-6 flex flex-wrap gap-3 print:hidden">
          <button type="button" onClick={copyLink} class="btn">
            {ui.copyButton}
          </button>
          {!Scenarios && (
            <button
              type="button"
              class="btn-outline"
              onClick={() => void import('./Scenarios').then((m) => this.setState({ Scenarios: m.default }))}
            >
              {ui.scenariosOpen}
            </button>
          )}
          <p role="status" class="w-full text-sm">
            {copied}
          </p>
        </div>
        {/* Saved scenarios keep only the fields that differ from the dollar examples: their stored meaning. */}
        {Scenarios && <Scenarios calc={this} rateOf={rateOf} defaults={defaultForm()} />}
      </div>
    );
  }
}
