/**
 * What the "your data" page shows before anything is loaded: when the data was last exported and which stored
 * texts were set aside. Loose and read-only (never throws, never writes); storage.ts does every write.
 */
export const META_KEY = 'dalil:meta';
export const QUARANTINE_PREFIX = 'dalil:quarantine:';

interface ReadOnlyStore {
  getItem(key: string): string | null;
  key(index: number): string | null;
  readonly length: number;
}

export function lastExportedAt(store: ReadOnlyStore | null): Date | null {
  try {
    const data = (JSON.parse(store?.getItem(META_KEY) ?? 'null') as { data?: { lastExportedAt?: unknown } } | null)?.data;
    const at = typeof data?.lastExportedAt === 'string' ? new Date(data.lastExportedAt) : null;
    return at && !Number.isNaN(at.getTime()) ? at : null;
  } catch {
    return null;
  }
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
