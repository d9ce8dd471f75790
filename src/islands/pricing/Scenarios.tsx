/**
 * Named scenarios of the calculator, loaded when the reader opens them: save the inputs on screen under a name,
 * open or delete a saved one (with undo), and compare two or three side by side. Saved through the storage
 * module (the `scenarios` document), so they are exported and imported with the rest of the reader's data.
 * The calculator's own hourly maths comes in as `rateOf`, so both always agree.
 */
import { Component } from 'preact';
import type { Scenario, Scenarios as ScenarioData } from '../../lib/storage/documents';
import type { StorageChange } from '../../lib/storage/documents-store';
import type { DocumentState } from '../../lib/storage/document-state';
import { MAX_SCENARIO_NAME } from '../../lib/storage/limits';
import { SCENARIO_COPY as t } from '../../lib/pricing/copy';
import type { FormText } from '../../lib/pricing/form';
import {
  MAX_COMPARED,
  compareScenarios,
  deleteScenario,
  saveScenario,
  scenarioForm,
  scenarioId,
  type RateLike,
} from '../../lib/pricing/scenarios';
import { formatMoney } from '../../lib/format/numbers';
import { fillTemplate } from '../../lib/format/template';
import { openLocalDocument, saveOutcome } from '../../scripts/shared/local-documents';
import type PricingCalculator from './PricingCalculator';

interface Props {
  calc: PricingCalculator;
  /** The calculator's hourly maths over a form (its `value` is undefined when a field has a problem). */
  rateOf: (form: FormText) => { value: RateLike | undefined };
  /** The calculator's default form (lib/pricing/form.ts), passed in so this chunk does not take the form module. */
  defaults: FormText;
}

interface State {
  doc: DocumentState<ScenarioData>;
  name: string;
  /** Ids ticked for the comparison, in the order ticked. */
  compared: string[];
  message: string;
  notSaved: boolean;
  /** The last deleted scenario and its place, for undo. */
  deleted?: { scenario: Scenario; index: number } | undefined;
}

export default class Scenarios extends Component<Props, State> {
  private store = openLocalDocument('scenarios');
  /** Unreadable stored text set aside, as a download link (made once). */
  private rawUrl = '';
  override state: State = { doc: this.store.state, name: '', compared: [], message: '', notSaved: false };

  override componentDidMount() {
    addEventListener('storage', this.onStorage);
  }

  override componentWillUnmount() {
    removeEventListener('storage', this.onStorage);
  }

  /** Another tab saved scenarios: show them. */
  private onStorage = (event: StorageChange) => {
    if (this.store.applyExternalChange(event)) this.setState({ doc: this.store.state });
  };

  private update(op: (data: ScenarioData) => ScenarioData, message: string) {
    const result = this.store.update(op);
    const outcome = saveOutcome(result);
    this.setState({ doc: this.store.state, notSaved: !outcome.saved, message: outcome.saved ? message : '' });
  }

  private save = (e: Event) => {
    e.preventDefault();
    const { form, currency, platformId } = this.props.calc.state;
    const data = this.store.state.data;
    const now = new Date();
    const input = { name: this.state.name, form, currency, platform: platformId };
    const result = saveScenario(data, input, now.toISOString(), scenarioId(now, data.scenarios), this.props.defaults);
    if ('problem' in result) return this.setState({ message: t[result.problem] });
    const name = input.name.trim();
    // Applied to what is stored at the moment of saving, which another tab may have changed since.
    this.update(
      (d) => {
        const next = saveScenario(d, input, now.toISOString(), scenarioId(now, d.scenarios), this.props.defaults);
        return 'data' in next ? next.data : d;
      },
      fillTemplate(result.replaced ? t.replaced : t.saved, { name }),
    );
  };

  private open(s: Scenario) {
    const known = s.platform === 'direct' || this.props.calc.props.platforms.some((p) => p.id === s.platform);
    this.props.calc.setState({
      form: scenarioForm(s, this.props.defaults),
      currency: s.currency,
      platformId: known ? s.platform! : '',
      tab: 'hourly',
    });
    this.setState({ message: fillTemplate(t.opened, { name: s.name }) });
  }

  private remove(s: Scenario) {
    const index = this.store.state.data.scenarios.findIndex((x) => x.id === s.id);
    this.update((d) => deleteScenario(d, s.id), fillTemplate(t.removed, { name: s.name }));
    this.setState((st) => ({ deleted: { scenario: s, index }, compared: st.compared.filter((id) => id !== s.id) }));
  }

  private undo = () => {
    const deleted = this.state.deleted;
    if (!deleted) return;
    this.update(
      (d) =>
        d.scenarios.some((x) => x.id === deleted.scenario.id)
          ? d
          : {
              scenarios: [
                ...d.scenarios.slice(0, deleted.index),
                deleted.scenario,
                ...d.scenarios.slice(deleted.index),
              ],
            },
      fillTemplate(t.restored, { name: deleted.scenario.name }),
    );
    this.setState({ deleted: undefined });
  };

  private toggle(id: string, on: boolean) {
    this.setState((st) => ({ compared: on ? [...st.compared, id] : st.compared.filter((x) => x !== id) }));
  }

