/**
 * The writing workbench (`/tools/writing/`): feedback as the reader types, the words each finding is about
 * highlighted behind the textarea, and named drafts kept on the device. Plain script, no framework. The rules run
 * in the page (capped per field, so a huge paste costs a bounded time); the storage module loads only when
 * something is stored or on the first change, and the examples only when asked for. All wording comes from the
 * page's data attributes and its list of rules.
 */
import type { Draft, Writing } from '../../lib/storage/documents';
import type { SaveResult } from '../../lib/storage/documents-store';
import { fillTemplate } from '../../lib/format/template';
import { WRITING_KEY } from '../../lib/storage/keys';
import { MAX_DRAFT_TEXT } from '../../lib/storage/limits';
import {
  addDraft,
  defaultName,
  draftsOf,
  draftText,
  makeDraft,
  newDraftId,
  removeDraft,
  renameDraft,
  setField,
} from '../../lib/writing/drafts';
import { FIELDS, isKind, type FieldId, type Kind } from '../../lib/writing/kinds';
import { review, type Finding } from '../../lib/writing/rules';
import { MAX_CHECKED_CHARS } from '../../lib/writing/text-view';
import { readLocal } from '../shared/local-storage';

type Op = (data: Writing) => Writing;
interface Editor {
  field: FieldId;
  input: HTMLTextAreaElement;
  mirror: HTMLElement;
  cut: HTMLElement;
}

const root = document.querySelector<HTMLElement>('[data-workbench]');
if (root) start(root);

