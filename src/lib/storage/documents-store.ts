/**
 * The reader's stored state: typed documents under `dalil:<name>` keys (see envelope.ts for what is stored).
 * Reading never throws and never loses text: broken documents are copied to a quarantine key first. Writing
 * re-reads the stored revision so two tabs never lose each other's changes, and reports when the browser would not
 * keep the data. No `window` here: the pages pass the store (`safeStore(() => localStorage)`) and a clock, which
 * keeps all of this testable.
 */
import { DOCUMENTS, type DocumentData, type DocumentName, type DocumentSpec } from './documents';
import { emptyState, keptNotice, stateFrom, type DocumentState, type StorageNotice } from './document-state';
import { decode, salvage, type Envelope } from './envelope';
import { documentKey } from './keys';
import { quarantine } from './quarantine';
import { tryRead, tryWrite, type KeyValueStore, type WriteFailure } from './stores';

/**
 * Opens a document. Never throws: an unreadable store gives an empty document; broken text is quarantined and
 * reported in `notice`, and once copied it is replaced by what the document can salvage of it (every entry valid on
 * its own; see `DocumentSpec.salvage`) or removed; a newer version opens read-only; older versions are migrated in
 * memory and written in the current version on the next save.
 */
export function readDocument<T>(store: KeyValueStore, spec: DocumentSpec<T>, now: () => Date): DocumentState<T> {
  const key = documentKey(spec);
  const read = tryRead(store, key);
  if ('failure' in read) return emptyState(spec);
  const decoded = decode(spec, read.raw);
  if (decoded.kind !== 'corrupt') return stateFrom(spec, decoded, null);
  const copy = quarantine(store, spec.name, decoded.raw, now);
  const quarantineKey = 'key' in copy ? copy.key : null;
  const notice: StorageNotice = { kind: 'quarantined', reason: decoded.reason, raw: decoded.raw, quarantineKey };
  const kept = salvage(spec, decoded.raw);
  // Until the copy is made the broken text stays where it is; the next save copies it before overwriting it.
  if (quarantineKey === null) return { ...emptyState(spec, notice), data: kept ?? spec.empty() };
  if (kept === null) {
    tryWrite(store, key, null);
    return emptyState(spec, notice);
  }
  // What could be read takes the broken text's place, so pages that read it loosely keep showing it.
  const envelope: Envelope<T> = {
    schemaVersion: spec.version,
    revision: 1,
    updatedAt: now().toISOString(),
    data: kept,
  };
  if (tryWrite(store, key, JSON.stringify(envelope)) !== null) return { ...emptyState(spec, notice), data: kept };
  const { revision, updatedAt } = envelope;
  return { data: kept, revision, updatedAt, storedVersion: spec.version, readOnly: false, notice };
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
      // This tab's copy when it never saw a stored one (it already holds what could be salvaged); else salvage now.
      base = doc.revision === 0 ? doc.data : (salvage(spec, fresh.raw) ?? spec.empty());
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
    const notice: StorageNotice = {
      kind: 'quarantined',
      reason: decoded.reason,
      raw: decoded.raw,
      quarantineKey: null,
    };
    return { ...emptyState(spec, notice), data: salvage(spec, decoded.raw) ?? spec.empty() };
  }
  return stateFrom(spec, decoded, keptNotice(doc));
}

/**
 * Another tab's write this soon after one of ours, without our change, was made before ours reached it: browsers
 * pass writes between tabs within milliseconds, and no reader switches tabs and undoes a change that fast.
 */
const RACE_WINDOW_MS = 1000;

/** Rounds of re-applying per change: enough for three tabs racing each other, few enough to end a tug of war. */
const MAX_REPLAYS = 5;

/** The value with every object's keys sorted: re-adding a mark moves its key to the end without changing the data. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.keys(value)
    .sort()
    .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]);
  return Object.fromEntries(entries);
}

/** Same data whatever the order of object keys (array order counts). */
const sameData = (a: unknown, b: unknown): boolean => JSON.stringify(sortedKeys(a)) === JSON.stringify(sortedKeys(b));

/**
 * One document for one page: holds the current state and routes reads, saves and storage events through it.
 *
 * Browsers pass storage between tabs asynchronously: two tabs that save within a few milliseconds each write from
 * a copy that has not yet received the other's write, and the later write replaces the earlier. The tab whose
 * change went missing notices (its storage then holds another tab's write, made within `RACE_WINDOW_MS` of its
 * change, that lacks it), applies its recent changes again on top and saves that as the next revision; the other
 * tabs take it as it arrives. So every tab's change survives and every tab ends with what is stored. This is why
 * pages save operations (set this field, add this week), never a copy of the whole document.
 */
