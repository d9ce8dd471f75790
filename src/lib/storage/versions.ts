/**
 * The current schema version of each stored document. Zod-free, so a page that shows saved data loosely can tell
 * that a newer version of the site wrote it (and open it read-only) without loading the schemas; documents.ts
 * takes its versions from here.
 */
export const PROGRESS_VERSION = 1;
export const CHECKLISTS_VERSION = 1;
export const GOALS_VERSION = 4;
export const META_VERSION = 1;
export const WRITING_VERSION = 1;
export const PRACTICE_VERSION = 2;
export const SCENARIOS_VERSION = 1;
