/**
 * A module page's first view: shows the self-check's buttons and enables the project's ticks, and loads the rest
 * (module-practice.ts: saved answers, feedback, the module's status) only when something is stored or the reader
 * reaches for the page, so a first visit stays light.
 */
import { PRACTICE_KEY, PROGRESS_KEY } from '../../lib/storage/keys';
import { readLocal } from '../shared/local-storage';

const main = document.querySelector('main');
const practice = () => import('./module-practice');

// Controls come alive once saved answers and ticks are shown, so a restore never overrides the reader's click.
const enable = () => {
  for (const b of document.querySelectorAll<HTMLElement>('[data-check-answer]')) b.hidden = false;
  for (const b of document.querySelectorAll<HTMLInputElement>('[data-criterion]')) b.disabled = false;
};

// Arrived from a tool's «أنجزت هذه الخطوة» link: mark that step (path-page.ts saves it), once.
const done = new URLSearchParams(location.search).get('done');
if (done) {
  document
    .querySelector<HTMLElement>(`[data-step="${CSS.escape(done)}"] [data-mark=done][aria-pressed=false]`)
    ?.click();
  history.replaceState(null, '', location.pathname + location.hash);
}

if (readLocal(PRACTICE_KEY) ?? readLocal(PROGRESS_KEY)) void practice().then(enable);
else {
  enable();
  for (const type of ['pointerdown', 'focusin']) main?.addEventListener(type, () => void practice(), { once: true });
}

main?.addEventListener('click', async (e) => {
  const item = (e.target as Element)
    .closest<HTMLElement>('[data-check-answer]')
    ?.closest<HTMLElement>('[data-question]');
  if (item) (await practice()).answer(item);
});
main?.addEventListener('change', async (e) => {
  const box = e.target as HTMLInputElement;
  if (box.dataset.criterion) (await practice()).tick(box);
});
