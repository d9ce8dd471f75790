/**
 * What the "your data" page shows before anything is loaded: when the data was last exported and which stored
 * texts were set aside. Loose and read-only (never throws, never writes); storage/documents-store.ts does every write.
 */
import { QUARANTINE_PREFIX, META_KEY } from './keys';
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

export function quarantinedKeys(store: ReadOnlyStore | null): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; store && i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(QUARANTINE_PREFIX)) keys.push(key);
    }
  } catch {
    /* storage blocked: nothing to list */
  }
  return keys.sort();
}
