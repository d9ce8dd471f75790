/**
 * Named scenarios of the pricing calculator: the reader's inputs saved under a name (the stored document is
 * `scenarios` in storage/documents.ts), loaded again, deleted, and two or three compared side by side. Pure
 * operations on the document's data; the island saves them through the storage module. The calculator's defaults
 * come in as an argument: importing its form would split the page's first view into one more chunk.
 */
import type { Scenario, Scenarios } from '../storage/documents';
import { MAX_SCENARIO_NAME, MAX_SCENARIOS } from '../storage/limits';
import type { Currency } from '../format/currencies';
import type { FormText } from './form';

/** How many scenarios are compared at once: more columns do not fit a phone. */
export const MAX_COMPARED = 3;

export type ScenarioProblem = 'name-empty' | 'name-too-long' | 'full';

/** What the calculator shows now, as a scenario saves it. */
export interface ScenarioInput {
  name: string;
  form: FormText;
  currency: Currency;
  /** The chosen platform's id, `direct`, or '' for none. */
  platform: string;
}

const sameName = (a: string, b: string) => a.trim() === b.trim();

/**
 * Saves `input` under its name: a scenario of the same name is updated in place (same id, same position), any
 * other is added at the end. Only fields that differ from the defaults are kept, as the calculator's link does.
 */
export function saveScenario(
  data: Scenarios,
  input: ScenarioInput,
  savedAt: string,
  newId: string,
  defaults: FormText,
): { data: Scenarios; replaced: boolean } | { problem: ScenarioProblem } {
  const name = input.name.trim();
  if (name === '') return { problem: 'name-empty' };
  if (name.length > MAX_SCENARIO_NAME) return { problem: 'name-too-long' };
  const fields: Scenario['fields'] = {};
  for (const [id, text] of Object.entries(input.form) as [keyof FormText, string][])
    if (text !== defaults[id]) fields[id] = text;
  const existing = data.scenarios.find((s) => sameName(s.name, name));
  const scenario: Scenario = {
    id: existing?.id ?? newId,
    name,
    fields,
    currency: input.currency,
    ...(input.platform && { platform: input.platform }),
    savedAt,
  };
  if (existing) {
    return { data: { scenarios: data.scenarios.map((s) => (s === existing ? scenario : s)) }, replaced: true };
  }
  if (data.scenarios.length >= MAX_SCENARIOS) return { problem: 'full' };
  return { data: { scenarios: [...data.scenarios, scenario] }, replaced: false };
}

export function deleteScenario(data: Scenarios, id: string): Scenarios {
  return { scenarios: data.scenarios.filter((s) => s.id !== id) };
}

/** The calculator's whole form for a scenario: its saved fields over the defaults. */
export function scenarioForm(scenario: Scenario, defaults: FormText): FormText {
  return { ...defaults, ...scenario.fields };
}

/** The figures a comparison shows, from the calculator's own hourly maths (passed in, so both agree). */
export interface ScenarioFigures {
  hourly: number;
  daily: number;
  /** What the link to the goal planner carries: yearly gross × (1 − fee). */
  yearlyAfterFee: number;
}

export interface RateLike {
  hourly: number;
  daily: number;
  yearlyGross: number;
  yearlyPlatformFee: number;
}

/**
 * One column per scenario, in the order given (at most MAX_COMPARED): its figures, or null when one of its fields
 * no longer reads as a valid figure (it is shown as such, never as zero).
 */
export function compareScenarios(
  list: readonly Scenario[],
  rate: (form: FormText) => RateLike | undefined,
  defaults: FormText,
): { scenario: Scenario; figures: ScenarioFigures | null }[] {
  return list.slice(0, MAX_COMPARED).map((scenario) => {
    const r = rate(scenarioForm(scenario, defaults));
    return {
      scenario,
      figures: r ? { hourly: r.hourly, daily: r.daily, yearlyAfterFee: r.yearlyGross - r.yearlyPlatformFee } : null,
    };
  });
}

/** An id for a new scenario: a stable slug (storage's id rule) from the time and a counter. */
export function scenarioId(now: Date, taken: readonly Scenario[]): string {
  const base = `s-${now.getTime().toString(36)}`;
  let id = base;
  for (let n = 2; taken.some((s) => s.id === id); n++) id = `${base}-${n}`;
  return id;
}
