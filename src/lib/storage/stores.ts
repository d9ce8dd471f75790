/**
 * The key-value stores documents live in: the part of the Web Storage API we use, an in-memory store for tests,
 * a wrapper for browsers where even reading `localStorage` throws, and reads and writes that report why the browser
 * refused instead of throwing. No `window` here: the pages pass `safeStore(() => localStorage)`.
 */

/** The part of the Web Storage API we use; `localStorage` satisfies it, and so does `memoryStore()` in tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** An in-memory store: for tests, and a stand-in wherever a `KeyValueStore` is needed without a browser. */
export function memoryStore(initial: Readonly<Record<string, string>> = {}): KeyValueStore {
  const entries = new Map(Object.entries(initial));
  return {
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, String(value)),
    removeItem: (key) => void entries.delete(key),
    key: (index) => [...entries.keys()][index] ?? null,
    get length() {
      return entries.size;
    },
  };
}

/** Thrown by `safeStore` writes when there is no storage at all, so saves report `unavailable`. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  constructor() {
    super('Web Storage is not available');
  }
}

/**
 * Wraps `localStorage` for browsers where merely reading `window.localStorage` throws (a SecurityError with
 * cookies blocked) or where it is missing: the getter runs once, lazily, inside a try. Without storage, reads find
 * nothing and writes throw `StorageUnavailableError`; with storage, its own errors (quota) pass through so the
 * document layer can name them.
 */
export function safeStore(getStorage: () => KeyValueStore | null | undefined): KeyValueStore {
  let resolved: KeyValueStore | null | undefined;
  const storage = (): KeyValueStore | null => {
    if (resolved === undefined) {
      try {
        resolved = getStorage() ?? null;
      } catch {
        resolved = null;
      }
    }
    return resolved;
  };
  const writable = (): KeyValueStore => {
    const s = storage();
    if (!s) throw new StorageUnavailableError();
    return s;
  };
  return {
    getItem: (key) => storage()?.getItem(key) ?? null,
    setItem: (key, value) => writable().setItem(key, value),
    removeItem: (key) => writable().removeItem(key),
    key: (index) => storage()?.key(index) ?? null,
    get length() {
      return storage()?.length ?? 0;
    },
  };
}

/** Why a write did not reach storage. */
export type WriteFailure = 'quota' | 'unavailable';

/** Quota errors differ by browser (name, legacy codes 22 and 1014); anything else means storage is unusable. */
function writeFailure(error: unknown): WriteFailure {
  if (typeof error === 'object' && error !== null) {
    const { name, code } = error as { name?: unknown; code?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) {
      return 'quota';
    }
  }
  return 'unavailable';
}

/** Reads a key; a throwing store reports why instead. */
export function tryRead(store: KeyValueStore, key: string): { raw: string | null } | { failure: WriteFailure } {
  try {
    return { raw: store.getItem(key) };
  } catch (error) {
    return { failure: writeFailure(error) };
  }
}

/** Writes a key (null removes it); returns why the browser refused, or null. */
export function tryWrite(store: KeyValueStore, key: string, value: string | null): WriteFailure | null {
  try {
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
    return null;
  } catch (error) {
    return writeFailure(error);
  }
}
