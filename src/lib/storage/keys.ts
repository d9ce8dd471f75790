/**
 * Every key the site writes in the reader's browser, in one place. Each starts with `dalil:`, so our data never
 * mixes with other scripts' on the same origin. Zod-free and tiny, so any page can check for saved data cheaply.
 * Keys are separate constants so that each bundle keeps only the ones it reads (a unit test checks them all).
 */
export const KEY_PREFIX = 'dalil:';

/** The storage key of a document (`documents.ts` names them). */
export function documentKey(spec: { readonly name: string }): string {
  return `${KEY_PREFIX}${spec.name}`;
}

export const GOALS_KEY = 'dalil:goals';
export const PROGRESS_KEY = 'dalil:progress';
export const CHECKLISTS_KEY = 'dalil:checklists';
/** Self-check answers and project ticks of the path's modules. */
export const PRACTICE_KEY = 'dalil:practice';
export const META_KEY = 'dalil:meta';
/** Drafts of the writing workbench (profile, service, proposal). */
export const WRITING_KEY = 'dalil:writing';
/** The pricing calculator's named scenarios. */
export const SCENARIOS_KEY = 'dalil:scenarios';
/** The reader's light/dark choice; absent means "follow the system". */
export const THEME_KEY = 'dalil:theme';
/** Arabic-Indic (`arab`) or Latin (`latn`) digits in the tools. */
export const DIGITS_KEY = 'dalil:digits';

/** Every key above, by name. */
export const STORAGE_KEYS = {
  goals: GOALS_KEY,
  progress: PROGRESS_KEY,
  checklists: CHECKLISTS_KEY,
  practice: PRACTICE_KEY,
  meta: META_KEY,
  writing: WRITING_KEY,
  scenarios: SCENARIOS_KEY,
  theme: THEME_KEY,
  digits: DIGITS_KEY,
} as const;

/** Broken documents are copied to `dalil:quarantine:<name>:<ISO time>` before the document starts empty. */
export const QUARANTINE_PREFIX = 'dalil:quarantine:';

/**
 * Before an import replaces documents, their stored text is set aside under `dalil:before-import:<ISO time>`
 * (`{ setAsideAt, documents: { name: text or null } }`), for the "your data" page to offer for download or restore.
 */
export const SET_ASIDE_PREFIX = 'dalil:before-import:';

/** Keys written before every key carried the prefix, and where each now lives (the prefix plus the old name); moved once by the theme script. */
export const LEGACY_KEYS: Readonly<Record<string, string>> = { theme: THEME_KEY, digits: DIGITS_KEY };
