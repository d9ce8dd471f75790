/**
 * One worked result per tool for the tools hub, computed at build time by the tools' own code from inputs the
 * guides already use (their `workedExamples`), so the hub never states a figure the tool would not give.
 * (Not in src/lib: it reads the content collections.)
 */
import { getCollection, getEntry } from 'astro:content';
import { isCurrency } from '../lib/format/currencies';
import { formatMoney, formatNumber, parseNumber } from '../lib/format/numbers';
import { countLabel, type ArabicNoun } from '../lib/format/plural';
import { defaultForm, FIELD_IDS, formToQuery, readField, type FieldId } from '../lib/pricing/form';
import { computeRate } from '../lib/pricing/hourly-rate';
import { defaultGoalText, planAddress, readGoalPlan } from '../lib/goals/form';
import { EXAMPLES } from '../lib/writing/examples';
import { review } from '../lib/writing/rules';
import type { ToolId } from '../lib/content/tools';

export interface ToolExample {
  /** What was typed in, as a sentence. */
  given: string;
  /** What the tool answers. */
  result: string;
  /** The tool with these inputs filled in, where it reads them from its address. */
  href?: string;
}

const NOTES: ArabicNoun = { one: 'ملاحظة واحدة', two: 'ملاحظتان', few: 'ملاحظات', many: 'ملاحظة', other: 'ملاحظة' };
const FACTS: ArabicNoun = { one: 'معلومة واحدة', two: 'معلومتان', few: 'معلومات', many: 'معلومة', other: 'معلومة' };
const PLATFORMS: ArabicNoun = { one: 'منصة واحدة', two: 'منصتان', few: 'منصات', many: 'منصة', other: 'منصة' };
const HOURS: ArabicNoun = { one: 'ساعة واحدة', two: 'ساعتان', few: 'ساعات', many: 'ساعة', other: 'ساعة' };
const ORDERS: ArabicNoun = { one: 'طلب واحد', two: 'طلبان', few: 'طلبات', many: 'طلبًا', other: 'طلب' };
const PROPOSALS: ArabicNoun = { one: 'عرض واحد', two: 'عرضان', few: 'عروض', many: 'عرضًا', other: 'عرض' };

async function workedExample(guideId: string, tool: 'pricing' | 'goals') {
  const example = (await getEntry('guides', guideId))?.data.workedExamples.find((e) => e.tool === tool);
  if (!example || !isCurrency(example.currency))
    throw new Error(`The ${guideId} guide has no worked example for the ${tool} tool.`);
  return { fields: example.fields, currency: example.currency };
}

async function pricing(): Promise<ToolExample> {
  const { fields, currency } = await workedExample('pricing-your-work', 'pricing');
  const form = { ...defaultForm(), ...fields };
  const n = {} as Record<FieldId, number>;
  for (const id of FIELD_IDS) {
    const read = readField(id, form[id]);
    if (!read.ok) throw new Error(`Pricing example: field ${id} = "${form[id]}" is not valid.`);
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
  if (!rate.ok) throw new Error('Pricing example: the calculator refuses its fields.');
  const money = (x: number) => formatMoney(x, currency, 'latn');
  return {
    given: `يبقى لك ${money(n.target)} في الشهر بعد عمولة ${formatNumber(n.fee * 100, { digits: 'latn' })}% ومصاريف ${money(n.expenses)}، و${countLabel(n.hours, HOURS)} مدفوعة في الأسبوع`,
    result: `اطلب ${money(rate.value.hourly)} في الساعة على الأقل`,
    href: `/tools/pricing/?${formToQuery(form, currency, 'hourly')}`,
  };
}

async function goals(): Promise<ToolExample> {
  const { fields, currency } = await workedExample('setting-goals', 'goals');
  const text = { ...defaultGoalText(), ...fields };
  const { value } = readGoalPlan(text);
  if (!value) throw new Error('Goals example: the planner refuses its fields.');
  const money = (x: number) => formatMoney(x, currency, 'latn');
  const price = parseNumber(text.averageOrderPrice);
  if (!price.ok) throw new Error('Goals example: its order price is not a number.');
  return {
    given: `دخل سنوي ${money(value.split.monthly * 12)} بعد العمولة، وطلب بسعر ${money(price.value)}`,
    result: `${countLabel(value.plan.ordersPerMonth, ORDERS)} في الشهر، و${countLabel(value.plan.proposalsPerWeek, PROPOSALS)} في الأسبوع`,
    href: planAddress(text, currency),
  };
}

function writing(): ToolExample {
  const { bad, good } = EXAMPLES.proposal;
  const notes = (n: number) => (n === 0 ? 'لا ملاحظات' : countLabel(n, NOTES));
  return {
    given: 'العرض الضعيف والعرض المحسّن في أمثلة الورشة على طلب مطعم',
    result: `${notes(review('proposal', bad).length)} على الأول، و${notes(review('proposal', good).length)} على الثاني`,
  };
}

async function platforms(): Promise<ToolExample> {
  const all = await getCollection('platforms');
  const checked = all.filter((p) => p.data.verifiedAt !== null).length;
  const unverified = all.reduce((sum, p) => sum + p.data.unverified.length, 0);
  return {
    given: `${countLabel(all.length, PLATFORMS)} جنبًا إلى جنب`,
    result:
      `${countLabel(unverified, FACTS)} موسومة «غير مؤكد» حتى نتحقق منها` +
      (checked > 0 ? `، و${countLabel(checked, PLATFORMS)} تحققنا منها بتاريخ` : ''),
  };
}

export async function toolExamples(): Promise<Record<ToolId, ToolExample>> {
  return { pricing: await pricing(), goals: await goals(), writing: writing(), platforms: await platforms() };
}
