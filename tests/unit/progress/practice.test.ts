import { describe, expect, it } from 'vitest';
import {
  decodeFlags,
  encodeFlags,
  isRightAnswer,
  moduleComplete,
  parseQuestionKeys,
  pathStatus,
  practiceFlags,
  practiceFromStoredText,
  questionsToReview,
  type ModuleKey,
} from '../../../src/lib/progress/practice';
import {
  decodeProgress,
  encodeProgress,
  progressFromStoredText,
  type StepState,
} from '../../../src/lib/progress/path-progress';

const understand: ModuleKey = {
  id: 'understand',
  steps: ['read-a', 'check-a'],
  criteria: ['one', 'two'],
  questions: [
    { id: 'q-escrow', correct: ['b'] },
    { id: 'q-many', correct: ['a', 'c'] },
  ],
};
const plain: ModuleKey = { id: 'beyond', steps: ['read-z'], criteria: [], questions: [] };
const stored = (data: unknown) => JSON.stringify({ schemaVersion: 1, data });
const at = '2026-12-05T10:00:00.000Z';
const allDone = new Map<string, StepState>([
  ['read-a', 'done'],
  ['check-a', 'skipped'],
  ['read-z', 'done'],
]);

describe('a module is complete when its steps, project and self-check are', () => {
  const full = stored({
    answers: { 'q-escrow': { chosen: ['b'], at }, 'q-many': { chosen: ['c', 'a'], at } },
    projects: { p: { understand: { one: true, two: true } } },
  });

  it('needs every step done or skipped, every criterion ticked and every latest answer right', () => {
    const record = practiceFromStoredText(full);
    expect(practiceFlags('p', understand, record)).toEqual({ project: true, check: true });
    expect(moduleComplete(understand, allDone, practiceFlags('p', understand, record))).toBe(true);
    expect(moduleComplete(understand, new Map([['read-a', 'done']]), practiceFlags('p', understand, record))).toBe(
      false,
    );
  });

  it('is not complete with a criterion unticked or a wrong latest answer, which the review list names', () => {
    const record = practiceFromStoredText(
      stored({
        answers: { 'q-escrow': { chosen: ['a'], at }, 'q-many': { chosen: ['a'], at } },
        projects: { p: { understand: { one: true } } },
      }),
    );
    expect(practiceFlags('p', understand, record)).toEqual({ project: false, check: false });
    expect(questionsToReview([understand], record)).toEqual(['q-escrow', 'q-many']);
  });

  it('a multiple-answer question is right only with all its correct options and no other', () => {
    const q = { id: 'x', correct: ['a', 'c'] };
    expect(isRightAnswer(q, ['a', 'c'])).toBe(true);
    expect(isRightAnswer(q, ['a'])).toBe(false);
    expect(isRightAnswer(q, ['a', 'b', 'c'])).toBe(false);
    expect(isRightAnswer(q, undefined)).toBe(false);
  });

  it('a module without a project or self-check is judged on its steps', () => {
    const record = practiceFromStoredText(null);
    expect(practiceFlags('p', plain, record)).toEqual({ project: true, check: true });
    expect(moduleComplete(plain, allDone, practiceFlags('p', plain, record))).toBe(true);
  });

  it('a question removed from the content leaves the module consistent: its stored answer is ignored', () => {
    const withOld = stored({
      answers: {
        'q-escrow': { chosen: ['b'], at },
        'q-many': { chosen: ['a', 'c'], at },
        'q-removed': { chosen: ['d'], at },
      },
      projects: { p: { understand: { one: true, two: true, 'old-criterion': true } } },
    });
    const record = practiceFromStoredText(withOld);
    expect(practiceFlags('p', understand, record)).toEqual({ project: true, check: true });
    expect(questionsToReview([understand], record)).toEqual([]);
    // A question that was right and is now removed cannot make a module pass either.
    const smaller = { ...understand, questions: [{ id: 'q-new', correct: ['a'] }] };
    expect(practiceFlags('p', smaller, record).check).toBe(false);
  });

  it('reads damaged stored text without throwing, keeping what is well formed', () => {
    for (const raw of ['{', 'null', stored([]), stored({ answers: 3, projects: 'x' })]) {
      const record = practiceFromStoredText(raw);
      expect(record.answers.size).toBe(0);
      expect(record.ticked('p', 'understand').size).toBe(0);
    }
    const record = practiceFromStoredText(
      stored({
        answers: { good: { chosen: ['a'] }, bad: { chosen: 'a' } },
        projects: { p: { understand: { one: true, two: 'yes' } } },
      }),
    );
    expect([...record.answers.keys()]).toEqual(['good']);
    expect([...record.ticked('p', 'understand')]).toEqual(['one']);
  });
});

