/**
 * Shows saved path progress on guide and home pages, read-only: "step N: done", how far the reader is, and on the
 * home page a link to continue where they left off. Plain script of a few hundred bytes; it never writes.
 */
import { progressFromStoredText, summarizeProgress } from '../../lib/progress/path-progress';
import { fillTemplate } from '../../lib/format/template';
import { PROGRESS_KEY } from '../../lib/storage/keys';
import { readLocal } from '../shared/local-storage';

const raw = readLocal(PROGRESS_KEY);

for (const el of document.querySelectorAll<HTMLElement>('[data-progress-status]')) {
  const ids = (el.dataset.steps ?? '').split(' ');
  const states = progressFromStoredText(raw, ids);
  const s = summarizeProgress(ids, states);
  if (s.done + s.skipped === 0) continue;
  const state = states.get(el.dataset.step ?? '');
  const mine = state === 'done' ? el.dataset.done : state === 'skipped' ? el.dataset.skipped : '';
  el.textContent =
    `${fillTemplate(el.dataset.template ?? '', { done: String(s.done), total: String(s.total) })} ${mine ?? ''}`.trim();
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
