/**
 * The reader's stored state: typed documents under `dalil:<name>` keys, each an envelope
 * `{ schemaVersion, revision, updatedAt, data }`. Reading never throws and never loses text: broken documents are
 * copied to a quarantine key first. Writing re-reads the stored revision so two tabs never lose each other's
 * changes, and reports when the browser would not keep the data. No `window` here: the islands pass the store
 * (`safeStore(() => localStorage)`) and a clock, which keeps all of this testable.
 */
import * as z from 'zod/mini';
import {
  DOCUMENT_NAMES,
  DOCUMENTS,
  FORBIDDEN_KEYS,
  type DocumentData,
  type DocumentName,
  type DocumentSpec,
} from './documents';

/** Every key the site writes starts with this, so our data never mixes with other scripts' on the same origin. */
export const KEY_PREFIX = 'dalil:';
/** Broken documents are copied to `dalil:quarantine:<name>:<ISO time>` before the document starts empty. */
export const QUARANTINE_PREFIX = `${KEY_PREFIX}quarantine:`;
/** Import files above this many UTF-8 bytes are refused before parsing (ours are a few kilobytes). */
export const MAX_IMPORT_BYTES = 1_000_000;

// ---- stores ---------------------------------------------------------------------------------------------------------

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

function tryRead(store: KeyValueStore, key: string): { raw: string | null } | { failure: WriteFailure } {
  try {
    return { raw: store.getItem(key) };
  } catch (error) {
    return { failure: writeFailure(error) };
  }
}

function tryWrite(store: KeyValueStore, key: string, value: string | null): WriteFailure | null {
  try {
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
    return null;
  } catch (error) {
    return writeFailure(error);
  }
}

/** The storage key of a document. */
export function documentKey(spec: Pick<DocumentSpec<unknown>, 'name'>): string {
  return `${KEY_PREFIX}${spec.name}`;
}

// ---- envelopes ------------------------------------------------------------------------------------------------------

/** What is stored under a document key. `revision` counts writes, so a tab can tell its copy is stale. */
export interface Envelope<T> {
  schemaVersion: number;
  revision: number;
  updatedAt: string;
  data: T;
}

/** Only the version is read first: a newer envelope may have changed everything else. */
const versionProbe = z.looseObject({ schemaVersion: z.int().check(z.positive()) });
const newerProbe = z.looseObject({
  revision: z.catch(z.int().check(z.nonnegative()), 0),
  updatedAt: z.catch(z.nullable(z.string()), null),
});
const envelopeSchema = z.strictObject({
  schemaVersion: z.int().check(z.positive()),
  revision: z.int().check(z.nonnegative()),
  updatedAt: z.iso.datetime(),
  data: z.unknown(),
});

type Opened<T> =
  | { kind: 'ok'; envelope: Envelope<T>; storedVersion: number }
  | { kind: 'newer'; storedVersion: number; revision: number; updatedAt: string | null; data: T | null }
  | { kind: 'invalid' };

/** Validates an envelope and migrates its data to the current version; shared by reading and importing. */
function openEnvelope<T>(spec: DocumentSpec<T>, value: unknown): Opened<T> {
  const probe = versionProbe.safeParse(value);
  if (!probe.success) return { kind: 'invalid' };
  const storedVersion = probe.data.schemaVersion;
  if (storedVersion > spec.version) {
    // Shown read-only when the current schema still reads it; otherwise the reader sees an empty document.
    const loose = newerProbe.parse(value);
    const data = spec.schema.safeParse(loose['data']);
    return {
      kind: 'newer',
      storedVersion,
      revision: loose.revision,
      updatedAt: loose.updatedAt,
      data: data.success ? data.data : null,
    };
  }
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) return { kind: 'invalid' };
  let data = envelope.data.data;
  try {
    for (let version = storedVersion; version < spec.version; version++) {
      const migrate = spec.migrations[version - 1];
      if (!migrate) return { kind: 'invalid' };
      data = migrate(data);
    }
  } catch {
    return { kind: 'invalid' };
  }
  const parsed = spec.schema.safeParse(data);
  if (!parsed.success) return { kind: 'invalid' };
  const { revision, updatedAt } = envelope.data;
  return {
    kind: 'ok',
    storedVersion,
    envelope: { schemaVersion: spec.version, revision, updatedAt, data: parsed.data },
  };
}

