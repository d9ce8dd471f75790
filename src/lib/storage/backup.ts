/**
 * The reader's backup: every stored document exported as one JSON file, and imported again after checking all of
 * it, so a refused file changes nothing. An import first shows what the file holds against what is stored
 * (`previewImport`), and sets aside what it replaces, to download or restore with one button (`restoreSetAside`).
 */
import * as z from 'zod/mini';
import { DOCUMENT_NAMES, DOCUMENTS, FORBIDDEN_KEYS, type DocumentName, type DocumentSpec } from './documents';
import { openDocument } from './documents-store';
import { decode, openEnvelope, type Envelope } from './envelope';
import { documentKey, META_KEY, SET_ASIDE_PREFIX } from './keys';
import { MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH } from './limits';
import { quarantine } from './quarantine';
import { tryRead, tryWrite, type KeyValueStore, type WriteFailure } from './stores';
import { summarizeDocument, type DocumentSummary } from './summary';

/** The backup file: every readable document's envelope, in the current version. */
export interface ExportFile {
  app: 'dalil';
  exportedAt: string;
  documents: Partial<Record<DocumentName, unknown>>;
}

/**
 * The export, or why there is nothing to export: `empty` when nothing is stored (the reader saved nothing, or the
 * browser refused every save), `blocked` when the browser does not let the site use storage at all.
 */
export type ExportResult = { ok: true; text: string } | { ok: false; reason: 'empty' | 'blocked' };

/** The stored documents worth a backup: readable ones, and newer versions as stored (this version cannot read them). */
function storedEnvelopes(store: KeyValueStore): Partial<Record<DocumentName, unknown>> {
  const documents: Partial<Record<DocumentName, unknown>> = {};
  for (const name of DOCUMENT_NAMES) {
    const read = tryRead(store, documentKey(DOCUMENTS[name]));
    if ('failure' in read) continue;
    const decoded = decode<unknown>(DOCUMENTS[name], read.raw);
    if (decoded.kind === 'ok') documents[name] = decoded.envelope;
    else if (decoded.kind === 'newer' && read.raw !== null) documents[name] = JSON.parse(read.raw);
  }
  return documents;
}

/**
 * Every stored document as one JSON text for the reader to download, after recording the export time in `meta`
 * (so the page can show when the data was last saved outside the browser). Documents from a newer version are
 * included as stored; quarantined text is not (it is offered separately). With nothing but `meta` stored there is
 * nothing to export, and the export time is not recorded.
 */
export function exportAll(store: KeyValueStore, now: () => Date): ExportResult {
  if (Object.keys(storedEnvelopes(store)).every((name) => name === 'meta')) {
    // Writing back what is there tells a browser that blocks storage from one that simply holds nothing.
    const read = tryRead(store, META_KEY);
    const probe = 'failure' in read ? read.failure : tryWrite(store, META_KEY, read.raw);
    return { ok: false, reason: probe === 'unavailable' ? 'blocked' : 'empty' };
  }
  const exportedAt = now().toISOString();
  openDocument(store, 'meta', now).update((meta) => ({ ...meta, lastExportedAt: exportedAt }));
  const file: ExportFile = { app: 'dalil', exportedAt, documents: storedEnvelopes(store) };
  return { ok: true, text: JSON.stringify(file, null, 2) };
}

/**
 * Why an import file was refused; the page maps each to an Arabic message. `too-deep`: valid JSON nested far deeper
 * than any backup. `unknown-document`: a document this version does not know. `empty`: no document of the reader's
 * (a file with only `meta`, or none). `newer-file` / `newer-stored`: the file, or what is stored, comes from a newer
 * version of the site.
 */
export type ImportError =
  | 'too-large'
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'wrong-shape'
  | 'unknown-document'
  | 'empty'
  | 'newer-file'
  | 'newer-stored';

/**
 * Nothing was written (a browser that refused a write has everything put back). `document` names the offending
 * document when there is one.
 */
export type ImportRefusal = { ok: false; error: ImportError | WriteFailure; document?: DocumentName };

/** One document of an import: what the file holds against what is stored now (null: nothing; `damaged`: unreadable). */
export interface ImportComparison {
  name: DocumentName;
  incoming: DocumentSummary;
  stored: DocumentSummary | null;
  damaged: boolean;
}

export type ImportPreview = { ok: true; documents: ImportComparison[] } | ImportRefusal;

/** `setAside` is the key holding what the import replaced. */
export type ImportResult = { ok: true; imported: DocumentName[]; setAside: string } | ImportRefusal;

const importFileSchema = z.strictObject({
  app: z.literal('dalil'),
  exportedAt: z.iso.datetime(),
  documents: z.record(z.string(), z.unknown()),
});

