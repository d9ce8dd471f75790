/**
 * A module's project delivered as a writing draft: the practice document keeps, per path and module, a reference to
 * the draft (its id, kind and name when it was marked), never a copy of its text, so the draft stays the reader's
 * one place to edit it. The workbench marks and unmarks; the module page shows it. Zod-free, so both read it from
 * the stored text without loading the schemas (the schema in documents.ts validates every write).
 */
import type { Practice } from './documents';
import { DRAFT_KINDS, type DraftKind } from './draft-kinds';
import { looseStoredData, ownValue } from './loose-read';

export interface DeliverableRef {
  kind: DraftKind;
  draftId: string;
  /** The draft's name when it was marked: what the page can still say once the draft is deleted. */
  title: string;
  markedAt: string;
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One stored reference, or null when anything about it is malformed. */
function refOf(value: unknown): DeliverableRef | null {
  if (!isObject(value)) return null;
  const kind = ownValue(value, 'kind');
  const draftId = ownValue(value, 'draftId');
  const title = ownValue(value, 'title');
  const markedAt = ownValue(value, 'markedAt');
  if (typeof kind !== 'string' || !(DRAFT_KINDS as readonly string[]).includes(kind)) return null;
  if (typeof draftId !== 'string' || draftId === '' || typeof title !== 'string' || typeof markedAt !== 'string')
    return null;
  if (Number.isNaN(Date.parse(markedAt))) return null;
  return { kind: kind as DraftKind, draftId, title, markedAt };
}

/** The draft delivered for one module's project, read loosely from the practice document's stored text. */
export function deliverableFromStoredText(raw: string | null, pathId: string, moduleId: string): DeliverableRef | null {
  const data = looseStoredData(raw);
  const all = data ? ownValue(data, 'deliverables') : undefined;
  const modules = isObject(all) ? ownValue(all, pathId) : undefined;
  return isObject(modules) ? refOf(ownValue(modules, moduleId)) : null;
}

/** Stored drafts' names by id, read loosely from the writing document's stored text (to tell a deleted draft). */
export function draftNamesFromStoredText(raw: string | null): Map<string, string> {
  const data = looseStoredData(raw);
  const drafts = data ? ownValue(data, 'drafts') : undefined;
  const names = new Map<string, string>();
  if (!Array.isArray(drafts)) return names;
  for (const d of drafts as unknown[]) {
    if (!isObject(d)) continue;
    const id = ownValue(d, 'id');
    const name = ownValue(d, 'name');
    if (typeof id === 'string' && typeof name === 'string') names.set(id, name);
  }
  return names;
}

/** Marks `ref` as the deliverable of a module's project (replacing an earlier one), or unmarks with null. */
export const setDeliverable =
  (pathId: string, moduleId: string, ref: DeliverableRef | null) =>
  (p: Practice): Practice => {
    const modules = { ...p.deliverables?.[pathId] };
    if (ref) modules[moduleId] = ref;
    else delete modules[moduleId];
    const deliverables = { ...p.deliverables };
    if (Object.keys(modules).length > 0) deliverables[pathId] = modules;
    else delete deliverables[pathId];
    const next: Practice = { ...p, deliverables };
    // An empty map is left out, so unmarking the last draft stores exactly what was stored before any mark.
    if (Object.keys(deliverables).length === 0) delete next.deliverables;
    return next;
  };

/** What the page says about a module's delivered draft: its current name, or that it was deleted. */
export interface DeliveredDraft {
  ref: DeliverableRef;
  /** The draft's name now (renamed since), or the name it had when marked once it is gone. */
  name: string;
  /** The draft is no longer stored on this device. */
  gone: boolean;
}

/** The reference resolved against the stored drafts' names (`draftNamesFromStoredText` or the loaded drafts). */
export function deliveredDraft(ref: DeliverableRef | null, names: ReadonlyMap<string, string>): DeliveredDraft | null {
  if (!ref) return null;
  const name = names.get(ref.draftId);
  if (name === undefined) return { ref, name: ref.title, gone: true };
  // A name the reader has since emptied would leave nothing to click: the one it had when marked stands in.
  return { ref, name: name.trim() === '' ? ref.title : name, gone: false };
}