type Decoded<T> =
  | { kind: 'absent' }
  | Exclude<Opened<T>, { kind: 'invalid' }>
  | { kind: 'corrupt'; reason: CorruptReason; raw: string };

/** Why a stored document was quarantined: the text was not JSON, or the JSON was not a valid document. */
export type CorruptReason = 'not-json' | 'invalid';

function decode<T>(spec: DocumentSpec<T>, raw: string | null): Decoded<T> {
  if (raw === null) return { kind: 'absent' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', reason: 'not-json', raw };
  }
  const opened = openEnvelope(spec, value);
  return opened.kind === 'invalid' ? { kind: 'corrupt', reason: 'invalid', raw } : opened;
}

// ---- document state -------------------------------------------------------------------------------------------------

/** Something the page should tell the reader (in Arabic) about their stored data. */
export type StorageNotice =
  /** Saved by a newer version of the site (another tab, or after a rollback): shown read-only, never overwritten. */
  | { kind: 'newer-version'; storedVersion: number }
  /**
   * The stored text could not be read. `raw` is offered for download; `quarantineKey` is where a copy was kept, or
   * null when the copy could not be written yet (the original then stays in place until a save can copy it).
   */
  | { kind: 'quarantined'; reason: CorruptReason; raw: string; quarantineKey: string | null };

/** A document as a tab sees it; immutable, so islands can compare snapshots. */
export interface DocumentState<T> {
  readonly data: T;
  /** Revision last seen in storage; 0 when nothing was stored. */
  readonly revision: number;
  /** `updatedAt` last seen in storage: with `revision`, tells a stale copy even if a deleted key restarted at 1. */
  readonly updatedAt: string | null;
  /** Version found in storage (before migration), or null when nothing usable was stored. */
  readonly storedVersion: number | null;
  /** True when storage holds a newer version: saves are refused. */
  readonly readOnly: boolean;
  readonly notice: StorageNotice | null;
}

function emptyState<T>(spec: DocumentSpec<T>, notice: StorageNotice | null = null): DocumentState<T> {
  return { data: spec.empty(), revision: 0, updatedAt: null, storedVersion: null, readOnly: false, notice };
}

function stateFrom<T>(
  spec: DocumentSpec<T>,
  decoded: Exclude<Decoded<T>, { kind: 'corrupt' }>,
  notice: StorageNotice | null,
): DocumentState<T> {
  switch (decoded.kind) {
    case 'absent':
      return emptyState(spec, notice);
    case 'ok': {
      const { revision, updatedAt, data } = decoded.envelope;
      return { data, revision, updatedAt, storedVersion: decoded.storedVersion, readOnly: false, notice };
    }
    case 'newer':
      return {
        data: decoded.data ?? spec.empty(),
        revision: decoded.revision,
        updatedAt: decoded.updatedAt,
        storedVersion: decoded.storedVersion,
        readOnly: true,
        notice: { kind: 'newer-version', storedVersion: decoded.storedVersion },
      };
  }
}

/** A quarantine notice outlives later reads until the page reloads, so a sync from another tab does not hide it. */
function keptNotice(doc: DocumentState<unknown>): StorageNotice | null {
  return doc.notice?.kind === 'quarantined' ? doc.notice : null;
}

