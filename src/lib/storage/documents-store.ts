/**
 * The reader's stored state: typed documents under `dalil:<name>` keys (see envelope.ts for what is stored).
 * Reading never throws and never loses text: broken documents are copied to a quarantine key first. Writing
 * re-reads the stored revision so two tabs never lose each other's changes, and reports when the browser would not
 * keep the data. No `window` here: the pages pass the store (`safeStore(() => localStorage)`) and a clock, which
 * keeps all of this testable.
 */
import { DOCUMENTS, type DocumentData, type DocumentName, type DocumentSpec } from './documents';
import { emptyState, keptNotice, stateFrom, type DocumentState, type StorageNotice } from './document-state';
import { decode, type Envelope } from './envelope';
import { documentKey } from './keys';
import { quarantine } from './quarantine';
import { tryRead, tryWrite, type KeyValueStore, type WriteFailure } from './stores';

/**
 * Opens a document. Never throws: an unreadable store gives an empty document; broken text is quarantined (and
 * removed from the document key once copied) and reported in `notice`; a newer version opens read-only; older
 * versions are migrated in memory and written in the current version on the next save.
 */
export function readDocument<T>(store: KeyValueStore, spec: DocumentSpec<T>, now: () => Date): DocumentState<T> {
  const read = tryRead(store, documentKey(spec));
  if ('failure' in read) return emptyState(spec);
  const decoded = decode(spec, read.raw);
  if (decoded.kind !== 'corrupt') return stateFrom(spec, decoded, null);
  const copy = quarantine(store, spec.name, decoded.raw, now);
  const quarantineKey = 'key' in copy ? copy.key : null;
  if (quarantineKey !== null) tryWrite(store, documentKey(spec), null);
  return emptyState(spec, { kind: 'quarantined', reason: decoded.reason, raw: decoded.raw, quarantineKey });
}

/** The outcome of a save. When not saved, `state` still holds the change in memory so the page keeps working. */
export type SaveResult<T> =
  | { saved: true; state: DocumentState<T> }
  /**
   * `read-only`: storage holds a newer version. `quota` / `unavailable`: the browser refused the write (show a
   * visible "not saved" warning). `invalid`: the change itself broke the schema, so nothing changed.
   */
  | { saved: false; reason: 'read-only' | 'invalid' | WriteFailure; state: DocumentState<T> };

/**
 * Applies `fn` and writes the result as revision + 1. The stored document is re-read first: if its revision (or
 * time) differs from what `doc` last saw, another tab wrote in between, so `fn` runs on the fresh stored data and
 * neither tab's change is lost. Otherwise `fn` runs on `doc.data`, which may hold earlier changes that could not
 * be saved. Broken stored text is quarantined before it is overwritten, and is not overwritten if that fails.
 */
export function updateDocument<T>(
  store: KeyValueStore,
  spec: DocumentSpec<T>,
  doc: DocumentState<T>,
  fn: (data: T) => T,
  now: () => Date,
): SaveResult<T> {
  const key = documentKey(spec);
  const inMemory = (data: T, reason: WriteFailure, notice = doc.notice): SaveResult<T> => ({
    saved: false,
    reason,
    state: { ...doc, data, readOnly: false, notice },
  });
  const read = tryRead(store, key);
  if ('failure' in read)
    return doc.readOnly ? { saved: false, reason: 'read-only', state: doc } : inMemory(fn(doc.data), read.failure);
  const fresh = decode(spec, read.raw);
  let notice = doc.notice?.kind === 'newer-version' ? null : doc.notice;
  let base: T;
  let revision = 0;
  switch (fresh.kind) {
    case 'newer':
      return { saved: false, reason: 'read-only', state: stateFrom(spec, fresh, keptNotice(doc)) };
    case 'ok': {
      const stored = fresh.envelope;
      revision = stored.revision;
      const current = stored.revision === doc.revision && stored.updatedAt === doc.updatedAt && !doc.readOnly;
      base = current ? doc.data : stored.data;
      break;
    }
    case 'absent':
      // Revision 0 means this tab never saw a stored copy; otherwise another tab removed it.
      base = doc.revision === 0 ? doc.data : spec.empty();
      break;
    case 'corrupt': {
      base = doc.revision === 0 ? doc.data : spec.empty();
      const copy = quarantine(store, spec.name, fresh.raw, now);
      if ('failure' in copy) {
        const pending: StorageNotice = {
          kind: 'quarantined',
          reason: fresh.reason,
          raw: fresh.raw,
          quarantineKey: null,
        };
        return inMemory(fn(base), copy.failure, pending);
      }
      notice = { kind: 'quarantined', reason: fresh.reason, raw: fresh.raw, quarantineKey: copy.key };
      break;
    }
  }
  const checked = spec.schema.safeParse(fn(base));
  if (!checked.success) return { saved: false, reason: 'invalid', state: doc };
  const envelope: Envelope<T> = {
    schemaVersion: spec.version,
    revision: revision + 1,
    updatedAt: now().toISOString(),
    data: checked.data,
  };
  const failure = tryWrite(store, key, JSON.stringify(envelope));
  if (failure) {
    // Remember what storage holds, so the next update knows its in-memory data is the newest.
    const seen = fresh.kind === 'ok' ? fresh.envelope : { revision: 0, updatedAt: null };
    const storedVersion = fresh.kind === 'ok' ? fresh.storedVersion : null;
    return {
      saved: false,
      reason: failure,
      state: {
        data: checked.data,
        revision: seen.revision,
        updatedAt: seen.updatedAt,
        storedVersion,
        readOnly: false,
        notice,
      },
    };
  }
  return {
    saved: true,
    state: {
      data: checked.data,
      revision: envelope.revision,
      updatedAt: envelope.updatedAt,
      storedVersion: spec.version,
      readOnly: false,
      notice,
    },
  };
}

