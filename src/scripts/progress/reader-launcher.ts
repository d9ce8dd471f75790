/**
 * Loads the progress display (reader.ts) only for readers who have saved progress: a first visit downloads none of
 * it. Also marks a step done from the «أنجزت هذه الخطوة» link, loading the save code on the click. It runs on every guide, so it reads storage itself rather than importing the shared helper chunk.
 */
import { PRACTICE_KEY, PROGRESS_KEY } from '../../lib/storage/keys';

let saved: string | null = null;
try {
  saved = localStorage.getItem(PROGRESS_KEY) ?? localStorage.getItem(PRACTICE_KEY);
} catch {
  /* storage blocked: nothing to show */
}
if (saved) void import('./reader');

// «أنجزت هذه الخطوة» (FinishStep.astro): mark the step done, then follow the link; a click that opens another tab
// or window is left to the browser.
addEventListener('click', async (e) => {
  const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-finish-step]');
  if (!link || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  try {
    (await import('./save-step')).setStepState(link.dataset.finishStep!, 'done');
  } finally {
    location.href = link.href;
  }
});
