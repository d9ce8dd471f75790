/**
 * What the planner does with fields in its address (a link from the pricing calculator or a shared plan), loaded
 * only when the address has a query, once the stored plan is on screen. A plan the reader saved is never replaced
 * without asking: it stays, with an offer to use the link's values. With nothing saved, the link's values fill the
 * form and are saved with the reader's first edit. Once applied or declined, they leave the address, so a reload
 * shows the reader's own plan. See lib/goals/link.ts.
 */
import type { GoalText } from '../../lib/goals/form';
import { addressWithoutFields, goalTextFromQuery, linkAction, type FieldKeys } from '../../lib/goals/link';
import { isCurrency, type Currency } from '../../lib/format/currencies';
import { GOALS_KEY } from '../../lib/storage/keys';
import { looseStoredData, ownValue } from '../../lib/storage/loose-read';
import { readLocal } from '../../scripts/shared/local-storage';
import type GoalPlanner from './GoalPlanner';

/** How many fields the reader saved, their currency included (a loose count: anything stored counts as theirs). */
function savedFieldCount(): number {
  const data = looseStoredData(readLocal(GOALS_KEY));
  const fields = data && ownValue(data, 'fields');
  const currency = data && ownValue(data, 'currency') !== undefined ? 1 : 0;
  return (typeof fields === 'object' && fields !== null ? Object.keys(fields).length : 0) + currency;
}

/** `form` is the planner's GOAL_FORM, passed in so this chunk does not carry the planner's form (see lib/goals/link.ts). */
export function applyAddress(planner: GoalPlanner, form: FieldKeys) {
  const forgetLink = () => history.replaceState(history.state, '', addressWithoutFields(location.href, form));
  const query = new URLSearchParams(location.search);
  const given = goalTextFromQuery(query, form);
  // The link's currency is weighed like its fields: it never replaces the currency of a saved plan unasked.
  const cur = query.get('cur');
  const currency = isCurrency(cur) ? cur : undefined;
  const { text, readOnly } = planner.state;
  switch (
    linkAction({ ...given, currency }, { ...text, currency: planner.state.currency }, savedFieldCount(), readOnly)
  ) {
    case 'none':
      if (!readOnly) forgetLink();
      return;
    case 'fill':
      planner.setState((s) => ({
        text: { ...s.text, ...planner.examplesFor(s.text, s.currency, currency ?? s.currency), ...given },
        currency: currency ?? s.currency,
      }));
      // Written with the reader's first change (never before), and the address forgotten then.
      planner.saved.later((d) => {
        forgetLink();
        return { ...d, fields: { ...d.fields, ...given }, ...(currency && { currency }) };
      });
      return;
    case 'offer':
      planner.setState({
        offer: <LinkOffer planner={planner} given={given} currency={currency} forget={forgetLink} />,
      });
  }
}

function LinkOffer({
  planner,
  given,
  currency,
  forget,
}: {
  planner: GoalPlanner;
  given: Partial<GoalText>;
  currency: Currency | undefined;
  forget: () => void;
}) {
  const { ui, fields } = planner.props.copy;
  // In the form's order: the copy's fields are listed as the form shows them.
  const ids = (Object.keys(fields) as (keyof GoalText)[]).filter((id) => given[id] !== undefined);
  /** The notice goes away: focus moves to the plan's first field the link carries, never to the page's start. */
  const close = (use: boolean) => {
    // The currency first: its examples fill the fields the link leaves out, and the link's own fields win.
    if (use) {
      if (currency) planner.setCurrency(currency);
      planner.setFields(given);
    }
    forget();
    planner.setState({ offer: null });
    document.getElementById(`g-${ids[0]}`)?.focus();
  };
  return (
    <div role="status" class="stale" data-link-offer>
      <p>{ui.linkOffer}</p>
      <ul class="mt-2 list-disc ps-6">
        {ids.map((id) => (
          <li key={id}>
            {fields[id].label}: <bdi dir="ltr">{given[id]}</bdi>
          </li>
        ))}
        {currency && currency !== planner.state.currency && (
          <li>
            {ui.currency}: {planner.props.copy.currencies[currency]}
          </li>
        )}
      </ul>
      <p class="mt-3 flex flex-wrap gap-3">
        <button type="button" class="btn" onClick={() => close(true)}>
          {ui.useLink}
        </button>
        <button type="button" class="btn-outline" onClick={() => close(false)}>
          {ui.keepSaved}
        </button>
      </p>
    </div>
  );
}
