/**
 * Saving checklist ticks through the storage module. Loaded only when the reader reaches for a box or the reset
 * button, so a checklist page view costs only the small reader in ./checklist.ts.
 */
import { openLocalDocument, saveOutcome, type SaveOutcome } from '../shared/local-documents';
import type { StorageChange } from '../../lib/storage/documents-store';

/**
 * Opened on the first save (never on a mere visit) and kept for the page's life, so that a tick raced by
 * another tab's save is applied again (see DocumentStore).
 */
let doc: ReturnType<typeof openLocalDocument<'checklists'>> | null = null;

export type { SaveOutcome };

/**
 * Ticks or unticks one item of a list, or (with `itemId` null) clears the list. One item at a time, so another
 * tab's tick in the same list is never undone.
 */
export function saveTick(listId: string, itemId: string | null, ticked: boolean): SaveOutcome {
  doc ??= openLocalDocument('checklists');
  const result = doc.update((all) => {
    const next = { ...all };
    const items = { ...next[listId] };
    if (itemId === null) for (const id of Object.keys(items)) delete items[id];
    else if (ticked) items[itemId] = true;
    else delete items[itemId];
    if (Object.keys(items).length === 0) delete next[listId];
    else next[listId] = items;
    return next;
  });
  return saveOutcome(result);
}

/** Another tab saved ticks: this page's copy takes them, or saves its own raced tick again on top. */
export const syncTicks = (event: StorageChange) => doc?.applyExternalChange(event) ?? false;