/** The fields of a `StorageEvent` that matter here, so tests need no DOM. */
export interface StorageChange {
  key: string | null;
  newValue: string | null;
}

/**
 * How another tab's write (a `storage` event) changes this tab's copy: the new state, or null when the event is
 * about another key. `key: null` means the storage was cleared. Pure: broken text arriving this way is reported
 * but not copied; the next save re-reads it and quarantines it before writing. Filter events by `storageArea`
 * before calling.
 */
export function applyExternalChange<T>(
  spec: DocumentSpec<T>,
  doc: DocumentState<T>,
  event: StorageChange,
): DocumentState<T> | null {
  if (event.key !== null && event.key !== documentKey(spec)) return null;
  const decoded = decode(spec, event.key === null ? null : event.newValue);
  if (decoded.kind === 'corrupt') {
    return emptyState(spec, { kind: 'quarantined', reason: decoded.reason, raw: decoded.raw, quarantineKey: null });
  }
  return stateFrom(spec, decoded, keptNotice(doc));
}

/** One document for one island: holds the current state and routes reads, saves and storage events through it. */
export class DocumentStore<T> {
  readonly #store: KeyValueStore;
  readonly #now: () => Date;
  #state: DocumentState<T>;
  readonly spec: DocumentSpec<T>;

  constructor(store: KeyValueStore, spec: DocumentSpec<T>, now: () => Date) {
    this.#store = store;
    this.spec = spec;
    this.#now = now;
    this.#state = readDocument(store, spec, now);
  }

  get state(): DocumentState<T> {
    return this.#state;
  }

  /** The storage key, for matching `storage` events. */
  get key(): string {
    return documentKey(this.spec);
  }

  /** Reads the stored document again (after an import, for instance). */
  reload(): DocumentState<T> {
    this.#state = readDocument(this.#store, this.spec, this.#now);
    return this.#state;
  }

  /** See `updateDocument`; the state is kept even when the save fails, so the page works from memory. */
  update(fn: (data: T) => T): SaveResult<T> {
    const result = updateDocument(this.#store, this.spec, this.#state, fn, this.#now);
    this.#state = result.state;
    return result;
  }

  /** Applies a `storage` event; true when it concerned this document (re-render then). */
  applyExternalChange(event: StorageChange): boolean {
    const next = applyExternalChange(this.spec, this.#state, event);
    if (next) this.#state = next;
    return next !== null;
  }
}

/** Opens a named document with its data type inferred (`openDocument(store, 'goals', now).state.data` is `Goals`). */
export function openDocument<N extends DocumentName>(
  store: KeyValueStore,
  name: N,
  now: () => Date,
): DocumentStore<DocumentData<N>> {
  return new DocumentStore(store, DOCUMENTS[name] as DocumentSpec<DocumentData<N>>, now);
}
