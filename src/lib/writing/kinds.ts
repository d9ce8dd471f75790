/** The three kinds of draft and their fields, shared by the rules, the stored drafts and the page. Zod-free. */

export const KINDS = ['proposal', 'service', 'profile'] as const;
export type Kind = (typeof KINDS)[number];

export const FIELDS = {
  proposal: ['post', 'reply'],
  service: ['title', 'description', 'delivery', 'extras', 'instructions'],
  profile: ['title', 'bio'],
} as const satisfies Record<Kind, readonly string[]>;

export type FieldOf<K extends Kind> = (typeof FIELDS)[K][number];
export type FieldId = FieldOf<Kind>;
export const ALL_FIELDS = [...new Set(Object.values(FIELDS).flat())] as FieldId[];

/** What the reader wrote, field by field; a missing field is empty. */
export type DraftFields = Partial<Record<FieldId, string>>;

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}
