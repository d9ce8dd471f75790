/**
 * Marking a draft as a module's project deliverable in the practice document, through the storage module. Loaded on
 * the first mark or unmark, so the workbench's first view carries no schemas.
 */
import { setDeliverable, type DeliverableRef } from '../../lib/storage/deliverables';
import { openLocalDocument, saveOutcome, type SaveOutcome } from '../shared/local-documents';

let doc: ReturnType<typeof openLocalDocument<'practice'>> | null = null;

/** Marks `ref` for the module's project, or unmarks it with null. */
export function deliver(pathId: string, moduleId: string, ref: DeliverableRef | null): SaveOutcome {
  doc ??= openLocalDocument('practice');
  return saveOutcome(doc.update(setDeliverable(pathId, moduleId, ref)));
}
