/**
 * The reader's backup: every stored document exported as one JSON file, and imported again after checking all of
 * it, so a refused file changes nothing.
 */
import * as z from 'zod/mini';
import { DOCUMENT_NAMES, DOCUMENTS, FORBIDDEN_KEYS, type DocumentName, type DocumentSpec } from './documents';
import { openDocument } from './documents-store';
import { decode, openEnvelope, type Envelope } from './envelope';
import { documentKey } from './keys';
import { MAX_IMPORT_BYTES } from './limits';
import { quarantine } from './quarantine';
import { tryRead, tryWrite, type KeyValueStore, type WriteFailure } from './stores';

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
