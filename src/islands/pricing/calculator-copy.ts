/** Props shared by the calculator island and the parts it loads on demand. */
import type { DigitSet } from '../../lib/format/numbers';
import type { Currency } from '../../lib/format/currencies';
import type { FieldId, FormText } from '../../lib/pricing/form';
import type { MessageKey } from '../../lib/forms/messages';
import type { TabId, UiKey } from '../../lib/pricing/copy';
import type { PlausibilityHint } from '../../lib/pricing/plausibility';
import type { FeeFact, FeeFigure } from '../../lib/pricing/fee-model';

export interface FieldCopy {
  label: string;
  hint: string;
}

/** Arabic copy rendered by the page (see lib/pricing-copy.ts) so it is not part of the bundle. */
export interface CalculatorCopy {
  fields: Record<FieldId, FieldCopy>;
  currencies: Record<Currency, string>;
  notes: Record<TabId, string>;
  messages: Record<MessageKey, string>;
  ui: Record<UiKey, string>;
  plausibility: Record<PlausibilityHint, string>;
}

export interface PlatformPreset {
  id: string;
  name: string;
  feePercent: number | null;
  /** The fee has not been checked on the platform's own pages. */
  feeUnverified: boolean;
  minimumPrice: number | null;
  currency: string;
  /** The fee model beyond the commission, from the collection: unknown figures are null, unchecked ones flagged. */
  fees: Record<FeeFact, FeeFigure>;
  /** What the reader should know about these figures (fee, whether and when it was verified), written by the page. */
  note: string;
}

/** What a tab's panel needs from the calculator. */
export interface PanelProps {
  form: FormText;
  copy: CalculatorCopy;
  currency: Currency;
  digits: DigitSet;
  setField: (id: FieldId, value: string) => void;
  /** The hourly rate from the first tab (last valid one), which the other models build on. */
  hourly: number | undefined;
  rateStale: boolean;
  platform: PlatformPreset | undefined;
}
