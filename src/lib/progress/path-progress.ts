/**
 * Learning-path progress, read for display only: path, guide and home pages show where the reader stands without
 * loading the storage module (and its schemas) on each view. The read is loose and never throws or writes; every
 * change goes through storage/documents-store.ts, which validates, quarantines unreadable data and reports failures.
 */
import { looseStoredData, ownValue } from '../storage/loose-read';

export type StepState = 'done' | 'skipped';

export function progressFromStoredText(raw: string | null, stepIds: readonly string[]): Map<string, StepState> {
  const states = new Map<string, StepState>();
  const data = looseStoredData(raw);
  if (!data) return states;
  for (const id of stepIds) {
    const state = ownValue(data, id);
    if (state === 'done' || state === 'skipped') states.set(id, state);
  }
  return states;
}

export interface ProgressSummary {
  done: number;
  skipped: number;
  total: number;
  /** Index of the first step neither done nor skipped; null when the path is finished. */
  nextIndex: number | null;
}

export function summarizeProgress(stepIds: readonly string[], states: ReadonlyMap<string, StepState>): ProgressSummary {
  let done = 0;
  let skipped = 0;
  let nextIndex: number | null = null;
  stepIds.forEach((id, i) => {
    const state = states.get(id);
    if (state === 'done') done++;
    else if (state === 'skipped') skipped++;
    else nextIndex ??= i;
  });
  return { done, skipped, total: stepIds.length, nextIndex };
}

const CODE: Record<StepState | 'none', string> = { done: 'd', skipped: 's', none: '-' };

/** Progress as a short code for a share link: one letter per step of the path, in order (d done, s skipped, - not yet). */
export function encodeProgress(stepIds: readonly string[], states: ReadonlyMap<string, StepState>): string {
  return stepIds.map((id) => CODE[states.get(id) ?? 'none']).join('');
}

/** Reads a share code back; null when it does not fit this path (wrong length or letters), so no wrong view is shown. */
export function decodeProgress(stepIds: readonly string[], code: string): Map<string, StepState> | null {
  if (code.length !== stepIds.length || !/^[ds-]*$/.test(code)) return null;
  const states = new Map<string, StepState>();
  stepIds.forEach((id, i) => {
    if (code[i] === 'd') states.set(id, 'done');
    else if (code[i] === 's') states.set(id, 'skipped');
  });
  return states;
}