export class DocumentStore<T> {
  readonly #store: KeyValueStore;
  readonly #now: () => Date;
  #state: DocumentState<T>;
  readonly spec: DocumentSpec<T>;
  /** This tab's changes of the last `RACE_WINDOW_MS`, oldest first, each with the time it was saved. */
  #recent: { change: (data: T) => T; at: number }[] = [];
  /** What this tab last wrote, to tell it apart from another tab's write of the same revision. */
  #written: Envelope<T> | null = null;
  /**
   * How many more times this tab may re-apply its changes before it takes the stored copy as it is: two tabs that
   * set one field to different values would otherwise take turns overwriting each other for ever.
   */
  #replays = MAX_REPLAYS;

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

  /** Reads the stored document again (after an import, for instance); what is stored now wins. */
  reload(): DocumentState<T> {
    this.#state = readDocument(this.#store, this.spec, this.#now);
    this.#recent = [];
    return this.#state;
  }

  /**
   * See `updateDocument`; the state is kept even when the save fails, so the page works from memory. When another
   * tab's write raced this tab's latest changes, they are applied again before `fn`.
   */
  update(fn: (data: T) => T): SaveResult<T> {
    this.#replays = MAX_REPLAYS;
    const stored = this.#stored();
    const raced = stored !== null && !this.#isCurrent(stored) && this.#racing(stored).length > 0;
    const result = this.#write(raced ? this.#replay(this.#racing(stored), fn) : fn);
    if (result.saved) {
      const at = Date.parse(result.state.updatedAt!);
      this.#recent = [...this.#recent.filter((c) => at - c.at < RACE_WINDOW_MS), { change: fn, at }];
    }
    return result;
  }

  /**
   * Applies a `storage` event; true when it changed this tab's copy (re-render then). The event's value can be
   * older than what this tab's storage holds (a browser keeps a tab's own write when another tab's arrives just
   * before it), so the stored text is read again.
   */
  applyExternalChange(event: StorageChange): boolean {
    if (event.key !== null && event.key !== this.key) return false;
    const read = tryRead(this.#store, this.key);
    const newValue = 'failure' in read ? event.newValue : read.raw;
    const decoded = decode(this.spec, newValue);
    const stored = decoded.kind === 'ok' ? decoded.envelope : null;
    if (stored && this.#isMine(stored)) return false;
    this.#state = applyExternalChange(this.spec, this.#state, { key: this.key, newValue }) ?? this.#state;
    const racing = stored ? this.#racing(stored) : [];
    if (racing.length > 0 && this.#replays > 0) {
      this.#replays--;
      const result = this.#write(this.#replay(racing, (data) => data));
      if (result.saved) {
        const at = Date.parse(result.state.updatedAt!);
        for (const c of racing) c.at = at;
      }
    }
    return true;
  }

  /** The stored envelope when it is readable and current, else null (nothing to race with). */
  #stored(): Envelope<T> | null {
    const read = tryRead(this.#store, this.key);
    if ('failure' in read) return null;
    const decoded = decode(this.spec, read.raw);
    return decoded.kind === 'ok' ? decoded.envelope : null;
  }

  #isCurrent(stored: Envelope<T>): boolean {
    return stored.revision === this.#state.revision && stored.updatedAt === this.#state.updatedAt;
  }

  #isMine(stored: Envelope<T>): boolean {
    const w = this.#written;
    return (
      w !== null && stored.revision === w.revision && stored.updatedAt === w.updatedAt && sameData(stored.data, w.data)
    );
  }

  /**
   * This tab's changes saved within `RACE_WINDOW_MS` of `stored`, another tab's write, when that write lacks them
   * (it was made from a copy that had not received them); none when it has them or was made later.
   */
  #racing(stored: Envelope<T>): { change: (data: T) => T; at: number }[] {
    const time = Date.parse(stored.updatedAt);
    const near = this.#recent.filter((c) => Math.abs(time - c.at) < RACE_WINDOW_MS);
    if (near.length === 0 || this.#isMine(stored)) return [];
    return sameData(this.#replay(near, (data) => data)(stored.data), stored.data) ? [] : near;
  }

  /** `changes`, then `fn`. */
  #replay(changes: { change: (data: T) => T }[], fn: (data: T) => T): (data: T) => T {
    return (data) => fn(changes.reduce((d, c) => c.change(d), data));
  }

  #write(fn: (data: T) => T): SaveResult<T> {
    const result = updateDocument(this.#store, this.spec, this.#state, fn, this.#now);
    this.#state = result.state;
    if (result.saved) {
      const { revision, updatedAt, data } = result.state;
      this.#written = { schemaVersion: this.spec.version, revision, updatedAt: updatedAt!, data };
    }
    return result;
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