// ---- quarantine -----------------------------------------------------------------------------------------------------

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
function quarantine(
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

// ---- reading, writing, syncing --------------------------------------------------------------------------------------

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

// ---- export and import ----------------------------------------------------------------------------------------------

/** The backup file: every readable document's envelope, in the current version. */
export interface ExportFile {
  app: 'dalil';
  exportedAt: string;
  documents: Partial<Record<DocumentName, unknown>>;
}

/**
 * Every stored document as one JSON text for the reader to download, after recording the export time in `meta`
 * (so the page can show when the data was last saved outside the browser). Documents from a newer version are
 * included as stored; quarantined text is not (it is offered separately).
 */
export function exportAll(store: KeyValueStore, now: () => Date): string {
  const exportedAt = now().toISOString();
  openDocument(store, 'meta', now).update((meta) => ({ ...meta, lastExportedAt: exportedAt }));
  const documents: Partial<Record<DocumentName, unknown>> = {};
  for (const name of DOCUMENT_NAMES) {
    const read = tryRead(store, documentKey(DOCUMENTS[name]));
    if ('failure' in read) continue;
    const decoded = decode<unknown>(DOCUMENTS[name], read.raw);
    if (decoded.kind === 'ok') documents[name] = decoded.envelope;
    else if (decoded.kind === 'newer' && read.raw !== null) documents[name] = JSON.parse(read.raw);
  }
  const file: ExportFile = { app: 'dalil', exportedAt, documents };
  return JSON.stringify(file, null, 2);
}

/** Why an import file was refused; the page maps each to an Arabic message. */
export type ImportError = 'too-large' | 'not-json' | 'forbidden-key' | 'wrong-shape' | 'newer-version';

export type ImportResult =
  | { ok: true; imported: DocumentName[] }
  /** Nothing was written. `document` names the offending document when there is one. */
  | { ok: false; error: ImportError; document?: DocumentName }
  /** The browser refused a write; documents already written were restored. */
  | { ok: false; error: WriteFailure };

const importFileSchema = z.strictObject({
  app: z.literal('dalil'),
  exportedAt: z.iso.datetime(),
  documents: z.partialRecord(z.enum(DOCUMENT_NAMES as [DocumentName, ...DocumentName[]]), z.unknown()),
});

/** UTF-8 size without encoding huge texts: a UTF-16 unit never takes fewer bytes than one. */
function tooLarge(text: string): boolean {
  return text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).byteLength > MAX_IMPORT_BYTES;
}

/** Parses JSON, noting any key that could reach a prototype; JSON.parse creates an own `__proto__`, which we refuse. */
function parseGuarded(text: string): { value: unknown; forbidden: boolean } | null {
  let forbidden = false;
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      return v;
    });
    return { value, forbidden };
  } catch {
    return null;
  }
}

/**
 * Restores a backup made by `exportAll`. Everything is checked before anything is written, so a refused file
 * changes nothing; older versions are migrated. Each document in the file replaces the stored one (as the stored
 * revision + 1, so open tabs take it); documents absent from the file are left alone. A stored document from a
 * newer version is never overwritten: the whole import is refused with `newer-version`.
 */
export function importAll(store: KeyValueStore, text: string, now: () => Date): ImportResult {
  if (tooLarge(text)) return { ok: false, error: 'too-large' };
  const parsed = parseGuarded(text);
  if (!parsed) return { ok: false, error: 'not-json' };
  if (parsed.forbidden) return { ok: false, error: 'forbidden-key' };
  const file = importFileSchema.safeParse(parsed.value);
  if (!file.success) return { ok: false, error: 'wrong-shape' };

  const writes: { name: DocumentName; data: unknown; before: string | null; revision: number; corrupt: boolean }[] = [];
  for (const name of DOCUMENT_NAMES) {
    if (!(name in file.data.documents)) continue;
    const spec: DocumentSpec<unknown> = DOCUMENTS[name];
    const incoming = openEnvelope(spec, file.data.documents[name]);
    if (incoming.kind === 'newer') return { ok: false, error: 'newer-version', document: name };
    if (incoming.kind === 'invalid') return { ok: false, error: 'wrong-shape', document: name };
    const read = tryRead(store, documentKey(spec));
    if ('failure' in read) return { ok: false, error: read.failure };
    const stored = decode(spec, read.raw);
    if (stored.kind === 'newer') return { ok: false, error: 'newer-version', document: name };
    const revision = stored.kind === 'ok' ? stored.envelope.revision : 0;
    writes.push({ name, data: incoming.envelope.data, before: read.raw, revision, corrupt: stored.kind === 'corrupt' });
  }

  const updatedAt = now().toISOString();
  const done: typeof writes = [];
  for (const write of writes) {
    // Broken stored text is kept aside before being replaced, as on any other save.
    const copy = write.corrupt && write.before !== null ? quarantine(store, write.name, write.before, now) : null;
    const envelope: Envelope<unknown> = {
      schemaVersion: DOCUMENTS[write.name].version,
      revision: write.revision + 1,
      updatedAt,
      data: write.data,
    };
    const failure =
      (copy && 'failure' in copy ? copy.failure : null) ??
      tryWrite(store, documentKey(DOCUMENTS[write.name]), JSON.stringify(envelope));
    if (failure) {
      for (const undo of done) tryWrite(store, documentKey(DOCUMENTS[undo.name]), undo.before);
      return { ok: false, error: failure };
    }
    done.push(write);
  }
  return { ok: true, imported: writes.map((write) => write.name) };
}
