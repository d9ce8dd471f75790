/**
 * What the site keeps in the reader's browser: one Zod schema per stored document, its current version, an empty
 * value to start from, and the migrations that bring every earlier version up to date. The machinery that reads,
 * writes, quarantines and exports these lives in `storage/documents-store.ts`.
 */
import * as z from 'zod/mini';
import { STABLE_ID } from '../content/stable-ids';
import { ALL_DRAFT_FIELDS, DRAFT_KINDS } from './draft-kinds';
import { PLATFORM_ID, SCENARIO_FIELDS } from './scenario-fields';
import {
  MAX_DRAFT_NAME,
  MAX_DRAFT_TEXT,
  MAX_DRAFTS,
  MAX_FIELD_TEXT,
  MAX_NOTE_LENGTH,
  MAX_SCENARIO_NAME,
  MAX_SCENARIOS,
  MAX_WRITING_CHARS,
} from './limits';
import { stripBidiControls } from '../format/bidi';
import {
  CHECKLISTS_VERSION,
  GOALS_VERSION,
  META_VERSION,
  PRACTICE_VERSION,
  PROGRESS_VERSION,
  SCENARIOS_VERSION,
  WRITING_VERSION,
} from './versions';
import { CURRENCIES } from '../format/currencies';

/**
 * Keys that must never reach an object we build from stored or imported JSON: `__proto__` would reach the prototype
 * through a plain assignment, the other two fool code that trusts `obj.constructor`. Ids exclude them so every
 * stored document can be exported and imported again.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A stored document's contract: everything `storage/documents-store.ts` needs to read any version of it and write the current one. */
export interface DocumentSpec<T> {
  /** Lowercase slug; the document lives under `dalil:<name>`. */
  readonly name: string;
  /** Current schema version; stored envelopes with a higher one open read-only. */
  readonly version: number;
  /** Validates data of the current version. */
  readonly schema: z.ZodMiniType<T>;
  /** A fresh value for a reader with nothing stored (or whose stored document was quarantined). */
  readonly empty: () => T;
  /**
   * `migrations[i]` turns data of version `i + 1` into version `i + 2`, so there are `version - 1` of them. Each
   * validates its own input (throwing on a mismatch) so a broken old document is quarantined, never half-migrated.
   */
  readonly migrations: readonly ((data: unknown) => unknown)[];
  /**
   * What can be kept of the `data` of stored text that failed validation (a bad envelope, one bad entry): every
   * entry that is valid on its own, or null when none is. Documents that pages show from a loose read (progress,
   * checklists) have one, so a save never drops marks the reader was shown; the result is validated again.
   */
  readonly salvage?: (data: unknown) => T | null;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stable id (learning-path step, checklist, checklist item): the site's slug rule, minus keys unsafe in objects. */
export const storedId = z.string().check(
  z.maxLength(100),
  z.regex(STABLE_ID),
  z.refine((id) => !FORBIDDEN_KEYS.has(id), 'reserved id'),
);

// ---- progress: where the reader is on the learning path ----------------------------------------------------------

/** A step the reader marked; steps never touched are absent. */
export const stepStateSchema = z.enum(['done', 'skipped']);
export const progressSchema = z.record(storedId, stepStateSchema);
/** stepId → state. */
export type Progress = z.infer<typeof progressSchema>;

export const progress: DocumentSpec<Progress> = {
  name: 'progress',
  version: PROGRESS_VERSION,
  schema: progressSchema,
  empty: () => ({}),
  migrations: [],
  salvage(data) {
    if (!isPlainObject(data)) return null;
    const kept = Object.entries(data).filter(
      ([id, state]) => storedId.safeParse(id).success && stepStateSchema.safeParse(state).success,
    );
    return kept.length > 0 ? (Object.fromEntries(kept) as Progress) : null;
  },
};

// ---- checklists: ticked items -------------------------------------------------------------------------------------

/** Only ticked items are stored, so unticking deletes the key and a list never grows with `false`s. */
export const checklistsSchema = z.record(storedId, z.record(storedId, z.literal(true)));
/** checklistId → itemId → true. */
export type Checklists = z.infer<typeof checklistsSchema>;

export const checklists: DocumentSpec<Checklists> = {
  name: 'checklists',
  version: CHECKLISTS_VERSION,
  schema: checklistsSchema,
  empty: () => ({}),
  migrations: [],
  salvage(data) {
    if (!isPlainObject(data)) return null;
    const lists = Object.entries(data).flatMap(([listId, items]) => {
      if (!storedId.safeParse(listId).success || !isPlainObject(items)) return [];
      const ticked = Object.keys(items).filter((id) => items[id] === true && storedId.safeParse(id).success);
      return ticked.length > 0 ? [[listId, Object.fromEntries(ticked.map((id) => [id, true as const]))] as const] : [];
    });
    return lists.length > 0 ? Object.fromEntries(lists) : null;
  },
};

// ---- goals: the goal planner's inputs and weekly log -------------------------------------------------------------

/**
 * The planner's inputs, kept as the text the reader typed (Arabic-Indic digits, a half-typed "12,") so reopening
 * the page shows exactly what they left; `numbers.ts` turns them into numbers when the plan is computed.
 */
export const GOAL_FIELDS = [
  'targetYearlyNet',
  'averageOrderPrice',
  'platformFeePercent',
  'acceptancePercent',
  'workingDaysPerWeek',
  'weeksOff',
  'startPrice',
  'raiseEveryMonths',
  'raisePercent',
  'monthlyCapacity',
] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];

