/** The three kinds of draft and their fields (defined beside the stored drafts' schema, which must agree). */
import {
  ALL_DRAFT_FIELDS,
  DRAFT_FIELDS,
  DRAFT_KINDS,
  type DraftFieldId,
  type DraftFieldOf,
  type DraftKind,
} from '../storage/draft-kinds';

export const KINDS = DRAFT_KINDS;
export type Kind = DraftKind;
export const FIELDS = DRAFT_FIELDS;
export type FieldOf<K extends Kind> = DraftFieldOf<K>;
export type FieldId = DraftFieldId;
export const ALL_FIELDS = ALL_DRAFT_FIELDS;

/** What the reader wrote, field by field; a missing field is empty. */
export type DraftFields = Partial<Record<FieldId, string>>;

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}
