/**
 * The storage module bound to this browser: `localStorage` (or, where the browser refuses it, a store that says
 * so on every write) and the current time. Imported only by the parts that load on the first change.
 */
import type { DocumentName } from '../../lib/storage/documents';
import { openDocument } from '../../lib/storage/documents-store';
import { safeStore } from '../../lib/storage/stores';

export const localStore = () => safeStore(() => localStorage);

export const now = () => new Date();

/** A stored document of this browser, opened and ready to update. */
export const openLocalDocument = <N extends DocumentName>(name: N) => openDocument(localStore(), name, now);
