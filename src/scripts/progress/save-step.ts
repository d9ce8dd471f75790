/** Saving a step's state through the storage module; loaded only when the reader marks a step. */
import { openLocalDocument } from '../shared/local-documents';
import type { StepState } from '../../lib/progress/path-progress';

export function setStepState(stepId: string, state: StepState | null): boolean {
  const doc = openLocalDocument('progress');
  return doc.update((all) => {
    const next = { ...all };
    if (state === null) delete next[stepId];
    else next[stepId] = state;
    return next;
  }).saved;
}
