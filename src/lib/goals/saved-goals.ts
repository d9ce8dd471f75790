/**
 * Saved goals, read without the storage module: the planner shows a returning reader's plan and log on a page view
 * without loading Zod and src/lib/storage/ (its weight is in `npm run bench`), which load only when the reader
 * changes something. Unlike the checklist and path readers this one is strict, because the planner must not show
 * data that the storage module would set aside: it vouches for a stored text only when the storage module would
 * open it as it is (the current version, every field valid) and returns null otherwise, and the planner then lets
 * the storage module open it at once (quarantine, migration, read-only newer version). Stricter than the schemas is
 * safe; looser never is (a unit test compares). Never throws and never writes.
 */
import type { GoalField } from '../storage/documents';
import type { Goals } from '../storage/documents';
import { MAX_FIELD_TEXT, MAX_NOTE_LENGTH } from '../storage/limits';
import { stripBidiControls } from '../format/bidi';
import { GOALS_VERSION } from '../storage/versions';
import { isCurrency } from '../format/currencies';

/** `goals.version` in storage/documents.ts, kept Zod-free in storage/versions.ts. */
export { GOALS_VERSION };

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A plain object with exactly these own keys, like Zod's strictObject. */
const exactly = (value: unknown, keys: readonly string[]): value is Plain =>
  isPlain(value) && Object.keys(value).length === keys.length && keys.every((k) => Object.hasOwn(value, k));

/** A real date or instant written as the site writes it: `Date` gives the same text back (no 30 February). */
function sameDate(text: unknown, form: RegExp): boolean {
  const time = typeof text === 'string' && form.test(text) ? Date.parse(text) : NaN;
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text as string);
}

const count = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0;
/** Text the schema keeps as it is: within its length, and without bidi controls (which the schema strips). */
const text = (x: unknown, max: number) => typeof x === 'string' && x.length <= max && stripBidiControls(x) === x;

const WEEK_KEYS = ['weekStart', 'income', 'orders', 'proposals', 'note'];

/** The goals stored as `raw` (none stored: empty ones), or null when only storage/documents-store.ts may decide what they are. */
/**
 * `fieldIds` are the planner's fields (GOAL_FIELD_IDS): passed in, so this module, loaded on its own, does not
 * pull the planner's form into a chunk of its own.
 */
export function goalsFromStoredText(raw: string | null, fieldIds: readonly GoalField[]): Goals | null {
  if (raw === null) return { fields: {}, weeks: [] };
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return null;
  }
  if (
    !exactly(envelope, ['schemaVersion', 'revision', 'updatedAt', 'data']) ||
    envelope.schemaVersion !== GOALS_VERSION
  )
    return null;
  if (!count(envelope.revision) || !sameDate(envelope.updatedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/))
    return null;
  const data = envelope.data;
  const keys = isPlain(data) && Object.hasOwn(data, 'currency') ? ['fields', 'weeks', 'currency'] : ['fields', 'weeks'];
  if (!exactly(data, keys) || !isPlain(data.fields) || !Array.isArray(data.weeks)) return null;
  if (keys.length === 3 && !isCurrency(data.currency as string)) return null;
  const { fields, weeks } = data;
  if (!Object.entries(fields).every(([k, v]) => (fieldIds as readonly string[]).includes(k) && text(v, MAX_FIELD_TEXT)))
    return null;
  const fine = (w: unknown) =>
    exactly(w, WEEK_KEYS) &&
    sameDate(w.weekStart, /^\d{4}-\d\d-\d\d$/) &&
    typeof w.income === 'number' &&
    w.income >= 0 &&
    w.income < Infinity &&
    count(w.orders) &&
    count(w.proposals) &&
    text(w.note, MAX_NOTE_LENGTH);
  if (weeks.length > 1000 || !weeks.every(fine) || new Set(weeks.map((w: Plain) => w.weekStart)).size !== weeks.length)
    return null;
  return data as Goals;
}
