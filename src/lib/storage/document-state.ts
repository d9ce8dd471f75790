/** A document as one tab sees it, and the notices the page shows the reader about their stored data. */
import type { DocumentSpec } from './documents';
import type { CorruptReason, Decoded } from './envelope';

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

export function emptyState<T>(spec: DocumentSpec<T>, notice: StorageNotice | null = null): DocumentState<T> {
  return { data: spec.empty(), revision: 0, updatedAt: null, storedVersion: null, readOnly: false, notice };
}

export function stateFrom<T>(
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
export function keptNotice(doc: DocumentState<unknown>): StorageNotice | null {
  return doc.notice?.kind === 'quarantined' ? doc.notice : null;
}
