/**
 * The payment models beyond the hourly rate (project, incentive, retainer, value, microservice, price ladder).
 * Loaded only when the reader opens one of their tabs, so the first visit downloads just the hourly calculator.
 */
import { formatMoney, formatNumber } from '../../lib/format/numbers';
import {
  microMinimumPrice,
  microservicePayout,
  priceLadder,
  projectPrice,
  valueBasedPrice,
} from '../../lib/pricing/payment-models';
import { readField } from '../../lib/pricing/form';
import type { TabId } from '../../lib/pricing/copy';
import { Component } from 'preact';
import type { LadderStep, MicroservicePayout, ProjectPrice } from '../../lib/pricing/payment-models';
import { evaluate, LastValid, type Errors } from './read-form';
import { NumberField } from './NumberField';
import { fillTemplate } from '../../lib/format/template';
import { ResultCard } from '../shared/ResultCard';
import type { PanelProps, PlatformPreset } from './calculator-copy';
import { PlatformComparison } from './PlatformComparison';
import { FIELDS_OF } from '../../lib/pricing/tabs';

type Props = PanelProps & { tab: Exclude<TabId, 'hourly'>; platforms: PlatformPreset[] };

export default class OtherModels extends Component<Props> {
  private memory = {
    project: new LastValid<ProjectPrice>(),
    retainer: new LastValid<ProjectPrice>(),
    value: new LastValid<number>(),
    micro: new LastValid<MicroservicePayout>(),
    ladder: new LastValid<LadderStep[]>(),
  };

