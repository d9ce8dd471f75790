/**
 * The path page's progress: each step can be marked done or skipped (pressing again clears it), a summary counts
 * them, and a link shares the progress. The page says so in Arabic when the browser would not save, when saved
 * progress could not all be read (its readable marks are kept and the original is offered for download), and when
 * a newer version of the site saved it (shown read-only). Opened from a share link (`?shared=`), the page shows that
 * progress read-only and never touches the reader's own. Plain script; storage loads when the reader reaches for a
 * mark.
 */
import {
  decodeProgress,
  encodeProgress,
  progressFromStoredText,
  summarizeProgress,
  type StepState,
} from '../../lib/progress/path-progress';
import { fillTemplate } from '../../lib/format/template';
import { PRACTICE_KEY, PROGRESS_KEY } from '../../lib/storage/keys';
import { storedByNewerVersion } from '../../lib/storage/loose-read';
import { PROGRESS_VERSION } from '../../lib/storage/versions';
import { readLocal } from '../shared/local-storage';

const root = document.querySelector<HTMLElement>('[data-path-progress]');
if (root) {
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const ids = steps.map((s) => s.dataset.step!);
  const summary = root.querySelector<HTMLElement>('[data-progress-summary]');
  const warning = root.querySelector<HTMLElement>('[data-not-saved]');
  const newer = root.querySelector<HTMLElement>('[data-newer-version]');
  const quarantine = root.querySelector<HTMLElement>('[data-quarantine-notice]');
  const shareButton = root.querySelector<HTMLButtonElement>('[data-share-progress]');
  const sharedCode = new URLSearchParams(location.search).get('shared');
  // `<steps>.<practice>`: one letter per step, then one per module (module-status.ts).
  const [sharedSteps = '', sharedPractice = ''] = sharedCode?.split('.') ?? [];
  const shared = sharedCode === null ? null : decodeProgress(ids, sharedSteps);
  // Modules' completion (steps, project, self-check) on an overview: loaded once anything is stored, shared or marked.
  const modules = () => import('./module-status');
  let watching = false;
  const watchModules = () => {
    if (watching || root.dataset.pathId === undefined) return;
    watching = true;
    void modules().then((m) => m.watch(root, sharedCode === null ? null : sharedPractice));
  };
  let states = new Map<string, StepState>();
  let readOnly = false;
  let saver: typeof import('./save-step') | null = null;

  root.dataset.ready = '';
  const render = () => {
    for (const step of steps) {
      const state = states.get(step.dataset.step!);
      step.dataset.state = state ?? '';
      for (const button of step.querySelectorAll<HTMLButtonElement>('[data-mark]')) {
        button.hidden = sharedCode !== null;
        button.disabled = readOnly;
        button.setAttribute('aria-pressed', String(button.dataset.mark === state));
      }
    }
    // Each bar counts the done steps below its module, or the whole path's for the one outside any module.
    for (const bar of root.querySelectorAll('progress'))
      bar.value = (bar.closest('[data-module]') ?? root).querySelectorAll('[data-state=done]').length;
    if (summary) {
      const s = summarizeProgress(ids, states);
      summary.textContent = fillTemplate(summary.dataset.template ?? '', {
        done: String(s.done),
        skipped: String(s.skipped),
        total: String(s.total),
      });
    }
  };
  const load = () => {
    const raw = readLocal(PROGRESS_KEY);
    // Saved by a newer version of the site: shown as it is, and never overwritten by this one.
    readOnly = storedByNewerVersion(raw, PROGRESS_VERSION);
    if (newer) newer.hidden = !readOnly;
    states = progressFromStoredText(raw, ids);
    render();
  };
  const saveCode = () => import('./save-step').then((m) => (saver = m));

  // Start fetching the save code as soon as the reader reaches for a mark, so the click saves without delay.
  const prefetch = () => {
    void saveCode();
    watchModules();
  };
  root.addEventListener('pointerdown', prefetch, { once: true });
  root.addEventListener('focusin', prefetch, { once: true });
  if (shareButton) {
    shareButton.hidden = sharedCode !== null;
    // The link's code is written (and copied) by module-status.ts, loaded on the press.
    shareButton.addEventListener('click', async () => (await modules()).share(root, encodeProgress(ids, states)));
  }
  root.addEventListener('click', async (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-mark]');
    const step = button?.closest<HTMLElement>('[data-step]');
    if (!button || !step || readOnly) return;
    const id = step.dataset.step!;
    const mark = button.dataset.mark as StepState;
    const next = states.get(id) === mark ? null : mark;
    if (next) states.set(id, next);
    else states.delete(id);
    render();
    const outcome = (await saveCode()).setStepState(id, next);
    if (warning) warning.hidden = outcome.saved || outcome.readOnly;
    // Show what is stored now: another tab's marks that arrived meanwhile, or, from a newer version, read-only.
    if (outcome.saved || outcome.readOnly) load();
    if (quarantine && outcome.quarantinedRaw !== null && quarantine.hidden) {
      const link = quarantine.querySelector<HTMLAnchorElement>('a[download]');
      if (link) link.href = URL.createObjectURL(new Blob([outcome.quarantinedRaw], { type: 'application/json' }));
      quarantine.hidden = false;
    }
  });
  if (sharedCode !== null) {
    // Someone else's progress: shown as it is, read-only.
    const banner = root.querySelector<HTMLElement>(shared ? '[data-shared-banner]' : '[data-shared-invalid]');
    if (banner) banner.hidden = false;
    states = shared ?? new Map();
    render();
    if (shared) watchModules();
  } else {
    addEventListener('storage', (e) => {
      if (e.key !== PROGRESS_KEY && e.key !== null) return;
      saver?.syncSteps(e);
      load();
    });
    load();
    if (readLocal(PROGRESS_KEY) ?? readLocal(PRACTICE_KEY)) watchModules();
  }
}
