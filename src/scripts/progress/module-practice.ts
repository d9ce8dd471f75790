/**
 * A module page's self-check and project, loaded by module-page.ts when something is stored or the reader reaches
 * for the page. The reader picks an answer and presses «تحقق من جوابي»: the page says
 * whether it is right, shows why for each chosen option and links to the guide heading; they may answer again (the
 * latest answer counts). Nothing is saved until they answer or tick. The module's status line applies the rule of
 * lib/progress/practice.ts to the steps (as path-page.ts marks them), the ticks and the answers. Plain script;
 * storage loads on the first answer or tick.
 */
import {
  isRightAnswer,
  moduleComplete,
  parseQuestionKeys,
  practiceFlags,
  practiceFromStoredText,
  type ModuleKey,
} from '../../lib/progress/practice';
import type { StepState } from '../../lib/progress/path-progress';
import { fillTemplate } from '../../lib/format/template';
import { PRACTICE_KEY, WRITING_KEY } from '../../lib/storage/keys';
import { deliverableFromStoredText, deliveredDraft, draftNamesFromStoredText } from '../../lib/storage/deliverables';
import { formatArabicDate } from '../../lib/format/dates';
import { readLocal } from '../shared/local-storage';

const check = document.querySelector<HTMLElement>('[data-self-check]');
const project = document.querySelector<HTMLElement>('section[data-project]');
const status = document.querySelector<HTMLElement>('[data-module-status]');
const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
const boxes = [...(project?.querySelectorAll<HTMLInputElement>('[data-criterion]') ?? [])];
const pathId = document.querySelector<HTMLElement>('[data-path]')?.dataset.path ?? '';
const moduleId = project?.dataset.module ?? location.pathname.split('/').at(-2) ?? '';
const keys = parseQuestionKeys(check?.dataset.questions);
const key: ModuleKey = {
  id: moduleId,
  steps: steps.map((s) => s.dataset.step!),
  criteria: boxes.map((b) => b.dataset.criterion!),
  questions: keys,
};
let record = practiceFromStoredText(readLocal(PRACTICE_KEY));
const save = () => import('./save-practice');

const chosenOf = (item: HTMLElement) =>
  [...item.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value as 'a' | 'b' | 'c' | 'd');

/** Right or wrong, each chosen option's explanation, and where to learn it: copied as text from the <details>. */
function feedback(item: HTMLElement, chosen: readonly string[]) {
  const box = item.querySelector<HTMLElement>('[data-feedback]')!;
  const q = keys.find((k) => k.id === item.dataset.question);
  if (!q) return;
  const right = isRightAnswer(q, chosen);
  const verdict = document.createElement('p');
  verdict.className = 'font-bold';
  verdict.textContent = right ? (check!.dataset.right ?? '') : (check!.dataset.wrong ?? '');
  const whys = chosen.map((id) => {
    const p = document.createElement('p');
    p.textContent = item.querySelector(`[data-why="${id}"]`)?.textContent ?? '';
    return p;
  });
  const learn = item.querySelector('details p:last-child')?.cloneNode(true);
  box.replaceChildren(verdict, ...whys, ...(learn ? [learn] : []));
  item.dataset.answered = right ? 'right' : 'wrong';
}

function showStatus() {
  if (!status) return;
  const states = new Map<string, StepState>();
  for (const s of steps) if (s.dataset.state) states.set(s.dataset.step!, s.dataset.state as StepState);
  const flags = practiceFlags(pathId, key, record);
  const left = [
    key.steps.every((id) => states.has(id)) ? '' : status.dataset.leftSteps,
    flags.project ? '' : status.dataset.leftProject,
    flags.check ? '' : status.dataset.leftCheck,
  ].filter(Boolean);
  status.textContent = moduleComplete(key, states, flags)
    ? (status.dataset.done ?? '')
    : fillTemplate(status.dataset.open ?? '', { left: left.join('، ') });
}

