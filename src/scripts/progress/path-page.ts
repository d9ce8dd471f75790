/**
 * The path page's progress: each step can be marked done or skipped (pressing again clears it), a summary counts
 * them, a warning says so when the browser would not save, and a link shares the progress. Opened from such a link
 * (`?shared=`), the page shows that progress read-only and never touches the reader's own. Plain script; storage
 * loads on the first mark.
 */
import {
  decodeProgress,
  encodeProgress,
  progressFromStoredText,
  summarizeProgress,
  type StepState,
} from '../../lib/progress/path-progress';
import { fillTemplate } from '../../lib/format/template';
import { PROGRESS_KEY } from '../../lib/storage/keys';
import { readLocal } from '../shared/local-storage';

const root = document.querySelector<HTMLElement>('[data-path-progress]');
if (root) {
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const ids = steps.map((s) => s.dataset.step!);
  const summary = root.querySelector<HTMLElement>('[data-progress-summary]');
  const warning = root.querySelector<HTMLElement>('[data-not-saved]');
  const shareButton = root.querySelector<HTMLButtonElement>('[data-share-progress]');
  const shareStatus = root.querySelector<HTMLElement>('[data-share-status]');
  const sharedCode = new URLSearchParams(location.search).get('shared');
  const shared = sharedCode === null ? null : decodeProgress(ids, sharedCode);
  let states = new Map<string, StepState>();

  const render = () => {
    for (const step of steps) {
      const state = states.get(step.dataset.step!);
      step.dataset.state = state ?? '';
      for (const button of step.querySelectorAll<HTMLButtonElement>('[data-mark]')) {
        button.hidden = sharedCode !== null;
        button.setAttribute('aria-pressed', String(button.dataset.mark === state));
      }
    }
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
    states = progressFromStoredText(readLocal(PROGRESS_KEY), ids);
    render();
  };

  // Start fetching the save code as soon as the reader reaches for a mark, so the click saves without delay.
  const prefetch = () => void import('./save-step');
  root.addEventListener('pointerdown', prefetch, { once: true });
  root.addEventListener('focusin', prefetch, { once: true });
  if (shareButton) {
    shareButton.hidden = sharedCode !== null;
    shareButton.addEventListener('click', async () => {
      const url = `${location.origin}${location.pathname}?shared=${encodeProgress(ids, states)}`;
      let copied = true;
      try {
        await navigator.clipboard.writeText(url);
      } catch {
        copied = false;
      }
      if (shareStatus)
        shareStatus.textContent = `${copied ? shareStatus.dataset.copied : shareStatus.dataset.copyThis} ${url}`;
    });
  }
  root.addEventListener('click', async (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-mark]');
    const step = button?.closest<HTMLElement>('[data-step]');
    if (!button || !step) return;
    const id = step.dataset.step!;
    const mark = button.dataset.mark as StepState;
    const next = states.get(id) === mark ? null : mark;
    if (next) states.set(id, next);
    else states.delete(id);
    render();
    const { setStepState } = await import('./save-step');
    if (warning) warning.hidden = setStepState(id, next);
  });
  if (sharedCode !== null) {
    // Someone else's progress: shown as it is, read-only.
    const banner = root.querySelector<HTMLElement>(shared ? '[data-shared-banner]' : '[data-shared-invalid]');
    if (banner) banner.hidden = false;
    states = shared ?? new Map();
    render();
  } else {
    addEventListener('storage', (e) => {
      if (e.key === PROGRESS_KEY) load();
    });
    load();
  }
}
