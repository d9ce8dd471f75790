/**
 * What the workbench does to the stored drafts, as operations on the document (set one field, rename, add,
 * duplicate, delete): the storage module applies them to what is stored, so two tabs editing different drafts
 * or fields keep both. Pure; types only from the storage module, so nothing here loads its schemas.
 */
import type { Draft, Writing } from '../storage/documents';
import type { FieldId, Kind } from './kinds';

/** Drafts of a kind, most recently changed first. */
export function draftsOf(data: Writing, kind: Kind): Draft[] {
  return data.drafts.filter((d) => d.kind === kind).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** A fresh id for a draft: a slug the schema accepts, unique among `taken`. */
export function newDraftId(now: Date, taken: readonly Draft[], salt = 0): string {
  const ids = new Set(taken.map((d) => d.id));
  let n = salt;
  let id = `d-${now.getTime().toString(36)}-${n.toString(36)}`;
  while (ids.has(id)) id = `d-${now.getTime().toString(36)}-${(++n).toString(36)}`;
  return id;
}

/** «مسودة ٣»: the first number not used by a draft of this kind, so names stay distinct without the reader's help. */
export function defaultName(data: Writing, kind: Kind, prefix: string, format: (n: number) => string): string {
  const names = new Set(data.drafts.filter((d) => d.kind === kind).map((d) => d.name));
  let n = 1;
  while (names.has(`${prefix} ${format(n)}`)) n++;
  return `${prefix} ${format(n)}`;
}

/** Adds `draft` unless one with its id exists (another tab added it, or the page retries). */
export const addDraft =
  (draft: Draft) =>
  (data: Writing): Writing =>
    data.drafts.some((d) => d.id === draft.id) ? data : { drafts: [...data.drafts, draft] };

const change =
  (id: string, fn: (d: Draft) => Draft) =>
  (data: Writing): Writing => ({ drafts: data.drafts.map((d) => (d.id === id ? fn(d) : d)) });

/** Sets one field of one draft; a draft deleted meanwhile (in another tab) is added back with it, so no text is lost. */
export const setField =
  (draft: Draft, field: FieldId, text: string, now: Date) =>
  (data: Writing): Writing => {
    const base = data.drafts.some((d) => d.id === draft.id) ? data : addDraft(draft)(data);
    return change(draft.id, (d) => ({ ...d, fields: { ...d.fields, [field]: text }, updatedAt: now.toISOString() }))(
      base,
    );
  };

export const renameDraft = (id: string, name: string, now: Date) =>
  change(id, (d) => ({ ...d, name, updatedAt: now.toISOString() }));

export const removeDraft =
  (id: string) =>
  (data: Writing): Writing => ({ drafts: data.drafts.filter((d) => d.id !== id) });

/** A blank draft of a kind, or one holding `fields` (a template or an example). */
export function makeDraft(
  id: string,
  kind: Kind,
  name: string,
  now: Date,
  fields: Partial<Record<FieldId, string>> = {},
): Draft {
  return { id, kind, name, fields: { ...fields }, updatedAt: now.toISOString() };
}

/** The text a reader copies or prints: the fields they would paste into the platform, labelled when there are several. */
export function draftText(kind: Kind, fields: Draft['fields'], labels: Readonly<Record<string, string>>): string {
  if (kind === 'proposal') return fields.reply ?? '';
  const order: readonly FieldId[] =
    kind === 'profile' ? ['title', 'bio'] : ['title', 'description', 'delivery', 'extras', 'instructions'];
  return order
    .filter((f) => (fields[f] ?? '').trim() !== '')
    .map((f) => `${labels[f] ?? f}:\n${fields[f]!.trim()}`)
    .join('\n\n');
}
