/**
 * What the "your data" page shows before anything is loaded: when the data was last exported, which stored texts
 * were set aside as unreadable, and what imports replaced. Loose and read-only (never throws, never writes); storage/documents-store.ts does every write.
 */
import { QUARANTINE_PREFIX, META_KEY, SET_ASIDE_PREFIX } from './keys';
import { looseStoredData, ownValue } from './loose-read';

interface ReadOnlyStore {
  getItem(key: string): string | null;
  key(index: number): string | null;
  readonly length: number;
}

export function lastExportedAt(store: ReadOnlyStore | null): Date | null {
  let raw: string | null = null;
  try {
    raw = store?.getItem(META_KEY) ?? null;
  } catch {
    return null;
  }
  const data = looseStoredData(raw);
  const value = data && ownValue(data, 'lastExportedAt');
  const at = typeof value === 'string' ? new Date(value) : null;
  return at && !Number.isNaN(at.getTime()) ? at : null;
}

function keysStartingWith(store: ReadOnlyStore | null, prefix: string): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; store && i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
  } catch {
    /* storage blocked: nothing to list */
  }
  return keys.sort();
}

/** Stored texts set aside as unreadable, oldest first. */
export const quarantinedKeys = (store: ReadOnlyStore | null): string[] => keysStartingWith(store, QUARANTINE_PREFIX);

/** What imports replaced, oldest first. */
export const setAsideKeys = (store: ReadOnlyStore | null): string[] => keysStartingWith(store, SET_ASIDE_PREFIX);
