/** Saving a step's state through the storage module; loaded only when the reader reaches for a mark. */
import { openLocalDocument, saveOutcome, type SaveOutcome } from '../shared/local-documents';
import type { StepState } from '../../lib/progress/path-progress';
import type { StorageChange } from '../../lib/storage/documents-store';

/**
 * Opened on the first save (never on a mere visit) and kept for the page's life, so that a mark raced by
 * another tab's save is applied again (see DocumentStore).
 */
let doc: ReturnType<typeof openLocalDocument<'progress'>> | null = null;

export type StepSave = SaveOutcome;

export function setStepState(stepId: string, state: StepState | null): StepSave {
  doc ??= openLocalDocument('progress');
  const result = doc.update((all) => {
    const next = { ...all };
    if (state === null) delete next[stepId];
    else next[stepId] = state;
    return next;
  });
  return saveOutcome(result);
}

/** Another tab saved progress: this page's copy takes it, or saves its own raced mark again on top. */
export const syncSteps = (event: StorageChange) => doc?.applyExternalChange(event) ?? false;
