/**
 * Length limits of what the reader types into stored documents, shared by the schemas (documents.ts), the strict
 * reader of saved goals, the week form and the fields that enforce them while typing. Zod-free.
 */

/** A goal planner field as typed (a number, with room for separators and direction marks). */
export const MAX_FIELD_TEXT = 100;

/** The note of one logged week. */
export const MAX_NOTE_LENGTH = 2000;

/** One field of a writing draft: a long paste is cut here (visibly), so one draft cannot fill the browser's quota. */
export const MAX_DRAFT_TEXT = 100_000;

/** A writing draft's name. */
export const MAX_DRAFT_NAME = 80;

/** Writing drafts kept at once, over the three kinds. */
export const MAX_DRAFTS = 100;

/**
 * All drafts' text together: about 600 kB of UTF-8 in Arabic, so a backup of them stays under MAX_IMPORT_BYTES and
 * imports again on any device.
 */
export const MAX_WRITING_CHARS = 300_000;

/** A pricing scenario's name. */
export const MAX_SCENARIO_NAME = 80;

/** Pricing scenarios kept at once: enough to compare every platform and currency a reader weighs. */
export const MAX_SCENARIOS = 50;

/** Import files above this many UTF-8 bytes are refused before parsing (ours are a few kilobytes). */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Nesting deeper than this is refused before validation: a backup is about six levels deep. */
export const MAX_IMPORT_DEPTH = 32;
