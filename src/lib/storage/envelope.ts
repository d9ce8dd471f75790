/**
 * What is stored under a document key: an envelope `{ schemaVersion, revision, updatedAt, data }`. Decoding
 * tells an absent key, a current or older document (migrated to the current version), a newer one and broken text
 * apart; it never throws. Shared by reading, writing, syncing and importing.
 */
import * as z from 'zod/mini';
import type { DocumentSpec } from './documents';

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

export type Opened<T> =
  | { kind: 'ok'; envelope: Envelope<T>; storedVersion: number }
  | { kind: 'newer'; storedVersion: number; revision: number; updatedAt: string | null; data: T | null }
  | { kind: 'invalid' };

/** Validates an envelope and migrates its data to the current version; shared by reading and importing. */
export function openEnvelope<T>(spec: DocumentSpec<T>, value: unknown): Opened<T> {
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

export type Decoded<T> =
  | { kind: 'absent' }
  | Exclude<Opened<T>, { kind: 'invalid' }>
  | { kind: 'corrupt'; reason: CorruptReason; raw: string };

/** Why a stored document was quarantined: the text was not JSON, or the JSON was not a valid document. */
export type CorruptReason = 'not-json' | 'invalid';

export function decode<T>(spec: DocumentSpec<T>, raw: string | null): Decoded<T> {
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

/** What `spec.salvage` keeps of broken stored text, validated; null when nothing can be kept (or not JSON at all). */
export function salvage<T>(spec: DocumentSpec<T>, raw: string): T | null {
  if (!spec.salvage) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const data =
    typeof value === 'object' && value !== null && Object.hasOwn(value, 'data')
      ? (value as { data: unknown }).data
      : null;
  const kept = spec.salvage(data);
  const checked = kept === null ? null : spec.schema.safeParse(kept);
  return checked?.success ? checked.data : null;
}