describe('a shared link shows the same verdict as the reader’s own page', () => {
  it('carries each module’s project and check flags, and decodes to the same completion', () => {
    const modules = [understand, plain];
    const stepIds = modules.flatMap((m) => m.steps);
    const record = practiceFromStoredText(
      stored({
        answers: { 'q-escrow': { chosen: ['b'], at }, 'q-many': { chosen: ['a', 'c'], at } },
        projects: { p: { understand: { one: true, two: true } } },
      }),
    );
    const flags = modules.map((m) => practiceFlags('p', m, record));
    const code = `${encodeProgress(stepIds, allDone)}.${encodeFlags(flags)}`;
    expect(code).toBe('dsd.bb');
    const [steps = '', practice = ''] = code.split('.');
    const sharedStates = decodeProgress(stepIds, steps)!;
    const sharedFlags = decodeFlags(practice, modules.length)!;
    expect(modules.map((m, i) => moduleComplete(m, sharedStates, sharedFlags[i]!))).toEqual(
      modules.map((m, i) => moduleComplete(m, allDone, flags[i]!)),
    );
    expect(decodeFlags('bbb', 2)).toBeNull();
    expect(decodeFlags('bx', 2)).toBeNull();
  });

  it('names the next thing to do: the first unfinished step of the first incomplete module, else its practice', () => {
    const modules = [understand, plain];
    const record = practiceFromStoredText(null);
    const flags = modules.map((m) => practiceFlags('p', m, record));
    expect(pathStatus(modules, new Map([['read-z', 'done']]), flags)).toMatchObject({
      done: 1,
      complete: [false, true],
      next: { module: understand, step: 'read-a' },
    });
    // Steps finished, project and check not: the module page is next, and a later complete module still counts.
    expect(pathStatus(modules, allDone, flags)).toMatchObject({ done: 1, next: { module: understand, step: null } });
    const full = modules.map(() => ({ project: true, check: true }));
    expect(pathStatus(modules, allDone, full)).toMatchObject({ done: 2, next: null });
  });

  it('parses the answer keys the pages write', () => {
    expect(parseQuestionKeys('q1:a q2:b,c')).toEqual([
      { id: 'q1', correct: ['a'] },
      { id: 'q2', correct: ['b', 'c'] },
    ]);
    expect(parseQuestionKeys('')).toEqual([]);
  });
});

describe('the reordered path keeps every saved tick', () => {
  it('a tick saved under the old order is still attached to its step in the new one', async () => {
    const { parse } = await import('yaml');
    const fs = await import('node:fs');
    const read = (f: string) =>
      (
        parse(fs.readFileSync(new URL(`../../../content/paths/${f}`, import.meta.url), 'utf8')) as {
          modules: { steps: { id: string }[] }[];
        }
      ).modules.flatMap((m) => m.steps.map((s) => s.id));
    // Every step id of the path before the reorder (December 2026), each saved as done.
    const oldIds = [
      'read-what-is-online-work',
      'read-kinds-of-online-work',
      'read-how-marketplaces-work',
      'read-getting-paid',
      'compare-platforms',
      'read-why-microservices-stagnate',
      'read-hiring-freelancers',
      'read-before-you-start',
      'check-before-you-start',
      'read-build-your-profile',
      'check-profile',
      'read-personal-marketing',
      'read-cover-letter',
      'check-cover-letter',
      'read-write-a-proposal',
      'check-proposal',
      'read-find-your-first-client',
      'check-first-client',
      'read-avoid-scams',
      'check-scam-red-flags',
      'read-first-project-patience',
      'read-delivering-work',
      'check-delivery',
      'read-pricing-your-work',
      'use-pricing-calculator',
      'read-setting-goals',
      'plan-goals',
      'check-weekly-review',
      'read-taxes-and-legal-status',
      'read-clients-as-friends',
      'check-client-relationship',
      'read-peers-and-loneliness',
      'read-from-side-to-main-income',
      'read-global-platforms',
      'read-passive-income',
    ];
    const raw = stored(Object.fromEntries(oldIds.map((id) => [id, 'done'])));
    const main = read('from-zero-to-steady-income.yaml');
    const hire = read('hire-a-freelancer.yaml');
    const shown = [...progressFromStoredText(raw, main).keys(), ...progressFromStoredText(raw, hire).keys()];
    expect(shown.sort()).toEqual([...oldIds].sort());
  });
});