function start(root: HTMLElement): void {
  const msg = (name: string, values: Record<string, string> = {}) =>
    fillTemplate(root.getAttribute(`data-${name}`) ?? '', values);
  const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
  const select = $<HTMLSelectElement>('[data-draft-select]');
  const nameInput = $<HTMLInputElement>('[data-draft-name]');
  const status = $<HTMLElement>('[data-status]');
  const notice = $<HTMLElement>('[data-notice]');
  const count = $<HTMLElement>('[data-findings-count]');
  const list = $<HTMLElement>('[data-findings]');
  const printCopy = $<HTMLElement>('[data-print-copy]');
  const kindButtons = [...root.querySelectorAll<HTMLButtonElement>('[data-kind]')];

  const editors = (k: Kind): Editor[] =>
    [...root.querySelectorAll<HTMLElement>(`[data-kind-fields="${k}"] [data-field-box]`)].map((box) => ({
      field: box.dataset.fieldBox as FieldId,
      input: box.querySelector('textarea')!,
      mirror: box.querySelector<HTMLElement>('[data-mirror]')!,
      cut: box.querySelector<HTMLElement>('[data-cut]')!,
    }));

  const params = new URLSearchParams(location.search);
  const requested = params.get('kind');
  let kind: Kind = isKind(requested) ? requested : 'proposal';
  let data: Writing = { drafts: [] };
  let current: Draft;
  let findings: Finding[] = [];
  let store: typeof import('./drafts-store') | null = null;
  const loadStore = async () => (store ??= await import('./drafts-store'));
  /** The delivery panel's refresh (deliver.ts, loaded after the first view). */
  let refreshDeliver = () => {};

  // ---- saving ------------------------------------------------------------------------------------------------

  /** Changes typed but not yet saved, applied together (each keeps its draft, so switching drafts loses nothing). */
  let pending: Op[] = [];
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const report = (result: SaveResult<Writing>) => {
    data = result.state.data;
    status.replaceChildren(result.saved ? msg('saved') : msg(`not-saved-${result.reason}`) || msg('read-only'));
    const n = result.state.notice;
    if (result.state.readOnly || n?.kind === 'newer-version') showNotice(msg('read-only'), false);
    else if (n?.kind === 'quarantined') showNotice(msg('quarantined'), true);
  };
  const showNotice = (text: string, link: boolean) => {
    notice.querySelector('[data-notice-text]')!.textContent = text;
    notice.querySelector('a')!.hidden = !link;
    notice.hidden = false;
  };

  const save = async (op: Op) => {
    const s = await loadStore();
    report(s.update(op));
    fillSelect();
    refreshDeliver();
  };
  const flush = () => {
    clearTimeout(saveTimer);
    if (pending.length === 0) return Promise.resolve();
    const ops = pending;
    pending = [];
    return save((d) => ops.reduce((acc, op) => op(acc), d));
  };
  const later = (op: Op) => {
    pending.push(op);
    clearTimeout(saveTimer);
    saveTimer = setTimeout(flush, 500);
  };
  addEventListener('pagehide', () => void flush());

  // ---- drafts on screen ----------------------------------------------------------------------------------------

  const digits = (n: number) => n.toLocaleString('ar-EG');
  const blank = (): Draft => {
    const now = new Date();
    return makeDraft(newDraftId(now, data.drafts), kind, defaultName(data, kind, msg('default-name'), digits), now);
  };
  const pick = (): Draft => draftsOf(data, kind)[0] ?? blank();

  const fillSelect = () => {
    const drafts = draftsOf(data, kind);
    if (!drafts.some((d) => d.id === current.id)) drafts.unshift(current);
    select.replaceChildren(
      ...drafts.map((d) => {
        const option = document.createElement('option');
        option.value = d.id;
        option.textContent = d.id === current.id ? current.name : d.name;
        return option;
      }),
    );
    select.value = current.id;
  };

  const show = (draft: Draft) => {
    current = { ...draft, fields: { ...draft.fields } };
    for (const e of editors(kind)) {
      e.input.value = current.fields[e.field] ?? '';
      e.cut.hidden = true;
    }
    nameInput.value = current.name;
    fillSelect();
    runReview();
  };

  const setKind = (k: Kind) => {
    kind = k;
    for (const b of kindButtons) b.setAttribute('aria-pressed', String(b.dataset.kind === k));
    for (const box of root.querySelectorAll<HTMLElement>('[data-kind-fields]'))
      box.hidden = box.dataset.kindFields !== k;
    const url = new URL(location.href);
    url.searchParams.set('kind', k);
    history.replaceState(history.state, '', url);
  };

  // ---- feedback --------------------------------------------------------------------------------------------------

  let reviewTimer: ReturnType<typeof setTimeout> | undefined;
  /** How long the last review took: within a frame, drafts are reviewed at once; slower ones after a pause in typing. */
  let cost = 0;
  const scheduleReview = () => {
    clearTimeout(reviewTimer);
    reviewTimer = setTimeout(runReview, cost < 16 ? 0 : 150);
  };

  function runReview(): void {
    const started = performance.now();
    findings = review(kind, current.fields);
    paintFindings();
    for (const e of editors(kind)) paintMirror(e);
    refreshDeliver();
    cost = performance.now() - started;
    // Read by `npm run bench` (scripts/bench/bench-writing.mjs): the rules and the painting, per review.
    root.dataset.reviewMs = cost.toFixed(1);
  }

  /** The draft's text with the ranges of its findings as marks, wrapped exactly like the textarea above it. */
  function paintMirror(e: Editor): void {
    const text = e.input.value;
    // Past the checked length the layer would only double the browser's layout work for no marks: left empty.
    if (text.length > MAX_CHECKED_CHARS) {
      e.mirror.replaceChildren();
      return;
    }
    const ranges = findings
      .flatMap((f) => f.ranges)
      .filter((r) => r.field === e.field && r.end > r.start)
      .map((r) => [Math.min(r.start, text.length), Math.min(r.end, text.length)] as const)
      .sort((a, b) => a[0] - b[0]);
    const parts: Node[] = [];
    let at = 0;
    for (const [s, end] of ranges) {
      if (end <= at) continue;
      const from = Math.max(s, at);
      if (from > at) parts.push(document.createTextNode(text.slice(at, from)));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(from, end);
      parts.push(mark);
      at = end;
    }
    // A trailing space keeps a final empty line, which the textarea shows, in the layer too.
    parts.push(document.createTextNode(`${text.slice(at)} `));
    e.mirror.replaceChildren(...parts);
    // In the next frame, when the browser lays out anyway: reading scrollTop now would force a layout per keystroke.
    requestAnimationFrame(() => (e.mirror.scrollTop = e.input.scrollTop));
  }

  /** What the list shows, so an unchanged list is not rebuilt on every keystroke. */
  let shown = '';
  function paintFindings(): void {
    const empty = editors(kind).every((e) => e.input.value.trim() === '');
    const signature = JSON.stringify([empty, findings]);
    if (signature === shown) return;
    shown = signature;
    count.textContent = empty
      ? msg('count-empty')
      : findings.length === 0
        ? msg('count-none')
        : msg('count', { n: digits(findings.length) });
    list.replaceChildren(
      ...findings.map((f) => {
        const source = document.querySelector(`[data-rule-copy="${f.rule}"]`);
        const item = document.createElement('li');
        item.className = 'tool-panel';
        item.dataset.finding = f.rule;
        const what = document.createElement('p');
        what.className = 'font-bold';
        what.textContent = source?.querySelector('[data-what]')?.textContent ?? '';
        const why = document.createElement('p');
        why.className = 'mt-1 text-sm';
        why.textContent = source?.querySelector('[data-why]')?.textContent ?? '';
        const more = document.createElement('p');
        more.className = 'mt-2 flex flex-wrap items-center gap-3 text-sm';
        const link = source?.querySelector('a')?.cloneNode(true) as HTMLAnchorElement | undefined;
        if (link) {
          link.className = 'link';
          more.append(link);
        }
        const first = f.ranges[0];
        if (first) {
          const showButton = document.createElement('button');
          showButton.type = 'button';
          showButton.className = 'chip';
          showButton.textContent = msg('show');
          showButton.addEventListener('click', () => {
            const e = editors(kind).find((x) => x.field === first.field);
            e?.input.focus();
            e?.input.setSelectionRange(first.start, first.end);
          });
          more.append(showButton);
        }
        item.append(what, why, more);
        return item;
      }),
    );
  }

  // ---- wiring ----------------------------------------------------------------------------------------------------

  for (const k of ['proposal', 'service', 'profile'] as const) {
    for (const e of editors(k)) {
      e.input.addEventListener('input', () => {
        if (k !== kind) return;
        if (e.input.value.length > MAX_DRAFT_TEXT) {
          e.input.value = e.input.value.slice(0, MAX_DRAFT_TEXT);
          e.cut.textContent = msg('cut');
          e.cut.hidden = false;
        }
        current.fields[e.field] = e.input.value;
        current.updatedAt = new Date().toISOString();
        later(setField({ ...current, fields: { ...current.fields } }, e.field, e.input.value, new Date()));
        paintMirror(e);
        scheduleReview();
      });
      e.input.addEventListener('scroll', () => (e.mirror.scrollTop = e.input.scrollTop));
    }
  }

  nameInput.addEventListener('input', () => {
    current.name = nameInput.value;
    const draft = { ...current, fields: { ...current.fields } };
    later((d) => renameDraft(draft.id, draft.name, new Date())(addDraft(draft)(d)));
    const option = select.selectedOptions[0];
    if (option) option.textContent = current.name;
  });

  select.addEventListener('change', async () => {
    await flush();
    const chosen = data.drafts.find((d) => d.id === select.value);
    if (chosen) show(chosen);
  });

  for (const b of kindButtons) {
    b.addEventListener('click', async () => {
      await flush();
      setKind(b.dataset.kind as Kind);
      show(pick());
    });
  }

  const labels = () =>
    Object.fromEntries(FIELDS[kind].map((f) => [f, root.getAttribute(`data-label-${kind}-${f}`) ?? f]));

  const actions: Record<string, () => Promise<void> | void> = {
    new: async () => {
      await flush();
      const d = blank();
      show(d);
      await save(addDraft(d));
    },
    duplicate: async () => {
      await flush();
      const now = new Date();
      const copy = {
        ...current,
        id: newDraftId(now, [...data.drafts, current]),
        name: msg('copy-name', { name: current.name }).slice(0, 80),
        fields: { ...current.fields },
        updatedAt: now.toISOString(),
      };
      show(copy);
      await save(addDraft(copy));
    },
    delete: async () => {
      await flush();
      const gone = current;
      await save(removeDraft(gone.id));
      show(pick());
      const undo = document.createElement('button');
      undo.type = 'button';
      undo.className = 'chip ms-2';
      undo.textContent = msg('undo');
      undo.addEventListener('click', async () => {
        show(gone);
        await save(addDraft(gone));
      });
      status.replaceChildren(msg('deleted', { name: gone.name }), undo);
    },
    copy: async () => {
      try {
        await navigator.clipboard.writeText(draftText(kind, current.fields, labels()));
        status.replaceChildren(msg('copied'));
      } catch {
        status.replaceChildren(msg('copy-failed'));
      }
    },
    print: () => {
      fillPrint();
      print();
    },
  };
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-action]')) {
    b.addEventListener('click', () => void actions[b.dataset.action!]?.());
  }

  const fillPrint = () => {
    const title = document.createElement('h2');
    title.className = 'text-xl font-bold';
    title.textContent = current.name;
    const body = document.createElement('p');
    body.textContent = draftText(kind, current.fields, labels());
    printCopy.replaceChildren(title, body);
  };
  addEventListener('beforeprint', fillPrint);

  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-example]')) {
    b.addEventListener('click', async () => {
      try {
        const { EXAMPLES } = await import('../../lib/writing/examples');
        await flush();
        const which = b.dataset.example as 'template' | 'bad' | 'good';
        const name = msg(`${which}-name`, { kind: root.getAttribute(`data-kind-${kind}`) ?? '' });
        const now = new Date();
        const d = makeDraft(newDraftId(now, data.drafts), kind, name, now, EXAMPLES[kind][which]);
        show(d);
        await save(addDraft(d));
        status.replaceChildren(msg('example-loaded', { name }));
      } catch {
        status.replaceChildren(msg('example-failed'));
      }
    });
  }

  // Another tab changed the drafts: take them, and show the open draft's new text unless the reader is typing in it.
  addEventListener('storage', async (event) => {
    if (event.key !== null && event.key !== WRITING_KEY) return;
    const fresh = !store;
    const s = await loadStore();
    if (!fresh && !s.sync({ key: event.key, newValue: event.newValue })) return;
    data = s.state().data;
    const mine = data.drafts.find((d) => d.id === current.id);
    const typing = root.contains(document.activeElement) && document.activeElement instanceof HTMLTextAreaElement;
    if (mine && !typing && pending.length === 0) show(mine);
    else fillSelect();
    // A delivered draft deleted or renamed in another tab.
    refreshDeliver();
  });

  // Not needed to write: loaded after the first view (and stored for offline use like the other parts).
  if (root.querySelector('[data-deliver]'))
    void import('./deliver').then(({ deliverPanel }) => {
      refreshDeliver = deliverPanel(root, {
        kind: () => kind,
        draft: () => current,
        drafts: () => data.drafts,
        findings: () => findings,
        saveDraft: async () => {
          await flush();
          if (!data.drafts.some((d) => d.id === current.id))
            await save(addDraft({ ...current, fields: { ...current.fields } }));
        },
      });
      refreshDeliver();
    });

  // ---- first view ------------------------------------------------------------------------------------------------

  setKind(kind);
  current = blank();
  show(current);
  // Tests (and styles, if ever needed) can tell when the stored drafts are on screen.
  const ready = () => (root.dataset.ready = '');
  if (readLocal(WRITING_KEY) === null) ready();
  else {
    const inputs = [...root.querySelectorAll('textarea')];
    for (const t of inputs) t.readOnly = true;
    void loadStore().then((s) => {
      const state = s.state();
      data = state.data;
      if (state.readOnly) showNotice(msg('read-only'), false);
      else if (state.notice?.kind === 'quarantined') showNotice(msg('quarantined'), true);
      for (const t of inputs) t.readOnly = false;
      // A module page's link opens the draft delivered for its project (`?draft=`), once.
      const wanted = params.get('draft');
      show(data.drafts.find((d) => d.id === wanted && d.kind === kind) ?? pick());
      if (wanted !== null) {
        const url = new URL(location.href);
        url.searchParams.delete('draft');
        history.replaceState(history.state, '', url);
      }
      ready();
    });
  }
}
