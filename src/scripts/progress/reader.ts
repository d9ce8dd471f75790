/**
 * Shows saved path progress on guide and home pages, read-only: "step N: done", how far the reader is, and on the
 * home page a link to continue where they left off. Plain script of a few hundred bytes; it never writes.
 */
import { PROGRESS_KEY, progressFromStoredText, summarizeProgress } from '../../lib/progress/path-progress';

let raw: string | null = null;
try {
  raw = localStorage.getItem(PROGRESS_KEY);
} catch {
  /* storage blocked: nothing to show */
}

for (const el of document.querySelectorAll<HTMLElement>('[data-progress-status]')) {
  const ids = (el.dataset.steps ?? '').split(' ');
  const states = progressFromStoredText(raw, ids);
  const s = summarizeProgress(ids, states);
  if (s.done + s.skipped === 0) continue;
  const state = states.get(el.dataset.step ?? '');
  const mine = state === 'done' ? el.dataset.done : state === 'skipped' ? el.dataset.skipped : '';
  el.textContent = `${(el.dataset.template ?? '').replace('{done}', String(s.done)).replace('{total}', String(s.total))} ${mine ?? ''}`.trim();
  el.hidden = false;
}

const resume = document.querySelector<HTMLElement>('[data-continue]');
if (resume) {
  const links = [...resume.querySelectorAll<HTMLAnchorElement>('a[data-step]')];
  const ids = links.map((a) => a.dataset.step!);
  const s = summarizeProgress(ids, progressFromStoredText(raw, ids));
  if (s.done + s.skipped > 0 && s.nextIndex !== null) {
    links[s.nextIndex]!.hidden = false;
    resume.hidden = false;
  }
}
