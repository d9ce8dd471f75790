/**
 * Broken stored text is never lost: before a document key is cleared or overwritten, its text is copied to
 * `dalil:quarantine:<name>:<ISO time>`, where the "your data" page offers it for download or deletion.
 */
import { QUARANTINE_PREFIX } from './keys';
import { tryRead, tryWrite, type KeyValueStore, type WriteFailure } from './stores';

/** A broken document kept aside for the reader to download or discard. */
export interface QuarantineEntry {
  key: string;
  /** Name of the document it was read from. */
  document: string;
  raw: string;
  /** ISO time of quarantining, from the key. */
  savedAt: string;
}

/** Every quarantined text, oldest first; never throws (an unreadable store has none). */
export function listQuarantine(store: KeyValueStore): QuarantineEntry[] {
  const entries: QuarantineEntry[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key === null || !key.startsWith(QUARANTINE_PREFIX)) continue;
      const rest = key.slice(QUARANTINE_PREFIX.length);
      const colon = rest.indexOf(':');
      const raw = store.getItem(key);
      if (colon < 0 || raw === null) continue;
      entries.push({ key, document: rest.slice(0, colon), raw, savedAt: rest.slice(colon + 1).replace(/~\d+$/, '') });
    }
  } catch {
    return entries;
  }
  return entries.sort((a, b) =>
    a.savedAt === b.savedAt ? a.key.localeCompare(b.key) : a.savedAt < b.savedAt ? -1 : 1,
  );
}

/** Deletes one quarantined text once the reader has downloaded or dismissed it; refuses any other key. */
export function discardQuarantine(store: KeyValueStore, key: string): boolean {
  if (!key.startsWith(QUARANTINE_PREFIX)) return false;
  return tryWrite(store, key, null) === null;
}

/** Copies `raw` aside, once: the same text already quarantined for this document keeps its key. */
export function quarantine(
  store: KeyValueStore,
  name: string,
  raw: string,
  now: () => Date,
): { key: string } | { failure: WriteFailure } {
  const existing = listQuarantine(store).find((entry) => entry.document === name && entry.raw === raw);
  if (existing) return { key: existing.key };
  const base = `${QUARANTINE_PREFIX}${name}:${now().toISOString()}`;
  const taken = (key: string): boolean => {
    const read = tryRead(store, key);
    return 'failure' in read || read.raw !== null;
  };
  let key = base;
  for (let n = 2; taken(key) && n < 1000; n++) key = `${base}~${n}`;
  const failure = tryWrite(store, key, raw);
  return failure ? { failure } : { key };
}
