/**
 * Loaded only when the page opens with a query (a shared link): when one of its values cannot be read and sits on
 * a tab that is not shown, that tab opens with the field focused, so the reader sees what to correct at once.
 */
import type { FieldId, readField } from '../../lib/pricing/form';
import { tabForField } from '../../lib/pricing/tabs';
import type PricingCalculator from './PricingCalculator';

/** `read` is the form's readField, passed in so that this chunk does not split the form out of the page's first view. */
export function openBadField(calc: PricingCalculator, read: typeof readField) {
  const { form, tab } = calc.state;
  const bad = (Object.keys(form) as FieldId[]).find((id) => !read(id, form[id]).ok);
  if (!bad) return;
  const home = tabForField(bad, tab);
  if (!home) return;
  calc.setState({ tab: home });
  // The other models' panel may still be loading: wait for the field (a few seconds at most).
  let tries = 0;
  const focus = () => {
    const field = document.getElementById(`f-${bad}`);
    if (field) field.focus();
    else if (tries++ < 100) setTimeout(focus, 50);
  };
  focus();
}
