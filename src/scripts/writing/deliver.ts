/**
 * The workbench's «تسليم مشروع الوحدة» panel: for the open draft, the module projects of its kind (the one the
 * reader came from when the address names it), what is still missing before it can be delivered, or the offer to
 * mark it; whether it (or another draft, or a deleted one) is already delivered, and unmarking. Reads the practice
 * document loosely; the write loads on the first mark (deliver-store.ts). Wording from the panel's data attributes.
 */
import type { Draft } from '../../lib/storage/documents';
import { deliverableFromStoredText, deliveredDraft } from '../../lib/storage/deliverables';
import { PRACTICE_KEY } from '../../lib/storage/keys';
import { fillTemplate } from '../../lib/format/template';
import { formatArabicDate } from '../../lib/format/dates';
import { deliveryTargets, projectKey, readiness, type DeliveryProject } from '../../lib/writing/deliver';
import type { Kind } from '../../lib/writing/kinds';
import { review, type Finding } from '../../lib/writing/rules';
import { readLocal } from '../shared/local-storage';

export interface DeliverHooks {
  kind: () => Kind;
  draft: () => Draft;
  drafts: () => readonly Draft[];
  /** The findings of the last review of the open draft (so the rules do not run twice per keystroke). */
  findings: () => readonly Finding[];
  /** Saves what is typed and the open draft itself, so the reference points at a stored draft. */
  saveDraft: () => Promise<void>;
}

/** Wires the panel; returns what the workbench calls whenever the draft, its findings or the stored data change. */
export function deliverPanel(root: HTMLElement, hooks: DeliverHooks): () => void {
  const panel = root.querySelector<HTMLElement>('[data-deliver]');
  if (!panel) return () => {};
  const msg = (name: string, values: Record<string, string> = {}) =>
    fillTemplate(panel.getAttribute(`data-${name}`) ?? '', values);
  const $ = <E extends Element>(selector: string) => panel.querySelector<E>(selector)!;
  const choice = $<HTMLElement>('[data-deliver-choice]');
  const select = $<HTMLSelectElement>('[data-deliver-project]');
  const state = $<HTMLElement>('[data-deliver-state]');
  const markButton = $<HTMLButtonElement>('[data-deliver-mark]');
  const unmarkButton = $<HTMLButtonElement>('[data-deliver-unmark]');
  const moduleLink = $<HTMLAnchorElement>('[data-deliver-module]');
  const saved = $<HTMLElement>('[data-deliver-saved]');
  const projects = JSON.parse(panel.dataset.projects ?? '[]') as DeliveryProject[];
  const requested = new URLSearchParams(location.search).get('project');
  let targets: DeliveryProject[] = [];

  const target = () => targets.find((t) => projectKey(t) === select.value) ?? targets[0];
  const bdi = (text: string) => {
    const b = document.createElement('bdi');
    b.textContent = text;
    return b;
  };
  /** Copy with a `{name}` that is the reader's own text, isolated in a <bdi>. */
  const withName = (text: string, name: string): (string | Node)[] => {
    const [before = '', after] = text.split('{name}');
    return after === undefined ? [before] : [before, bdi(name), after];
  };
  const names = () => new Map(hooks.drafts().map((d) => [d.id, d.name]));

  function refresh(): void {
    const kind = hooks.kind();
    const now = deliveryTargets(projects, kind, requested);
    if (now.map(projectKey).join() !== targets.map(projectKey).join()) {
      const keep = select.value;
      targets = now;
      select.replaceChildren(
        ...targets.map((t) => {
          const option = document.createElement('option');
          option.value = projectKey(t);
          option.textContent = t.title;
          return option;
        }),
      );
      if (targets.some((t) => projectKey(t) === keep)) select.value = keep;
    }
    choice.hidden = targets.length < 2;
    panel!.hidden = targets.length === 0;
    const t = target();
    if (!t) return;
    moduleLink.href = `/path/${t.path}/${t.module}/#project-title`;

    const draft = hooks.draft();
    const delivered = deliveredDraft(deliverableFromStoredText(readLocal(PRACTICE_KEY), t.path, t.module), names());
    const isThis = delivered?.ref.draftId === draft.id && !delivered.gone;
    const ready = readiness(kind, draft.fields, hooks.findings());
    const lines: (string | Node)[][] = [];
    if (isThis) {
      lines.push([msg('this', { project: t.title, date: formatArabicDate(new Date(delivered.ref.markedAt)) })]);
      if (!ready.ready) lines.push([msg('this-failing')]);
    } else {
      if (delivered) lines.push(withName(msg(delivered.gone ? 'gone' : 'other'), delivered.name));
      if (ready.ready) lines.push([msg('ready', { project: t.title })]);
      else {
        const label = (f: string) => `«${root.getAttribute(`data-label-${kind}-${f}`) ?? f}»`;
        const rule = (id: string) =>
          document.querySelector<HTMLElement>(`[data-rule-copy="${id}"]`)?.dataset.name ?? id;
        const missing = [
          ready.empty.length ? msg('missing-fields', { fields: ready.empty.map(label).join(' و') }) : '',
          ready.rules.length ? msg('missing-rules', { rules: ready.rules.map(rule).join('، ') }) : '',
        ].filter(Boolean);
        lines.push([msg('missing', { project: t.title, missing: missing.join('، و') })]);
      }
    }
    // Rebuilt only when the wording changes, not on every keystroke.
    const signature = JSON.stringify(lines.map((l) => l.map((p) => (typeof p === 'string' ? p : p.textContent))));
    if (state.dataset.signature !== signature) {
      state.dataset.signature = signature;
      state.replaceChildren(...lines.flatMap((l, i) => (i === 0 ? l : [document.createElement('br'), ...l])));
    }
    markButton.hidden = isThis || !ready.ready;
    markButton.textContent = msg('offer', { project: t.title });
    unmarkButton.hidden = !isThis;
  }

  async function deliver(on: boolean): Promise<void> {
    const t = target();
    if (!t) return;
    try {
      let ref = null;
      if (on) {
        await hooks.saveDraft();
        const draft = hooks.draft();
        const kind = hooks.kind();
        // Checked again at the click: the list may be a keystroke behind.
        if (!readiness(kind, draft.fields, review(kind, draft.fields)).ready) return refresh();
        const title = (draft.name.trim() || root.getAttribute(`data-kind-${kind}`) || kind).slice(0, 80);
        ref = { kind, draftId: draft.id, title, markedAt: new Date().toISOString() };
      }
      const outcome = (await import('./deliver-store')).deliver(t.path, t.module, ref);
      saved.textContent = outcome.readOnly
        ? msg('deliver-read-only')
        : !outcome.saved
          ? msg('deliver-not-saved')
          : `${msg(on ? 'marked' : 'unmarked')}${outcome.quarantinedRaw === null ? '' : ` ${msg('deliver-quarantined')}`}`;
    } catch {
      saved.textContent = msg('deliver-failed');
    }
    refresh();
  }

  select.addEventListener('change', refresh);
  markButton.addEventListener('click', () => void deliver(true));
  unmarkButton.addEventListener('click', () => void deliver(false));
  // Another tab (a module page, another workbench) marked or unmarked.
  addEventListener('storage', (e) => {
    if (e.key === PRACTICE_KEY || e.key === null) refresh();
  });
  return refresh;
}