/** One week of the reader's own log; `weekStart` is the week's first day as `YYYY-MM-DD`. */
export const weekEntrySchema = z.strictObject({
  weekStart: z.iso.date(),
  income: z.number().check(z.nonnegative()),
  orders: z.int().check(z.nonnegative()),
  proposals: z.int().check(z.nonnegative()),
  note: z.string().check(z.overwrite(stripBidiControls), z.maxLength(MAX_NOTE_LENGTH)),
});
export type WeekEntry = z.infer<typeof weekEntrySchema>;

const weeksSchema = z.array(weekEntrySchema).check(
  z.maxLength(1000),
  z.refine((weeks) => new Set(weeks.map((w) => w.weekStart)).size === weeks.length, 'one entry per week'),
);

const fieldText = z.string().check(z.overwrite(stripBidiControls), z.maxLength(MAX_FIELD_TEXT));

export const goalsSchema = z.strictObject({
  fields: z.partialRecord(z.enum(GOAL_FIELDS), fieldText),
  weeks: weeksSchema,
  /** The currency the reader plans in; absent until they choose one (the planner's default then). */
  currency: z.optional(z.enum(CURRENCIES)),
});
export type Goals = z.infer<typeof goalsSchema>;

/**
 * Version 1 stored the platform fee as a fraction (`fee: 0.2`) beside the typed fields; version 2 keeps it as typed
 * text like the other inputs (`fields.platformFeePercent: "20"`).
 */
export const goalsV1Schema = z.strictObject({
  fields: z.partialRecord(z.enum(GOAL_FIELDS.filter((f) => f !== 'platformFeePercent' && f !== 'weeksOff')), fieldText),
  fee: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  weeks: weeksSchema,
});

/** 0.2 → "20", 0.075 → "7.5": rounded so floating-point noise (0.07 × 100) never reaches the reader. */
function fractionToPercentText(fraction: number): string {
  return String(Math.round(fraction * 1_000_000) / 10_000);
}

/** Version 2 had no `weeksOff` field; version 3 adds it (absent means the planner's default). */
export const goalsV2Schema = z.strictObject({
  fields: z.partialRecord(z.enum(GOAL_FIELDS.filter((f) => f !== 'weeksOff')), fieldText),
  weeks: weeksSchema,
});

/** Version 3 kept no currency, so a reader planning in pounds found dollars after a reload; version 4 keeps it. */
export const goalsV3Schema = z.strictObject({
  fields: z.partialRecord(z.enum(GOAL_FIELDS), fieldText),
  weeks: weeksSchema,
});

function goalsV1ToV2(input: unknown): unknown {
  const v1 = goalsV1Schema.parse(input);
  const fields: Goals['fields'] = { ...v1.fields };
  if (v1.fee !== null) fields.platformFeePercent = fractionToPercentText(v1.fee);
  return { fields, weeks: v1.weeks };
}

/**
 * No salvage: the planner shows stored goals only once they validate (lib/goals/saved-goals.ts, then this module),
 * so broken goals were never on screen; the reader gets the whole text back from quarantine.
 */
export const goals: DocumentSpec<Goals> = {
  name: 'goals',
  version: GOALS_VERSION,
  schema: goalsSchema,
  empty: () => ({ fields: {}, weeks: [] }),
  // A version that does not know weeksOff (or the currency) then opens a newer document read-only instead of
  // setting it aside.
  migrations: [goalsV1ToV2, (input) => goalsV2Schema.parse(input), (input) => goalsV3Schema.parse(input)],
};

// ---- meta: facts about the stored data itself --------------------------------------------------------------------

export const metaSchema = z.strictObject({
  /** When the reader last downloaded a backup, so the page can remind them; null until the first export. */
  lastExportedAt: z.nullable(z.iso.datetime()),
});
export type Meta = z.infer<typeof metaSchema>;

export const meta: DocumentSpec<Meta> = {
  name: 'meta',
  version: META_VERSION,
  schema: metaSchema,
  empty: () => ({ lastExportedAt: null }),
  migrations: [],
};

// ---- writing: the workbench's drafts -----------------------------------------------------------------------------

