/**
 * Saving checklist ticks through the storage module. Loaded only when the reader ticks or resets something,
 * so a checklist page view costs only the small reader in ./checklist.ts.
 */
import { openLocalDocument } from '../shared/local-documents';

export interface SaveOutcome {
  saved: boolean;
  /** Unreadable data that was moved aside (and can be downloaded) before this save. */
  quarantinedRaw: string | null;
}

export function saveTicks(listId: string, ticked: readonly string[]): SaveOutcome {
  const doc = openLocalDocument('checklists');
  const notice = doc.state.notice;
  const result = doc.update((all) => {
    const next = { ...all };
    if (ticked.length === 0) delete next[listId];
    else next[listId] = Object.fromEntries(ticked.map((id) => [id, true as const]));
    return next;
  });
  return { saved: result.saved, quarantinedRaw: notice?.kind === 'quarantined' ? notice.raw : null };
}
