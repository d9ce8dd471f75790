/**
 * The kinds of writing draft and their fields, as stored (the schema in documents.ts) and as the workbench's rules
 * read them (lib/writing/kinds.ts re-exports these). Zod-free, so the workbench's first view does not load schemas.
 */

export const DRAFT_KINDS = ['proposal', 'service', 'profile'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const DRAFT_FIELDS = {
  proposal: ['post', 'reply'],
  service: ['title', 'description', 'delivery', 'extras', 'instructions'],
  profile: ['title', 'bio'],
} as const satisfies Record<DraftKind, readonly string[]>;

export type DraftFieldOf<K extends DraftKind> = (typeof DRAFT_FIELDS)[K][number];
export type DraftFieldId = DraftFieldOf<DraftKind>;
export const ALL_DRAFT_FIELDS = [...new Set(Object.values(DRAFT_FIELDS).flat())] as DraftFieldId[];