/** UTF-8 size without encoding huge texts: a UTF-16 unit never takes fewer bytes than one. */
function tooLarge(text: string): boolean {
  return text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).byteLength > MAX_IMPORT_BYTES;
}

/**
 * Parses JSON and refuses any key that could reach a prototype (JSON.parse creates an own `__proto__`) and any
 * nesting deeper than a backup has. The walk is a loop, not recursion, so deep input cannot overflow the stack.
 */
function parseGuarded(text: string): { value: unknown } | { error: 'not-json' | 'too-deep' | 'forbidden-key' } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: error instanceof RangeError ? 'too-deep' : 'not-json' };
  }
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= MAX_IMPORT_DEPTH) return { error: 'too-deep' };
    for (const [key, child] of Object.entries(node)) {
      if (FORBIDDEN_KEYS.has(key)) return { error: 'forbidden-key' };
      pending.push([child, depth + 1]);
    }
  }
  return { value };
}

interface Replacement {
  name: DocumentName;
  /** The new data, or null to remove the document. */
  data: unknown;
}

interface Checked {
  replacements: Replacement[];
  documents: ImportComparison[];
}

/** Everything an import checks before writing, shared by the preview and the import itself. */
function checkImport(store: KeyValueStore, text: string): ({ ok: true } & Checked) | ImportRefusal {
  if (tooLarge(text)) return { ok: false, error: 'too-large' };
  const parsed = parseGuarded(text);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const file = importFileSchema.safeParse(parsed.value);
  if (!file.success) return { ok: false, error: 'wrong-shape' };
  const names = Object.keys(file.data.documents);
  if (names.some((name) => !(DOCUMENT_NAMES as string[]).includes(name)))
    return { ok: false, error: 'unknown-document' };
  if (names.every((name) => name === 'meta')) return { ok: false, error: 'empty' };

  const checked: Checked = { replacements: [], documents: [] };
  for (const name of DOCUMENT_NAMES) {
    if (!names.includes(name)) continue;
    const spec: DocumentSpec<unknown> = DOCUMENTS[name];
    const incoming = openEnvelope(spec, file.data.documents[name]);
    if (incoming.kind === 'newer') return { ok: false, error: 'newer-file', document: name };
    if (incoming.kind === 'invalid') return { ok: false, error: 'wrong-shape', document: name };
    const read = tryRead(store, documentKey(spec));
    if ('failure' in read) return { ok: false, error: read.failure };
    const stored = decode(spec, read.raw);
    if (stored.kind === 'newer') return { ok: false, error: 'newer-stored', document: name };
    checked.replacements.push({ name, data: incoming.envelope.data });
    checked.documents.push({
      name,
      incoming: summarizeDocument(name, incoming.envelope.data as never),
      stored: stored.kind === 'ok' ? summarizeDocument(name, stored.envelope.data as never) : null,
      damaged: stored.kind === 'corrupt',
    });
  }
  return { ok: true, ...checked };
}

/** What importing `text` would replace, document by document, without writing anything. */
export function previewImport(store: KeyValueStore, text: string): ImportPreview {
  const checked = checkImport(store, text);
  return checked.ok ? { ok: true, documents: checked.documents } : checked;
}

/** What `SET_ASIDE_PREFIX` keys hold. */
const setAsideSchema = z.strictObject({
  setAsideAt: z.iso.datetime(),
  documents: z.partialRecord(z.enum(DOCUMENT_NAMES as [DocumentName, ...DocumentName[]]), z.nullable(z.string())),
});

/**
 * Sets the stored text of the documents about to change aside under a new `SET_ASIDE_PREFIX` key, then writes each
 * as the stored revision + 1 (so open tabs take it), or removes it. Broken stored text is quarantined first, as on
 * any other save. If the browser refuses any write, everything is put back as it was.
 */
