/**
 * The storage module bound to this browser: `localStorage` (or, where the browser refuses it, a store that says
 * so on every write) and the current time. Imported only by the parts that load on the first change.
 */
import type { DocumentName } from '../../lib/storage/documents';
import { openDocument, type SaveResult } from '../../lib/storage/documents-store';
import { safeStore } from '../../lib/storage/stores';

export const localStore = () => safeStore(() => localStorage);

export const now = () => new Date();

/** A stored document of this browser, opened and ready to update. */
export const openLocalDocument = <N extends DocumentName>(name: N) => openDocument(localStore(), name, now);

/** What a page tells the reader after a save. */
export interface SaveOutcome {
  saved: boolean;
  /** Storage holds data from a newer version of the site: nothing was written. */
  readOnly: boolean;
  /** Unreadable data set aside (what could be read of it kept), to offer for download. */
  quarantinedRaw: string | null;
}

export function saveOutcome<T>(result: SaveResult<T>): SaveOutcome {
  const notice = result.state.notice;
  return {
    saved: result.saved,
    readOnly: result.state.readOnly,
    quarantinedRaw: notice?.kind === 'quarantined' ? notice.raw : null,
  };
}
