/**
 * Saved checklist ticks, read for display only. The checklist pages must show the reader's ticks at once without
 * loading the storage module (and its schemas) on every page view, so this reads the stored text loosely: it never
 * throws, never writes, and trusts nothing beyond "this item id of this list is true". Every write goes through
 * storage/documents-store.ts, which validates, quarantines unreadable data and reports failures.
 */
import { looseStoredData, ownValue } from '../storage/loose-read';

export function ticksFromStoredText(raw: string | null, listId: string, itemIds: readonly string[]): Set<string> {
  const ticked = new Set<string>();
  const data = looseStoredData(raw);
  const list = data && ownValue(data, listId);
  if (typeof list !== 'object' || list === null) return ticked;
  for (const id of itemIds) if (ownValue(list, id) === true) ticked.add(id);
  return ticked;
}