function replaceDocuments(
  store: KeyValueStore,
  replacements: Replacement[],
  now: () => Date,
): { ok: true; setAside: string } | ImportRefusal {
  const before: { name: DocumentName; raw: string | null; revision: number; corrupt: boolean }[] = [];
  for (const { name } of replacements) {
    const read = tryRead(store, documentKey(DOCUMENTS[name]));
    if ('failure' in read) return { ok: false, error: read.failure };
    const stored = decode<unknown>(DOCUMENTS[name], read.raw);
    if (stored.kind === 'newer') return { ok: false, error: 'newer-stored', document: name };
    const revision = stored.kind === 'ok' ? stored.envelope.revision : 0;
    before.push({ name, raw: read.raw, revision, corrupt: stored.kind === 'corrupt' });
  }

  const time = now().toISOString();
  let setAside = `${SET_ASIDE_PREFIX}${time}`;
  for (let n = 2; n < 1000; n++) {
    const taken = tryRead(store, setAside);
    if ('failure' in taken || taken.raw === null) break;
    setAside = `${SET_ASIDE_PREFIX}${time}~${n}`;
  }
  const record = { setAsideAt: time, documents: Object.fromEntries(before.map((b) => [b.name, b.raw])) };
  const kept = tryWrite(store, setAside, JSON.stringify(record));
  if (kept) return { ok: false, error: kept };

  const done: typeof before = [];
  for (const [i, { name, data }] of replacements.entries()) {
    const old = before[i]!;
    const key = documentKey(DOCUMENTS[name]);
    const copy = old.corrupt && old.raw !== null ? quarantine(store, name, old.raw, now) : null;
    const envelope: Envelope<unknown> | null =
      data === null
        ? null
        : { schemaVersion: DOCUMENTS[name].version, revision: old.revision + 1, updatedAt: time, data };
    const failure =
      (copy && 'failure' in copy ? copy.failure : null) ?? tryWrite(store, key, envelope && JSON.stringify(envelope));
    if (failure) {
      for (const undo of done) tryWrite(store, documentKey(DOCUMENTS[undo.name]), undo.raw);
      tryWrite(store, setAside, null);
      return { ok: false, error: failure };
    }
    done.push(old);
  }
  return { ok: true, setAside };
}

/**
 * Restores a backup made by `exportAll`. Everything is checked before anything is written, so a refused file
 * changes nothing; older versions are migrated. Each document in the file replaces the stored one, which is set
 * aside first (`SET_ASIDE_PREFIX`); documents absent from the file are left alone. A stored document from a newer
 * version is never overwritten: the whole import is refused with `newer-stored`.
 */
export function importAll(store: KeyValueStore, text: string, now: () => Date): ImportResult {
  const checked = checkImport(store, text);
  if (!checked.ok) return checked;
  const replaced = replaceDocuments(store, checked.replacements, now);
  if (!replaced.ok) return replaced;
  return { ok: true, imported: checked.replacements.map((r) => r.name), setAside: replaced.setAside };
}

/** A set-aside record, or null when the key holds anything else. */
function readSetAside(store: KeyValueStore, key: string): z.infer<typeof setAsideSchema> | null {
  if (!key.startsWith(SET_ASIDE_PREFIX)) return null;
  const read = tryRead(store, key);
  if ('failure' in read || read.raw === null) return null;
  const parsed = parseGuarded(read.raw);
  if ('error' in parsed) return null;
  const record = setAsideSchema.safeParse(parsed.value);
  return record.success ? record.data : null;
}

/**
 * What an import set aside, as a backup file `importAll` takes (the documents that were readable), for the reader
 * to download; null when the key holds no set-aside record.
 */
export function setAsideBackup(store: KeyValueStore, key: string): string | null {
  const record = readSetAside(store, key);
  if (!record) return null;
  const documents: Partial<Record<DocumentName, unknown>> = {};
  for (const name of DOCUMENT_NAMES) {
    const decoded = decode<unknown>(DOCUMENTS[name], record.documents[name] ?? null);
    if (decoded.kind === 'ok') documents[name] = decoded.envelope;
  }
  const file: ExportFile = { app: 'dalil', exportedAt: record.setAsideAt, documents };
  return JSON.stringify(file, null, 2);
}

/** `not-found`: the key holds no set-aside record (deleted in another tab, say). */
export type RestoreResult =
  { ok: true; restored: DocumentName[]; setAside: string } | ImportRefusal | { ok: false; error: 'not-found' };

/**
 * Puts back what an import set aside under `key`: each document as it was before (one that did not exist is
 * removed again; text that was unreadable is already in quarantine, so its document is removed too). What is
 * stored now is set aside in turn, so a restore can be undone the same way, and `key` is deleted.
 */
export function restoreSetAside(store: KeyValueStore, key: string, now: () => Date): RestoreResult {
  const record = readSetAside(store, key);
  if (!record) return { ok: false, error: 'not-found' };
  const replacements: Replacement[] = [];
  for (const name of DOCUMENT_NAMES) {
    if (!(name in record.documents)) continue;
    const decoded = decode<unknown>(DOCUMENTS[name], record.documents[name] ?? null);
    replacements.push({ name, data: decoded.kind === 'ok' ? decoded.envelope.data : null });
  }
  const replaced = replaceDocuments(store, replacements, now);
  if (!replaced.ok) return replaced;
  tryWrite(store, key, null);
  return { ok: true, restored: replacements.map((r) => r.name), setAside: replaced.setAside };
}

/** Deletes a set-aside record the reader no longer wants; refuses any other key. */
export function discardSetAside(store: KeyValueStore, key: string): boolean {
  return key.startsWith(SET_ASIDE_PREFIX) && tryWrite(store, key, null) === null;
}
