/**
 * The stored drafts, opened through the storage module. Loaded when something is stored or on the first change,
 * so the workbench's first view carries no schemas.
 */
import type { StorageChange } from '../../lib/storage/documents-store';
import type { Writing } from '../../lib/storage/documents';
import { openLocalDocument } from '../shared/local-documents';

const doc = openLocalDocument('writing');

export const state = () => doc.state;

export const update = (op: (data: Writing) => Writing) => doc.update(op);

/** Another tab saved drafts: true when this tab's copy changed. */
export const sync = (event: StorageChange) => doc.applyExternalChange(event);
