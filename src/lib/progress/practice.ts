/**
 * When a module counts as complete, the one rule the module pages, the path overview, the home page's "continue
 * where you left off" and a shared progress link all apply: every step done or skipped, every criterion of the
 * module's project ticked, and its self-check passed, that is the latest answer to each of its questions right.
 * A module without a project or a self-check is judged on what it has. Answers to questions no longer in the
 * content are ignored, so removing a question never breaks a module's progress. Pure; stored data is read loosely
 * for display (storage/documents-store.ts validates every change).
 */
import { looseStoredData, ownValue } from '../storage/loose-read';
import type { StepState } from './path-progress';

export interface QuestionKey {
  id: string;
  /** Ids of the correct options. */
  correct: readonly string[];
}

export interface ModuleKey {
  id: string;
  steps: readonly string[];
  criteria: readonly string[];
  questions: readonly QuestionKey[];
}

export interface PracticeRecord {
  /** questionId → option ids of the latest answer. */
  answers: ReadonlyMap<string, readonly string[]>;
  /** Ticked criteria of one module's project. */
  ticked: (pathId: string, moduleId: string) => ReadonlySet<string>;
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The practice document's answers and ticks, read loosely: anything malformed is left out. */
export function practiceFromStoredText(raw: string | null): PracticeRecord {
  const data = looseStoredData(raw);
  const answers = new Map<string, string[]>();
  const rawAnswers = data ? ownValue(data, 'answers') : undefined;
  if (isObject(rawAnswers)) {
    for (const id of Object.keys(rawAnswers)) {
      const chosen = (ownValue(rawAnswers, id) as { chosen?: unknown } | undefined)?.chosen;
      if (Array.isArray(chosen) && chosen.every((c) => typeof c === 'string')) answers.set(id, chosen);
    }
  }
  const projects = data ? ownValue(data, 'projects') : undefined;
  return {
    answers,
    ticked(pathId, moduleId) {
      const modules = isObject(projects) ? ownValue(projects, pathId) : undefined;
      const criteria = isObject(modules) ? ownValue(modules, moduleId) : undefined;
      return new Set(isObject(criteria) ? Object.keys(criteria).filter((k) => ownValue(criteria, k) === true) : []);
    },
  };
}

/** Right when the chosen options are exactly the correct ones (one for a plain question, all for a multiple one). */
export function isRightAnswer(question: QuestionKey, chosen: readonly string[] | undefined): boolean {
  if (!chosen) return false;
  const set = new Set(chosen);
  return set.size === question.correct.length && question.correct.every((id) => set.has(id));
}

export interface PracticeFlags {
  /** Every criterion of the project ticked (true for a module without a project). */
  project: boolean;
  /** The latest answer to every question right (true for a module without a self-check). */
  check: boolean;
}

export function practiceFlags(pathId: string, m: ModuleKey, record: PracticeRecord): PracticeFlags {
  const ticked = record.ticked(pathId, m.id);
  return {
    project: m.criteria.every((id) => ticked.has(id)),
    check: m.questions.every((q) => isRightAnswer(q, record.answers.get(q.id))),
  };
}

export function stepsFinished(m: ModuleKey, states: ReadonlyMap<string, StepState>): boolean {
  return m.steps.every((id) => states.has(id));
}

export function moduleComplete(m: ModuleKey, states: ReadonlyMap<string, StepState>, flags: PracticeFlags): boolean {
  return stepsFinished(m, states) && flags.project && flags.check;
}

/** How many modules are complete, and the first one that is not (with its first unfinished step, if any). */
export function pathStatus(
  modules: readonly ModuleKey[],
  states: ReadonlyMap<string, StepState>,
  flags: readonly PracticeFlags[],
) {
  const complete = modules.map((m, i) => moduleComplete(m, states, flags[i]!));
  const next = complete.indexOf(false);
  return {
    complete,
    done: complete.filter(Boolean).length,
    next:
      next < 0 ? null : { module: modules[next]!, step: modules[next]!.steps.find((id) => !states.has(id)) ?? null },
  };
}

/** The questions whose latest answer is wrong, across the given modules, in path order. */
export function questionsToReview(modules: readonly ModuleKey[], record: PracticeRecord): string[] {
  return modules.flatMap((m) =>
    m.questions.filter((q) => record.answers.has(q.id) && !isRightAnswer(q, record.answers.get(q.id))).map((q) => q.id),
  );
}

const FLAG_CODE = ['-', 'p', 'c', 'b'] as const;

/** The practice part of a share link: one letter per module (b both, p project only, c check only, - neither). */
export function encodeFlags(flags: readonly PracticeFlags[]): string {
  return flags.map((f) => FLAG_CODE[(f.project ? 1 : 0) + (f.check ? 2 : 0)]).join('');
}

/** Reads the practice part back; null when it does not fit the path's modules. */
export function decodeFlags(code: string, modules: number): PracticeFlags[] | null {
  if (code.length !== modules || !/^[-pcb]*$/.test(code)) return null;
  return [...code].map((c) => ({ project: c === 'p' || c === 'b', check: c === 'c' || c === 'b' }));
}

/** Module keys as the pages write them: `data-questions="q1:a q2:b,c"`. */
export function parseQuestionKeys(text: string | undefined): QuestionKey[] {
  return (text ?? '')
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const [id = '', correct = ''] = pair.split(':');
      return { id, correct: correct.split(',').filter(Boolean) };
    });
}