/**
 * One draft as the reader left it: its kind, a name they chose, and each field's text as typed (bidi controls
 * stripped like every stored text). Ids are stable slugs the page makes (`d-<time>-<n>`), so a draft keeps its
 * identity across renames, duplicates and imports.
 */
export const draftSchema = z.strictObject({
  id: storedId,
  kind: z.enum(DRAFT_KINDS),
  name: z.string().check(z.overwrite(stripBidiControls), z.maxLength(MAX_DRAFT_NAME)),
  fields: z.partialRecord(
    z.enum(ALL_DRAFT_FIELDS),
    z.string().check(z.overwrite(stripBidiControls), z.maxLength(MAX_DRAFT_TEXT)),
  ),
  updatedAt: z.iso.datetime(),
});
export type Draft = z.infer<typeof draftSchema>;

/** Characters of every field of every draft, the measure MAX_WRITING_CHARS bounds. */
export const writingChars = (drafts: readonly Draft[]): number =>
  drafts.reduce((n, d) => n + Object.values(d.fields).reduce((m, t) => m + (t?.length ?? 0), 0), 0);

export const writingSchema = z.strictObject({
  drafts: z.array(draftSchema).check(
    z.maxLength(MAX_DRAFTS),
    z.refine((drafts) => new Set(drafts.map((d) => d.id)).size === drafts.length, 'one draft per id'),
    z.refine((drafts) => writingChars(drafts) <= MAX_WRITING_CHARS, 'drafts too long'),
  ),
});
export type Writing = z.infer<typeof writingSchema>;

export const writing: DocumentSpec<Writing> = {
  name: 'writing',
  version: WRITING_VERSION,
  schema: writingSchema,
  empty: () => ({ drafts: [] }),
  migrations: [],
  /** Keeps every draft that is valid on its own, so one damaged draft does not take the others to quarantine. */
  salvage(data) {
    if (!isPlainObject(data) || !Array.isArray(data.drafts)) return null;
    const seen = new Set<string>();
    const kept: Draft[] = [];
    for (const d of data.drafts) {
      const parsed = draftSchema.safeParse(d);
      if (!parsed.success || seen.has(parsed.data.id) || kept.length >= MAX_DRAFTS) continue;
      if (writingChars([...kept, parsed.data]) > MAX_WRITING_CHARS) continue;
      seen.add(parsed.data.id);
      kept.push(parsed.data);
    }
    return kept.length > 0 ? { drafts: kept } : null;
  },
};

// ---- practice: self-check answers and project ticks --------------------------------------------------------------

/** Option ids of a self-check question (content.config.ts OPTION_IDS). */
export const OPTION_IDS = ['a', 'b', 'c', 'd'] as const;

/**
 * The reader's latest answer to a question: the options they chose, and when. Whether it is right is decided from
 * the content each time it is shown, so an edited answer key never leaves a stale verdict behind.
 */
export const answerSchema = z.strictObject({
  chosen: z.array(z.enum(OPTION_IDS)).check(
    z.minLength(1),
    z.maxLength(OPTION_IDS.length),
    z.refine((ids) => new Set(ids).size === ids.length, 'each option once'),
  ),
  at: z.iso.datetime(),
});
export type Answer = z.infer<typeof answerSchema>;

/** pathId → moduleId → criterionId → true; only ticked criteria are stored. */
const projectTicksSchema = z.record(storedId, z.record(storedId, z.record(storedId, z.literal(true))));

/**
 * A writing draft delivered as a module's project: a reference to the draft (lib/storage/deliverables.ts), with its
 * name at the time so a deleted draft can still be named. The draft's text stays in the writing document only.
 */
export const deliverableSchema = z.strictObject({
  kind: z.enum(DRAFT_KINDS),
  draftId: storedId,
  title: z.string().check(z.overwrite(stripBidiControls), z.maxLength(MAX_DRAFT_NAME)),
  markedAt: z.iso.datetime(),
});

/** pathId → moduleId → the delivered draft. */
const deliverablesSchema = z.record(storedId, z.record(storedId, deliverableSchema));

export const practiceSchema = z.strictObject({
  /** questionId → latest answer. Question ids are unique across the site and never reused. */
  answers: z.record(storedId, answerSchema),
  projects: projectTicksSchema,
  /** Absent until the reader marks a draft as a project's deliverable (and again once they unmark the last). */
  deliverables: z.optional(deliverablesSchema),
});
export type Practice = z.infer<typeof practiceSchema>;

/** Version 1 had no deliverables. */
export const practiceV1Schema = z.strictObject({
  answers: z.record(storedId, answerSchema),
  projects: projectTicksSchema,
});