  render({ calc, rateOf, defaults }: Props, { doc, name, compared, message, notSaved, deleted }: State) {
    const { digits } = calc.state;
    const list = doc.data.scenarios;
    const chosen = compared.flatMap((id) => list.filter((s) => s.id === id));
    const columns = compareScenarios(chosen, (form) => rateOf(form).value, defaults);
    const platformName = (s: Scenario) =>
      s.platform === 'direct'
        ? t.direct
        : (calc.props.platforms.find((p) => p.id === s.platform)?.name ?? t.noPlatform);
    const locked = doc.readOnly;
    return (
      <section class="mt-8 print:hidden" aria-labelledby="scenarios-title" data-scenarios>
        <h2 id="scenarios-title" class="text-lg font-bold">
          {t.title}
        </h2>
        <p class="hint mt-1">{t.intro}</p>
        {locked && <p class="stale mt-2">{t.readOnly}</p>}
        {notSaved && (
          <p role="alert" class="stale mt-2">
            {t.notSaved}
          </p>
        )}
        {doc.notice?.kind === 'quarantined' && (
          <p class="stale mt-2">
            {t.quarantined}{' '}
            <a
              class="link"
              download="dalil-scenarios-backup.json"
              href={(this.rawUrl ||= URL.createObjectURL(new Blob([doc.notice.raw], { type: 'application/json' })))}
            >
              {t.downloadRaw}
            </a>
          </p>
        )}
        <form class="mt-3 flex flex-wrap items-end gap-3" onSubmit={this.save}>
          <div class="flex grow flex-col">
            <label for="scenario-name" class="font-bold">
              {t.nameLabel}
            </label>
            <input
              id="scenario-name"
              class="field-input"
              dir="auto"
              value={name}
              maxLength={MAX_SCENARIO_NAME}
              aria-describedby="scenario-name-hint"
              onInput={(e) => this.setState({ name: e.currentTarget.value })}
            />
            <span id="scenario-name-hint" class="hint">
              {t.nameHint}
            </span>
          </div>
          <button type="submit" class="btn" disabled={locked}>
            {t.save}
          </button>
        </form>
        <p role="status" class="mt-2 text-sm" data-scenario-status>
          {message}{' '}
          {deleted && (
            <button type="button" class="link" onClick={this.undo}>
              {t.undo}
            </button>
          )}
        </p>

        {list.length === 0 ? (
          <p class="mt-3">{t.none}</p>
        ) : (
          <>
            <p class="hint mt-3">{t.compareHint}</p>
            <ul class="mt-2 grid gap-2" data-scenario-list>
              {list.map((s) => {
                const on = compared.includes(s.id);
                return (
                  <li
                    key={s.id}
                    class="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-slate-200 pt-2 dark:border-slate-800"
                  >
                    <label class="flex min-w-0 grow items-center gap-2">
                      <input
                        type="checkbox"
                        checked={on}
                        disabled={!on && compared.length >= MAX_COMPARED}
                        onChange={(e) => this.toggle(s.id, e.currentTarget.checked)}
                      />
                      <span class="sr-only">{t.compare}</span>
                      <bdi class="font-bold wrap-anywhere">{s.name}</bdi>
                      <span class="text-sm">
                        {platformName(s)} · {calc.props.copy.currencies[s.currency]}
                      </span>
                    </label>
                    <button
                      type="button"
                      class="btn-outline"
                      aria-label={fillTemplate(t.openLabel, { name: s.name })}
                      onClick={() => this.open(s)}
                    >
                      {t.open}
                    </button>
                    <button
                      type="button"
                      class="btn-outline"
                      aria-label={fillTemplate(t.removeLabel, { name: s.name })}
                      disabled={locked}
                      onClick={() => this.remove(s)}
                    >
                      {t.remove}
                    </button>
                  </li>
                );
              })}
            </ul>
          </>
        )}

        {columns.length > 0 && (
          <div class="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={t.tableTitle}>
            <table class="w-full text-start text-sm" data-scenario-table>
              <caption class="text-start font-bold">{t.tableTitle}</caption>
              <thead>
                <tr>
                  <td />
                  {columns.map(({ scenario }) => (
                    <th key={scenario.id} scope="col" class="text-start">
                      <bdi>{scenario.name}</bdi>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {(['hourly', 'daily', 'yearlyAfterFee'] as const).map((key) => (
                  <tr key={key} class="border-t border-slate-200 dark:border-slate-800">
                    <th scope="row" class="text-start font-normal">
                      {key === 'yearlyAfterFee' ? t.yearly : t[key]}
                    </th>
                    {columns.map(({ scenario, figures }) => (
                      <td key={scenario.id} data-figure={key}>
                        {figures ? <bdi>{formatMoney(figures[key], scenario.currency, digits)}</bdi> : t.invalid}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr class="border-t border-slate-200 dark:border-slate-800">
                  <th scope="row" class="text-start font-normal">
                    {t.platform}
                  </th>
                  {columns.map(({ scenario }) => (
                    <td key={scenario.id}>{platformName(scenario)}</td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        )}
      </section>
    );
  }
}