  render(props: Props) {
    const { tab, form, copy, currency, digits, setField, hourly, rateStale, platform } = props;
    if (tab === 'compare') return <PlatformComparison {...props} />;
    const ui = copy.ui;
    const money = (v: number) => formatMoney(v, currency, digits);
    const num = (v: number) => formatNumber(v, { digits, fractionDigits: 0 });

    const project = evaluate(
      form,
      ['projectHours', 'contingency'],
      (v) => projectPrice({ hours: v.projectHours, hourly: hourly ?? 0, contingencyRate: v.contingency }),
      { hours: 'projectHours', hourly: 'target', contingencyRate: 'contingency' },
    );
    const projectShown = this.memory.project.remember(project.value);
    const retainer = evaluate(
      form,
      ['retainerHours', 'retainerPremium'],
      (v) => projectPrice({ hours: v.retainerHours, hourly: hourly ?? 0, contingencyRate: v.retainerPremium }),
      { hours: 'retainerHours', hourly: 'target', contingencyRate: 'retainerPremium' },
    );
    const retainerShown = this.memory.retainer.remember(retainer.value);
    const value = evaluate(
      form,
      ['clientGain', 'share'],
      (v) => valueBasedPrice({ clientGain: v.clientGain, shareRate: v.share }),
      { clientGain: 'clientGain', shareRate: 'share' },
    );
    const valueShown = this.memory.value.remember(value.value);
    const micro = evaluate(
      form,
      ['servicePrice', 'fee', 'minutes'],
      (v) => microservicePayout({ price: v.servicePrice, platformFeeRate: v.fee, minutesPerOrder: v.minutes }),
      { price: 'servicePrice', platformFeeRate: 'fee', minutesPerOrder: 'minutes' },
    );
    const microShown = this.memory.micro.remember(micro.value);
    const ladder = evaluate(
      form,
      ['ladderStart', 'ladderTarget', 'ladderStep', 'ladderOrders'],
      (v) =>
        priceLadder({
          startPrice: v.ladderStart,
          targetPrice: v.ladderTarget,
          stepRate: v.ladderStep,
          ordersPerStep: v.ladderOrders,
        }),
      { startPrice: 'ladderStart', targetPrice: 'ladderTarget', stepRate: 'ladderStep', ordersPerStep: 'ladderOrders' },
    );
    const ladderShown = this.memory.ladder.remember(ladder.value);
    const bonus = readField('bonus', form.bonus);
    const servicePrice = readField('servicePrice', form.servicePrice);
    const minutes = readField('minutes', form.minutes);

    const errors: Errors = {
      ...project.errors,
      ...retainer.errors,
      ...value.errors,
      ...micro.errors,
      ...ladder.errors,
    };
    if (!bonus.ok) errors.bonus = bonus.message;

    return (
      <>
        <div class="grid gap-4 sm:grid-cols-2">
          {FIELDS_OF[tab].map((id) => (
            <NumberField
              key={id}
              id={id}
              copy={copy.fields[id]}
              value={form[id]}
              error={errors[id] && copy.messages[errors[id]]}
              currency={currency}
              onInput={setField}
              digits={digits}
            />
          ))}
        </div>
        <div class="mt-6" aria-live="polite">
          {(tab === 'project' || tab === 'incentive') && projectShown.shown && (
            <>
              {(projectShown.stale || rateStale) && (
                <p class="stale" data-stale>
                  {ui.stale}
                </p>
              )}
              <p class="text-lg" data-result="project">
                {ui.projectPrice}{' '}
                <strong>
                  <bdi>{money(projectShown.shown.price)}</bdi>
                </strong>
                : {ui.projectBase} <bdi>{money(projectShown.shown.base)}</bdi> {ui.projectAtRate}{' '}
                <bdi>{money(hourly ?? 0)}</bdi>، {ui.projectMargin} <bdi>{money(projectShown.shown.contingency)}</bdi>.
              </p>
              {tab === 'incentive' && bonus.ok && (
                <p class="mt-2 text-lg" data-result="incentive">
                  {ui.incentiveTotal}{' '}
                  <strong>
                    <bdi>{money(projectShown.shown.price * (1 + bonus.value))}</bdi>
                  </strong>
                  ، {ui.incentivePart} <bdi>{money(projectShown.shown.price * bonus.value)}</bdi>.
                </p>
              )}
            </>
          )}
          {tab === 'retainer' && retainerShown.shown && (
            <>
              {(retainerShown.stale || rateStale) && (
                <p class="stale" data-stale>
                  {ui.stale}
                </p>
              )}
              <p class="text-lg" data-result="retainer">
                {ui.retainer}{' '}
                <strong>
                  <bdi>{money(retainerShown.shown.price)}</bdi>
                </strong>
                ، {ui.retainerPremium} <bdi>{money(retainerShown.shown.contingency)}</bdi>.
              </p>
            </>
          )}
          {tab === 'value' && valueShown.shown !== undefined && (
            <>
              {valueShown.stale && (
                <p class="stale" data-stale>
                  {ui.stale}
                </p>
              )}
              <p class="text-lg" data-result="value">
                {ui.valuePrice}{' '}
                <strong>
                  <bdi>{money(valueShown.shown)}</bdi>
                </strong>
                {projectShown.shown && (
                  <>
                    ، {ui.valueVs} <bdi>{money(projectShown.shown.price)}</bdi> {ui.valueVsHours}
                  </>
                )}
              </p>
            </>
          )}
          {tab === 'micro' && microShown.shown && (
            <>
              {microShown.stale && (
                <p class="stale" data-stale>
                  {ui.stale}
                </p>
              )}
              <dl class="grid gap-3 sm:grid-cols-3">
                <ResultCard label={ui.receives} amount={money(microShown.shown.sellerReceives)} id="receives" />
                <ResultCard label={ui.keeps} amount={money(microShown.shown.platformKeeps)} id="keeps" />
                <ResultCard label={ui.effective} amount={money(microShown.shown.effectiveHourly)} id="effective" />
              </dl>
              {hourly !== undefined && servicePrice.ok && minutes.ok && (
                <p class="mt-3" data-micro-verdict>
                  {(() => {
                    const verdict = microMinimumPrice({
                      price: servicePrice.value,
                      minutesPerOrder: minutes.value,
                      hourlyRate: hourly,
                    });
                    return fillTemplate(verdict.enough ? ui.microEnough : ui.microLow, {
                      minimum: money(verdict.minimumPrice),
                    });
                  })()}
                </p>
              )}
              {platform?.minimumPrice != null &&
                platform.currency === currency &&
                servicePrice.ok &&
                servicePrice.value < platform.minimumPrice && (
                  <p class="mt-2 font-bold text-red-800 dark:text-red-300">
                    {ui.minPrice} {platform.name}: {formatMoney(platform.minimumPrice, platform.currency, digits)} (
                    {ui.unverified}).
                  </p>
                )}
            </>
          )}
          {tab === 'ladder' && ladderShown.shown && (
            <>
              {ladderShown.stale && (
                <p class="stale" data-stale>
                  {ui.stale}
                </p>
              )}
              <table class="w-full text-start" data-result="ladder">
                <caption class="text-start font-bold">{ui.ladderCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col" class="text-start">
                      {ui.stepCol}
                    </th>
                    <th scope="col" class="text-start">
                      {ui.priceCol}
                    </th>
                    <th scope="col" class="text-start">
                      {ui.ordersCol}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {ladderShown.shown.map((s) => (
                    <tr key={s.step} class="border-t border-slate-200 dark:border-slate-800">
                      <td>{num(s.step)}</td>
                      <td>
                        <bdi>{money(s.price)}</bdi>
                      </td>
                      <td>
                        {s.toOrder === null
                          ? `${ui.fromOrder} ${num(s.fromOrder)} ${ui.onwards}`
                          : `${num(s.fromOrder)} – ${num(s.toOrder)}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      </>
    );
  }
}
