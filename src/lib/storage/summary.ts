/**
 * What a stored document holds, counted: shown before an import replaces it ("the file: 3 weeks; stored now: 5
 * weeks") so the reader can see what they would lose. Pure; the page words it.
 */
import type { DocumentData, DocumentName } from './documents';

export type DocumentSummary =
  | { document: 'progress'; done: number; skipped: number }
  | { document: 'checklists'; lists: number; ticks: number }
  | { document: 'practice'; answers: number; ticks: number; delivered: number }
  | { document: 'goals'; fields: number; weeks: number }
  | { document: 'writing'; drafts: number }
  | { document: 'scenarios'; scenarios: number }
  | { document: 'meta'; lastExportedAt: string | null };

/** Counts `data`, a valid document of the current version. */
export function summarizeDocument<N extends DocumentName>(name: N, data: DocumentData<N>): DocumentSummary {
  switch (name) {
    case 'progress': {
      const states = Object.values(data as DocumentData<'progress'>);
      return {
        document: 'progress',
        done: states.filter((s) => s === 'done').length,
        skipped: states.filter((s) => s === 'skipped').length,
      };
    }
    case 'checklists': {
      const lists = Object.values(data as DocumentData<'checklists'>).filter((items) => Object.keys(items).length > 0);
      return {
        document: 'checklists',
        lists: lists.length,
        ticks: lists.reduce((n, items) => n + Object.keys(items).length, 0),
      };
    }
    case 'practice': {
      const p = data as DocumentData<'practice'>;
      const ticks = Object.values(p.projects).flatMap((modules) => Object.values(modules));
      return {
        document: 'practice',
        answers: Object.keys(p.answers).length,
        ticks: ticks.reduce((n, criteria) => n + Object.keys(criteria).length, 0),
        delivered: Object.values(p.deliverables ?? {}).reduce((n, modules) => n + Object.keys(modules).length, 0),
      };
    }
    case 'goals': {
      const goals = data as DocumentData<'goals'>;
      return { document: 'goals', fields: Object.keys(goals.fields).length, weeks: goals.weeks.length };
    }
    case 'writing':
      return { document: 'writing', drafts: (data as DocumentData<'writing'>).drafts.length };
    case 'scenarios':
      return { document: 'scenarios', scenarios: (data as DocumentData<'scenarios'>).scenarios.length };
    default:
      return { document: 'meta', lastExportedAt: (data as DocumentData<'meta'>).lastExportedAt };
  }
}
