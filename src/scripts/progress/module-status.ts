/**
 * Which modules of a path are complete, by the one rule of lib/progress/practice.ts, on the path overview, a shared
 * progress link and the home page. Module keys travel in the HTML (`[data-module-key]` with its steps, criteria and
 * answer keys). Loaded only once something is stored, shared or marked, so a first visit does without it.
 */
import {
  decodeFlags,
  encodeFlags,
  parseQuestionKeys,
  pathStatus,
  practiceFlags,
  practiceFromStoredText,
  stepsFinished,
  type ModuleKey,
  type PracticeFlags,
} from '../../lib/progress/practice';
import type { StepState } from '../../lib/progress/path-progress';
import { fillTemplate } from '../../lib/format/template';
import { PRACTICE_KEY } from '../../lib/storage/keys';
import { readLocal } from '../shared/local-storage';

const list = (text: string | undefined) => (text ?? '').split(' ').filter(Boolean);

export { pathStatus };

export function modulesOf(root: ParentNode): { el: HTMLElement; key: ModuleKey }[] {
  return [...root.querySelectorAll<HTMLElement>('[data-module-key]')].map((el) => ({
    el,
    key: {
      id: el.dataset.moduleKey!,
      // On the overview the steps are the module's rows; elsewhere they are listed.
      steps: el.dataset.steps
        ? list(el.dataset.steps)
        : [...el.querySelectorAll<HTMLElement>('[data-step]')].map((s) => s.dataset.step!),
      criteria: list(el.dataset.criteria),
      questions: parseQuestionKeys(el.dataset.questions),
    },
  }));
}

export function storedFlags(pathId: string, modules: readonly ModuleKey[]): PracticeFlags[] {
  const record = practiceFromStoredText(readLocal(PRACTICE_KEY));
  return modules.map((m) => practiceFlags(pathId, m, record));
}

/**
 * Shares the overview's progress: `?shared=<steps>.<practice>`, one letter per step (path-progress.ts) then one per
 * module, copied when the browser lets us, and shown on a line of its own either way.
 */
export async function share(root: HTMLElement, stepsCode: string) {
  const practice = encodeFlags(
    storedFlags(
      root.dataset.pathId ?? '',
      modulesOf(root).map((m) => m.key),
    ),
  );
  const url = `${location.origin}${location.pathname}?shared=${stepsCode}.${practice}`;
  let copied = true;
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    copied = false;
  }
  const status = root.querySelector<HTMLElement>('[data-share-status]');
  if (status) {
    // The message, then the address in its own left-to-right <code> line.
    status.firstChild!.textContent = (copied ? status.dataset.copied : status.dataset.copyThis) ?? '';
    status.querySelector('code')!.textContent = url;
  }
}

/**
 * Shows each module's completion on the overview: from the step marks on the page (path-page.ts writes them) and
 * stored answers and ticks, or from a shared link's practice part. Follows later marks and other tabs.
 */
export function watch(root: HTMLElement, sharedPractice: string | null) {
  const modules = modulesOf(root);
  const keys = modules.map((m) => m.key);
  const summary = root.querySelector<HTMLElement>('[data-modules-summary]');
  // A shared link made before modules had practice, or with a damaged practice part, counts none of it as done.
  const shared =
    sharedPractice === null
      ? null
      : (decodeFlags(sharedPractice, keys.length) ?? keys.map(() => ({ project: false, check: false })));
  const show = () => {
    const states = new Map<string, StepState>();
    for (const s of root.querySelectorAll<HTMLElement>('[data-step][data-state]'))
      if (s.dataset.state) states.set(s.dataset.step!, s.dataset.state as StepState);
    const flags = shared ?? storedFlags(root.dataset.pathId ?? '', keys);
    const status = pathStatus(keys, states, flags);
    modules.forEach(({ el, key }, i) => {
      const line = el.querySelector<HTMLElement>('[data-module-done]');
      if (!line) return;
      line.textContent = status.complete[i]
        ? (root.dataset.done ?? '')
        : stepsFinished(key, states)
          ? (root.dataset.practiceLeft ?? '')
          : '';
      line.hidden = !line.textContent;
      el.dataset.complete = String(status.complete[i]);
    });
    if (summary) {
      summary.textContent = fillTemplate(summary.dataset.template ?? '', {
        done: String(status.done),
        total: String(keys.length),
      });
      summary.hidden = false;
    }
  };
  new MutationObserver(show).observe(root, { attributes: true, attributeFilter: ['data-state'], subtree: true });
  if (!shared)
    addEventListener('storage', (e) => {
      if (e.key === PRACTICE_KEY || e.key === null) show();
    });
  show();
}