/**
 * The draft delivered as this project (marked in the workbench), named as a link that opens it there, or a clear
 * line once it was deleted. Read from both documents' stored text, so it follows another tab's changes.
 */
function showDelivered() {
  const line = project?.querySelector<HTMLElement>('[data-delivered]');
  if (!line) return;
  const d = deliveredDraft(
    deliverableFromStoredText(readLocal(PRACTICE_KEY), pathId, moduleId),
    draftNamesFromStoredText(readLocal(WRITING_KEY)),
  );
  line.hidden = !d;
  if (!d) return;
  const url = new URL(line.dataset.href ?? '', location.href);
  if (!d.gone) url.searchParams.set('draft', d.ref.draftId);
  const link = document.createElement('a');
  link.className = 'link';
  link.href = url.pathname + url.search;
  // The name is the reader's own text, in any direction: isolated inside the Arabic sentence.
  const name = document.createElement('bdi');
  name.textContent = d.name;
  // A stored draft's name is the link that opens it; a deleted one's is plain text, and the link opens the workbench.
  if (d.gone) link.textContent = line.dataset.workbench ?? '';
  else link.append(name);
  const nodes: Record<string, Node> = { name: d.gone ? name : link, workbench: link };
  const parts = ((d.gone ? line.dataset.gone : line.dataset.done) ?? '')
    .replace('{date}', formatArabicDate(new Date(d.ref.markedAt)))
    .split(/\{(name|workbench)\}/);
  line.replaceChildren(...parts.map((part, i) => (i % 2 ? nodes[part]! : part)));
}

function notSaved(outcome: { saved: boolean; readOnly: boolean; quarantinedRaw: string | null }) {
  const warning = document.querySelector<HTMLElement>('[data-practice-not-saved]');
  if (warning) warning.hidden = outcome.saved || outcome.readOnly;
  const notice = document.querySelector<HTMLElement>('[data-practice-quarantine]');
  if (notice && outcome.quarantinedRaw !== null) {
    notice.querySelector('a')!.href = URL.createObjectURL(
      new Blob([outcome.quarantinedRaw], { type: 'application/json' }),
    );
    notice.hidden = false;
  }
  record = practiceFromStoredText(readLocal(PRACTICE_KEY));
  showStatus();
}

/** The reader pressed «تحقق من جوابي» under a question. */
export async function answer(item: HTMLElement) {
  const chosen = chosenOf(item);
  if (chosen.length === 0) {
    item.querySelector<HTMLElement>('[data-feedback]')!.textContent = check!.dataset.pick ?? '';
    return;
  }
  feedback(item, chosen);
  notSaved((await save()).saveAnswer(item.dataset.question!, chosen));
}

/** The reader ticked or unticked a project criterion. */
export async function tick(box: HTMLInputElement) {
  notSaved((await save()).saveTick(pathId, moduleId, box.dataset.criterion!, box.checked));
}

for (const item of check?.querySelectorAll<HTMLElement>('[data-question]') ?? []) {
  const saved = record.answers.get(item.dataset.question!);
  if (!saved) continue;
  for (const input of item.querySelectorAll<HTMLInputElement>('input')) input.checked = saved.includes(input.value);
  feedback(item, saved);
}
for (const box of boxes) box.checked = record.ticked(pathId, moduleId).has(box.dataset.criterion!);

// Steps are marked by path-page.ts, which writes each step's state on its element.
new MutationObserver(showStatus).observe(document.body, {
  attributes: true,
  attributeFilter: ['data-state'],
  subtree: true,
});
addEventListener('storage', async (e) => {
  if (e.key === WRITING_KEY) showDelivered();
  if (e.key !== PRACTICE_KEY && e.key !== null) return;
  (await save()).syncPractice(e);
  record = practiceFromStoredText(readLocal(PRACTICE_KEY));
  showStatus();
  showDelivered();
});
showStatus();
showDelivered();
