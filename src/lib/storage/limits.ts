/**
 * Length limits of what the reader types into stored documents, shared by the schemas (documents.ts), the strict
 * reader of saved goals, the week form and the fields that enforce them while typing. Zod-free.
 */

/** A goal planner field as typed (a number, with room for separators and direction marks). */
export const MAX_FIELD_TEXT = 100;

/** The note of one logged week. */
export const MAX_NOTE_LENGTH = 2000;

/** Import files above this many UTF-8 bytes are refused before parsing (ours are a few kilobytes). */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Nesting deeper than this is refused before validation: a backup is about six levels deep. */
export const MAX_IMPORT_DEPTH = 32;
