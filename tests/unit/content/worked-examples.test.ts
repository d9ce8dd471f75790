/**
 * The worked examples in the guides (frontmatter `workedExamples`) state what a reader gets by typing given figures
 * into the pricing calculator or the goal planner. Each stated figure is recomputed here through the tools' own
 * form readers and maths, and must also appear in the guide's text, so a guide can never drift from the tools.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultForm, FIELD_IDS, readField, type FieldId } from '../../../src/lib/pricing/form';
import { computeRate } from '../../../src/lib/pricing/hourly-rate';
import { microMinimumPrice, microservicePayout } from '../../../src/lib/pricing/payment-models';
import { defaultGoalText, GOAL_FIELD_IDS, readGoalPlan } from '../../../src/lib/goals/form';
import { isCurrency } from '../../../src/lib/format/currencies';

interface Example {
  id: string;
  tool: 'pricing' | 'goals';
  currency: string;
  fields: Record<string, string>;
  figures: Record<string, number>;
}

const guidesDir = path.resolve(__dirname, '../../../content/guides');
const guides = fs
  .readdirSync(guidesDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(
      fs.readFileSync(path.join(guidesDir, f), 'utf8'),
    ) ?? [];
    const data = parse(front) as { workedExamples?: Example[] };
    return { file: f, body, examples: data.workedExamples ?? [] };
  });

/** Every figure the pricing calculator shows for these fields (the rest at their defaults). */
function pricingFigures(fields: Record<string, string>): Record<string, number> {
  const text = { ...defaultForm(), ...fields };
  const n = {} as Record<FieldId, number>;
  for (const id of FIELD_IDS) {
    const read = readField(id, text[id]);
    if (!read.ok) throw new Error(`field ${id} = "${text[id]}" is not valid: ${read.message}`);
    n[id] = read.value;
  }
  const rate = computeRate({
    targetNetMonthly: n.target,
    monthlyExpenses: n.expenses,
    taxRate: n.tax,
    platformFeeRate: n.fee,
    billableHoursPerWeek: n.hours,
    weeksOffPerYear: n.weeksOff,
    workingDaysPerWeek: n.days,
  });
  if (!rate.ok) throw new Error(`the calculator refuses these fields: ${JSON.stringify(rate.errors)}`);
  const micro = microservicePayout({ price: n.servicePrice, platformFeeRate: n.fee, minutesPerOrder: n.minutes });
  if (!micro.ok) throw new Error(`the microservice model refuses these fields: ${JSON.stringify(micro.errors)}`);
  const { minimumPrice } = microMinimumPrice({
    price: n.servicePrice,
    minutesPerOrder: n.minutes,
    hourlyRate: rate.value.hourly,
  });
  return { ...rate.value, ...micro.value, minimumPrice };
}

/** Every figure the goal planner shows for these fields (the rest at their defaults). */
function goalFigures(fields: Record<string, string>): Record<string, number> {
  const { value, errors } = readGoalPlan({ ...defaultGoalText(), ...fields });
  if (!value) throw new Error(`the planner refuses these fields: ${JSON.stringify(errors)}`);
  return { ...value.split, ...value.plan };
}

/** The numbers written in a text (Latin digits, comma thousands, dot decimals). */
function numbersIn(text: string): Set<number> {
  return new Set([...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replaceAll(',', ''))));
}

const round2 = (x: number) => Math.round(x * 100) / 100;

describe('worked examples in the guides', () => {
  const all = guides.flatMap((g) => g.examples.map((e) => ({ ...g, example: e })));

  it('the pricing, goals and microservice guides each carry one in dollars and one in a local currency', () => {
    for (const id of ['pricing-your-work', 'setting-goals', 'why-microservices-stagnate']) {
      const currencies = guides.find((g) => g.file === `${id}.mdx`)!.examples.map((e) => e.currency);
      expect(currencies, id).toContain('USD');
      expect(currencies.filter((c) => c !== 'USD').length, id).toBeGreaterThan(0);
    }
  });

  it.each(all.map((a) => [`${a.file} ${a.example.id}`, a] as const))('%s matches the tool', (_, { body, example }) => {
    expect(isCurrency(example.currency), `${example.currency} is not a currency the tools offer`).toBe(true);
    const known: readonly string[] = example.tool === 'pricing' ? FIELD_IDS : GOAL_FIELD_IDS;
    for (const f of Object.keys(example.fields)) expect(known, `unknown ${example.tool} field`).toContain(f);
    const computed = example.tool === 'pricing' ? pricingFigures(example.fields) : goalFigures(example.fields);
    const written = numbersIn(body);
    for (const [name, stated] of Object.entries(example.figures)) {
      expect(Object.keys(computed), `no figure called ${name}`).toContain(name);
      expect(stated, `${name}: the guide says ${stated}, the tool gives ${computed[name]}`).toBe(round2(computed[name]!));
      expect(written.has(stated), `${name} (${stated}) is not written in the guide's text`).toBe(true);
    }
    for (const text of Object.values(example.fields)) {
      expect(written.has(Number(text)), `input ${text} is not written in the guide's text`).toBe(true);
    }
  });

  it('catches a figure that does not match the calculator', () => {
    const f = pricingFigures({ target: '400', expenses: '30', tax: '0', fee: '20', hours: '10', weeksOff: '0' });
    expect(round2(f.hourly!)).toBe(12.4);
    expect(round2(f.hourly!)).not.toBe(12.5);
  });
});