export const practice: DocumentSpec<Practice> = {
  name: 'practice',
  version: PRACTICE_VERSION,
  schema: practiceSchema,
  empty: () => ({ answers: {}, projects: {} }),
  // Nothing to convert; the version says that deliverables may be present, so a site that does not know them opens
  // the document read-only instead of setting it aside as broken.
  migrations: [(input) => practiceV1Schema.parse(input)],
  /**
   * Keeps every answer, tick and delivered draft that is valid on its own, as the module page shows them from a
   * loose read.
   */
  salvage(data) {
    if (!isPlainObject(data)) return null;
    const answers = isPlainObject(data.answers)
      ? Object.entries(data.answers).filter(
          ([id, a]) => storedId.safeParse(id).success && answerSchema.safeParse(a).success,
        )
      : [];
    const projects: Practice['projects'] = {};
    let ticks = 0;
    if (isPlainObject(data.projects)) {
      for (const [pathId, modules] of Object.entries(data.projects)) {
        if (!storedId.safeParse(pathId).success || !isPlainObject(modules)) continue;
        for (const [moduleId, criteria] of Object.entries(modules)) {
          if (!storedId.safeParse(moduleId).success || !isPlainObject(criteria)) continue;
          const kept = Object.keys(criteria).filter((id) => criteria[id] === true && storedId.safeParse(id).success);
          if (kept.length === 0) continue;
          (projects[pathId] ??= {})[moduleId] = Object.fromEntries(kept.map((id) => [id, true as const]));
          ticks += kept.length;
        }
      }
    }
    const deliverables: NonNullable<Practice['deliverables']> = {};
    let delivered = 0;
    if (isPlainObject(data.deliverables)) {
      for (const [pathId, modules] of Object.entries(data.deliverables)) {
        if (!storedId.safeParse(pathId).success || !isPlainObject(modules)) continue;
        for (const [moduleId, ref] of Object.entries(modules)) {
          const parsed = deliverableSchema.safeParse(ref);
          if (!storedId.safeParse(moduleId).success || !parsed.success) continue;
          (deliverables[pathId] ??= {})[moduleId] = parsed.data;
          delivered++;
        }
      }
    }
    if (answers.length + ticks + delivered === 0) return null;
    const kept: Practice = { answers: Object.fromEntries(answers) as Practice['answers'], projects };
    if (delivered > 0) kept.deliverables = deliverables;
    return kept;
  },
};

// ---- scenarios: the pricing calculator's saved inputs ------------------------------------------------------------

/**
 * One set of the calculator's inputs the reader saved under a name, to load again or compare with others: the
 * fields as typed (like the planner's), the currency they are in and the platform chosen (absent for none).
 * Fields left out are the calculator's defaults.
 */
export const scenarioSchema = z.strictObject({
  id: storedId,
  name: z.string().check(
    z.overwrite(stripBidiControls),
    z.maxLength(MAX_SCENARIO_NAME),
    z.refine((name) => name.trim() !== '', 'a name'),
  ),
  fields: z.partialRecord(z.enum(SCENARIO_FIELDS), fieldText),
  currency: z.enum(CURRENCIES),
  platform: z.optional(z.string().check(z.regex(PLATFORM_ID))),
  savedAt: z.iso.datetime(),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const scenariosSchema = z.strictObject({
  scenarios: z.array(scenarioSchema).check(
    z.maxLength(MAX_SCENARIOS),
    z.refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'one scenario per id'),
  ),
});
export type Scenarios = z.infer<typeof scenariosSchema>;

export const scenarios: DocumentSpec<Scenarios> = {
  name: 'scenarios',
  version: SCENARIOS_VERSION,
  schema: scenariosSchema,
  empty: () => ({ scenarios: [] }),
  migrations: [],
  /** Keeps every scenario that is valid on its own, so one damaged entry does not take the others to quarantine. */
  salvage(data) {
    if (!isPlainObject(data) || !Array.isArray(data.scenarios)) return null;
    const seen = new Set<string>();
    const kept: Scenario[] = [];
    for (const s of data.scenarios) {
      const parsed = scenarioSchema.safeParse(s);
      if (!parsed.success || seen.has(parsed.data.id) || kept.length >= MAX_SCENARIOS) continue;
      seen.add(parsed.data.id);
      kept.push(parsed.data);
    }
    return kept.length > 0 ? { scenarios: kept } : null;
  },
};

// ---- the registry -------------------------------------------------------------------------------------------------

/** Every stored document, by name; export, import and the islands go through this. */
export const DOCUMENTS = { progress, checklists, practice, goals, writing, scenarios, meta } as const;
export type DocumentName = keyof typeof DOCUMENTS;
export const DOCUMENT_NAMES = Object.keys(DOCUMENTS) as DocumentName[];
/** The data type of a named document (`DocumentData<'goals'>` is `Goals`). */
export type DocumentData<N extends DocumentName> = (typeof DOCUMENTS)[N] extends DocumentSpec<infer T> ? T : never;
