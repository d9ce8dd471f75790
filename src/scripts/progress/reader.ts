/**
 * Shows saved path progress on guide and home pages, read-only: "step N: done", how far the reader is, and on the
 * home page a link to continue where they left off. Plain script of a few hundred bytes; it never writes.
 */
import { progressFromStoredText, summarizeProgress } from '../../lib/progress/path-progress';
import { fillTemplate } from '../../lib/format/template';
import { PRACTICE_KEY, PROGRESS_KEY } from '../../lib/storage/keys';
import { modulesOf, pathStatus, storedFlags } from './module-status';
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
  // The next thing to do by the path's completion rule (module-status.ts): the first unfinished step of the first
  // incomplete module, or that module's page when only its project or self-check is left.
  const modules = modulesOf(document.querySelector('[data-roadmap]') ?? resume);
  const keys = modules.map((m) => m.key);
  const states = progressFromStoredText(
    raw,
    keys.flatMap((k) => k.steps),
  );
  const status = pathStatus(keys, states, storedFlags(resume.dataset.pathId ?? '', keys));
  const next = status.next;
  const link = resume.querySelector<HTMLAnchorElement>('a[data-next]');
  const target = modules.find((m) => m.key.id === next?.module.id)?.el.querySelector('a');
  if ((states.size > 0 || readLocal(PRACTICE_KEY)) && next && link && target) {
    link.href = target.href;
    if (next.step) link.hash = `step-${next.step}`;
    link.textContent = fillTemplate((next.step ? resume.dataset.stepTemplate : resume.dataset.practiceTemplate) ?? '', {
      title: target.textContent!.trim(),
    });
    link.hidden = false;
    const summary = resume.querySelector<HTMLElement>('[data-modules-summary]');
    if (summary) {
      summary.textContent = fillTemplate(summary.dataset.template ?? '', {
        done: String(status.done),
        total: String(keys.length),
      });
      summary.hidden = false;
    }
    resume.hidden = false;
  }
  // The roadmap marks the modules complete by the same rule.
  modules.forEach((m, i) => {
    const label = m.el.querySelector<HTMLElement>('[data-done-label]');
    if (label) label.hidden = !status.complete[i];
  });
  // The first steps' cards say which are done.
  for (const card of document.querySelectorAll<HTMLElement>('[data-first-step]')) {
    const label = card.querySelector<HTMLElement>('[data-done-label]');
    if (label) label.hidden = states.get(card.dataset.firstStep!) !== 'done';
  }
}
