/**
 * One amount on every platform and with a direct client, from lib/pricing/fee-model: what the reader keeps if
 * they quote it, and what they must quote to keep it. Part of the other models' chunk, loaded on demand.
 */
import { formatMoney, formatNumber } from '../../lib/format/numbers';
import { keepFrom, quoteFor, type FeeModel } from '../../lib/pricing/fee-model';
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
  const rows: { id: string; name: string; fee: number | null; unverified: boolean }[] = [
    { id: 'direct', name: ui.directRow, fee: 0, unverified: false },
    ...platforms.map((p) => ({ id: p.id, name: p.name, fee: p.feePercent, unverified: p.feeUnverified })),
  ];
  const figures = (fee: number) => {
    if (!ready) return null;
    const model: FeeModel = {
      sellerRate: fee / 100,
      buyerRate: 0,
      withdrawalRate: wRate.value,
      withdrawalFixed: wFixed.value,
    };
    const keep = keepFrom(amount.value, model);
    const quote = quoteFor(amount.value, model);
    return keep.ok && quote.ok ? [keep.value.inHand, quote.value.price] : null;
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
            const f = row.fee === null ? null : figures(row.fee);
            return (
              <tr key={row.id} data-platform={row.id} class="border-t border-slate-200 align-top dark:border-slate-800">
                <th scope="row" class="py-2 pe-2 text-start">
                  {row.name}
                  <span class="hint block font-normal">
                    {row.fee === null ? ui.unknownFee : `${formatNumber(row.fee, { digits })}٪`}
                    {row.fee !== null && row.unverified && ` (${ui.unverified})`}
                  </span>
                </th>
                {row.fee === null ? (
                  <td colSpan={2} class="hint py-2">
                    {ui.needFee}
                  </td>
                ) : (
                  f?.map((v, i) => (
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
    </>
  );
}
