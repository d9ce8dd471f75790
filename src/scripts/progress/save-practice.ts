/** Saving self-check answers and project ticks through the storage module; loaded on the first answer or tick. */
import { openLocalDocument, saveOutcome, type SaveOutcome } from '../shared/local-documents';
import type { StorageChange } from '../../lib/storage/documents-store';

let doc: ReturnType<typeof openLocalDocument<'practice'>> | null = null;
const open = () => (doc ??= openLocalDocument('practice'));

/** The latest answer to a question replaces the one before (the rule counts the latest). */
export function saveAnswer(questionId: string, chosen: ('a' | 'b' | 'c' | 'd')[]): SaveOutcome {
  return saveOutcome(
    open().update((p) => ({ ...p, answers: { ...p.answers, [questionId]: { chosen, at: new Date().toISOString() } } })),
  );
}

export function saveTick(pathId: string, moduleId: string, criterionId: string, ticked: boolean): SaveOutcome {
  return saveOutcome(
    open().update((p) => {
      const modules = { ...p.projects[pathId] };
      const criteria = { ...modules[moduleId] };
      if (ticked) criteria[criterionId] = true;
      else delete criteria[criterionId];
      modules[moduleId] = criteria;
      return { ...p, projects: { ...p.projects, [pathId]: modules } };
    }),
  );
}

export const syncPractice = (event: StorageChange) => doc?.applyExternalChange(event) ?? false;
