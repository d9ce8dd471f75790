/**
 * The hourly rate the calculator shows for its own example fields (FIELDS' defaults, in dollars), with the fields a
 * test changed: what a browser test expects on screen, computed by the same formulas.
 */
import { computeRate, type RateInput } from '../../src/lib/pricing/hourly-rate';
import { FIELDS } from '../../src/lib/pricing/form';

const example = (id: keyof typeof FIELDS) => Number(FIELDS[id].defaultText);

export function exampleHourly(changed: Partial<RateInput> = {}): number {
  const rate = computeRate({
    targetNetMonthly: example('target'),
    monthlyExpenses: example('expenses'),
    taxRate: example('tax') / 100,
    platformFeeRate: example('fee') / 100,
    billableHoursPerWeek: example('hours'),
    weeksOffPerYear: example('weeksOff'),
    workingDaysPerWeek: example('days'),
    ...changed,
  });
  if (!rate.ok) throw new Error(`the calculator's examples with ${JSON.stringify(changed)} give no rate`);
  return rate.value.hourly;
}
