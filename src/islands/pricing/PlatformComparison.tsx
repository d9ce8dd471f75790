/**
 * One amount on every platform and with a direct client, from lib/pricing/fee-model: what the reader keeps if
 * they quote it, and what they must quote to keep it, with each platform's fee figures from the collection (each
 * unchecked one labelled, each unknown one named as left out). Part of the other models' chunk, loaded on demand.
 */
import { formatMoney, formatNumber } from '../../lib/format/numbers';
import { FEE_FACTS, keepFrom, platformModel, quoteFor, type FeeFact } from '../../lib/pricing/fee-model';
import { readField, type FieldId } from '../../lib/pricing/form';
import { fillTemplate } from '../../lib/format/template';
import { NumberField } from './NumberField';
import type { PanelProps, PlatformPreset } from './calculator-copy';

const FIELDS: FieldId[] = ['compareAmount', 'withdrawPercent', 'withdrawFixed'];

type Props = PanelProps & { platforms: PlatformPreset[] };

export function PlatformComparison({ form, copy, currency, digits, setField, platforms }: Props) {
  const ui = copy.ui;
  const read = Object.fromEntries(FIELDS.map((id) => [id, readField(id, form[id])])) as Record<
    FieldId,
    ReturnType<typeof readField>
  >;
  const money = (v: number) => formatMoney(v, currency, digits);
  const amount = read.compareAmount!;
  const wRate = read.withdrawPercent!;
  const wFixed = read.withdrawFixed!;
  const ready = amount.ok && wRate.ok && wFixed.ok;
  const rows: { id: string; name: string; fee: number | null; unverified: boolean; preset?: PlatformPreset }[] = [
    { id: 'direct', name: ui.directRow, fee: 0, unverified: false },
    ...platforms.map((p) => ({ id: p.id, name: p.name, fee: p.feePercent, unverified: p.feeUnverified, preset: p })),
  ];
  const none = { value: 0, unverified: false };
  const direct = Object.fromEntries(FEE_FACTS.map((f) => [f, none])) as PlatformPreset['fees'];
  const figures = (fee: number, preset?: PlatformPreset) => {
    if (!ready) return null;
    const reader = { withdrawalRate: wRate.value, withdrawalFixed: wFixed.value };
    const { model, leftOut } = platformModel(fee, preset?.fees ?? direct, reader, preset?.currency === currency);
    const keep = keepFrom(amount.value, model);
    const quote = quoteFor(amount.value, model);
    return keep.ok && quote.ok ? { values: [keep.value.inHand, quote.value.price], leftOut } : null;
  };
  // Facts no platform file gives are named once under the table; a row names only what it alone lacks.
  const unknownEverywhere = FEE_FACTS.filter((f) => platforms.every((p) => p.fees[f].value === null));
  const factNames = (list: readonly FeeFact[]) => list.map((f) => ui[`fact_${f}`]).join('، ');
  /** Each known fee figure with its label, and the unknown ones in one line: never a figure without its status. */
  const facts = (p: PlatformPreset, leftOut: readonly FeeFact[]) => {
    const unknown = FEE_FACTS.filter((f) => p.fees[f].value === null && !unknownEverywhere.includes(f));
    return (
      <>
        {FEE_FACTS.filter((f) => p.fees[f].value !== null).map((f) => {
          const { value, unverified } = p.fees[f];
          const shown = f.endsWith('Percent')
            ? `${formatNumber(value!, { digits })}٪`
            : formatMoney(value!, p.currency, digits);
          return (
            <span key={f} class="block" data-fact={f}>
              {ui[`fact_${f}`]}: <bdi>{shown}</bdi>
              {unverified && ` (${ui.unverified})`}
              {leftOut.includes(f) && ` (${ui.factOtherCurrency})`}
            </span>
          );
        })}
        {unknown.length > 0 && (
          <span class="block" data-facts-unknown>
            {fillTemplate(ui.factsUnknown, { facts: factNames(unknown) })}
          </span>
        )}
      </>
    );
  };
  const shown = amount.ok ? money(amount.value) : '…';

  return (
    <>
      <div class="grid gap-4 sm:grid-cols-3">
        {FIELDS.map((id) => {
          const r = read[id]!;
          return (
            <NumberField
              key={id}
              id={id}
              copy={copy.fields[id]}
              value={form[id]}
              error={r.ok ? undefined : copy.messages[r.message]}
              currency={currency}
              onInput={setField}
              digits={digits}
            />
          );
        })}
      </div>
      <table class="mt-6 w-full text-start text-sm sm:text-base" data-result="compare" aria-live="polite">
        <caption class="mb-2 text-start font-bold">{fillTemplate(ui.compareCaption, { amount: shown })}</caption>
        <thead>
          <tr class="text-sm">
            <th scope="col" class="text-start">
              {ui.colPlatform}
            </th>
            <th scope="col" class="text-start">
              {ui.colKeep}
            </th>
            <th scope="col" class="text-start">
              {ui.colQuote}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const f = row.fee === null ? null : figures(row.fee, row.preset);
            return (
              <tr key={row.id} data-platform={row.id} class="border-t border-slate-200 align-top dark:border-slate-800">
                <th scope="row" class="py-2 pe-2 text-start">
                  {row.name}
                  <span class="hint block font-normal">
                    {row.fee === null ? ui.unknownFee : `${formatNumber(row.fee, { digits })}٪`}
                    {row.fee !== null && row.unverified && ` (${ui.unverified})`}
                    {row.preset && facts(row.preset, f?.leftOut ?? [])}
                  </span>
                </th>
                {row.fee === null ? (
                  <td colSpan={2} class="hint py-2">
                    {ui.needFee}
                  </td>
                ) : (
                  f?.values.map((v, i) => (
                    <td key={i} class="py-2 pe-2" data-figure={i ? 'quote' : 'keep'}>
                      {/* A breakable space: a long amount wraps before its currency on a narrow phone. */}
                      <bdi>{money(v).replace('\u00a0', ' ')}</bdi>
                    </td>
                  ))
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {unknownEverywhere.length > 0 && (
        <p class="hint mt-2" data-facts-unknown-all>
          {fillTemplate(ui.factsUnknownAll, { facts: factNames(unknownEverywhere) })}
        </p>
      )}
    </>
  );
}
