import { describe, expect, it } from 'vitest';
import { FIELD_IDS, defaultForm, readField, type FormText } from '../../../src/lib/pricing/form';
import { computeRate } from '../../../src/lib/pricing/hourly-rate';
import {
  MAX_COMPARED,
  compareScenarios,
  deleteScenario,
  saveScenario,
  scenarioForm,
  scenarioId,
  type ScenarioInput,
} from '../../../src/lib/pricing/scenarios';
import { SCENARIO_FIELDS } from '../../../src/lib/storage/scenario-fields';
import { scenariosSchema, type Scenarios } from '../../../src/lib/storage/documents';
import { MAX_SCENARIOS } from '../../../src/lib/storage/limits';

const T = '2026-12-05T12:00:00.000Z';
const empty: Scenarios = { scenarios: [] };
const input = (name: string, fields: Partial<FormText> = {}, extra: Partial<ScenarioInput> = {}): ScenarioInput => ({
  name,
  form: { ...defaultForm(), ...fields },
  currency: 'USD',
  platform: '',
  ...extra,
});
function saved(data: Scenarios, i: ScenarioInput, id = 's-1') {
  const result = saveScenario(data, i, T, id, defaultForm());
  if (!('data' in result)) throw new Error(result.problem);
  return result;
}
/** The calculator's hourly maths over a form, as the island passes it. */
function rate(form: FormText) {
  const v = (id: (typeof FIELD_IDS)[number]) => {
    const r = readField(id, form[id]);
    return r.ok ? r.value : NaN;
  };
  const r = computeRate({
    targetNetMonthly: v('target'),
    monthlyExpenses: v('expenses'),
    taxRate: v('tax'),
    platformFeeRate: v('fee'),
    billableHoursPerWeek: v('hours'),
    weeksOffPerYear: v('weeksOff'),
    workingDaysPerWeek: v('days'),
  });
  return r.ok ? r.value : undefined;
}

describe('named pricing scenarios', () => {
  it('stores exactly the calculator’s fields', () => {
    expect([...SCENARIO_FIELDS].sort()).toEqual([...FIELD_IDS].sort());
  });

  it('saves only the fields that differ from the defaults, with the currency and platform, as a valid document', () => {
    const { data, replaced } = saved(
      empty,
      input(' مستقل ', { target: '٢٠٠٠', tax: '20' }, { currency: 'EGP', platform: 'khamsat' }),
    );
    expect(replaced).toBe(false);
    expect(data.scenarios).toEqual([
      {
        id: 's-1',
        name: 'مستقل',
        fields: { target: '٢٠٠٠', tax: '20' },
        currency: 'EGP',
        platform: 'khamsat',
        savedAt: T,
      },
    ]);
    expect(scenariosSchema.parse(data)).toEqual(data);
    expect(scenarioForm(data.scenarios[0]!, defaultForm())).toEqual({ ...defaultForm(), target: '٢٠٠٠', tax: '20' });
    expect('platform' in saved(empty, input('x')).data.scenarios[0]!).toBe(false);
  });

  it('updates a scenario saved under the same name in place, and adds others at the end', () => {
    let data = saved(empty, input('أ', { target: '1500' }), 's-1').data;
    data = saved(data, input('ب'), 's-2').data;
    const again = saved(data, input('أ ', { target: '1800' }), 's-3');
    expect(again.replaced).toBe(true);
    expect(again.data.scenarios.map((s) => [s.id, s.name, s.fields.target])).toEqual([
      ['s-1', 'أ', '1800'],
      ['s-2', 'ب', undefined],
    ]);
    expect(deleteScenario(again.data, 's-1').scenarios.map((s) => s.id)).toEqual(['s-2']);
  });

  it('asks for a name, refuses a long one, and says when the list is full', () => {
    expect(saveScenario(empty, input('  '), T, 's-1', defaultForm())).toEqual({ problem: 'name-empty' });
    expect(saveScenario(empty, input('ا'.repeat(81)), T, 's-1', defaultForm())).toEqual({ problem: 'name-too-long' });
    let data = empty;
    for (let i = 0; i < MAX_SCENARIOS; i++) data = saved(data, input(`n${i}`), `s-${i}`).data;
    expect(saveScenario(data, input('one more'), T, 's-x', defaultForm())).toEqual({ problem: 'full' });
    // Updating an existing one still works when the list is full.
    expect('data' in saveScenario(data, input('n3', { tax: '5' }), T, 's-x', defaultForm())).toBe(true);
  });

  it('compares up to three side by side: rate per hour, per day, and the yearly target the planner link carries', () => {
    // #12's example: 2,000 net a month, 100 expenses, 20% tax, 6 weeks off, 25 paid hours, 20% fee.
    let data = saved(
      empty,
      input('المثال', { target: '2000', expenses: '100', tax: '20', weeksOff: '6', hours: '25', fee: '20' }),
      's-1',
    ).data;
    data = saved(data, input('مباشر', { target: '2000', expenses: '100', tax: '20', fee: '0' }), 's-2').data;
    data = saved(data, input('معطوب', { hours: 'abc' }), 's-3').data;
    data = saved(data, input('رابع'), 's-4').data;
    const columns = compareScenarios(data.scenarios, rate, defaultForm());
    expect(columns).toHaveLength(MAX_COMPARED);
    const [example, direct, broken] = columns;
    expect(example!.figures!.hourly).toBeCloseTo(33.913, 3);
    expect(example!.figures!.yearlyAfterFee).toBeCloseTo(31_200, 6);
    expect(example!.figures!.daily).toBeCloseTo(33.913 * 5, 2);
    // Without a fee the same net needs a lower rate, and the planner's figure is the whole gross.
    expect(direct!.figures!.hourly).toBeCloseTo(27.13, 2);
    expect(direct!.figures!.yearlyAfterFee).toBeCloseTo(31_200, 6);
    expect(broken!.figures).toBeNull();
  });

  it('makes ids the storage accepts, distinct from those taken', () => {
    const now = new Date(T);
    const first = scenarioId(now, []);
    const data = saved(empty, input('a'), first).data;
    const second = scenarioId(now, data.scenarios);
    expect(second).not.toBe(first);
    expect(scenariosSchema.safeParse(saved(data, input('b'), second).data).success).toBe(true);
  });
});
