/**
 * Makes every `[data-checklist]` list on the page remember its ticks: shows saved ticks at once (a loose,
 * read-only parse), saves through the storage module loaded on the first change, counts progress (a bar, and a
 * card once every item is ticked), resets after asking,
 * follows other tabs, and tells the reader in Arabic when nothing could be saved, when old data was set aside (its
 * readable ticks kept), or when a newer version of the site saved the ticks (shown read-only).
 * Plain script, no framework: it runs on content pages.
 */
import { ticksFromStoredText } from '../../lib/checklists/saved-ticks';
import { fillTemplate } from '../../lib/format/template';
import { CHECKLISTS_KEY } from '../../lib/storage/keys';
import { storedByNewerVersion } from '../../lib/storage/loose-read';
import { CHECKLISTS_VERSION } from '../../lib/storage/versions';
import { readLocal } from '../shared/local-storage';

let saver: typeof import('./save-ticks') | null = null;
const saveCode = () => import('./save-ticks').then((m) => (saver = m));

for (const root of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
  const listId = root.dataset.checklist!;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-item]')];
  const ids = boxes.map((b) => b.dataset.item!);
  const count = root.querySelector<HTMLElement>('[data-checklist-count]');
  const warning = root.querySelector<HTMLElement>('[data-not-saved]');
  const quarantine = root.querySelector<HTMLElement>('[data-quarantine-notice]');
  const newer = root.querySelector<HTMLElement>('[data-newer-version]');
  const reset = root.querySelector<HTMLButtonElement>('[data-checklist-reset]');
  const confirm = root.querySelector<HTMLElement>('[data-reset-confirm]');
  const complete = root.querySelector<HTMLElement>('[data-checklist-complete]');
  const bar = root.querySelector('progress');
  root.dataset.ready = '';

  const showCount = () => {
    const done = boxes.filter((b) => b.checked).length;
    if (count)
      count.textContent = fillTemplate(count.dataset.template ?? '', {
        done: String(done),
        total: String(boxes.length),
      });
    if (bar) bar.value = done;
    if (complete) complete.hidden = done < boxes.length;
  };
  const apply = () => {
    const raw = readLocal(CHECKLISTS_KEY);
    // Saved by a newer version of the site: shown as it is, and never overwritten by this one.
    const readOnly = storedByNewerVersion(raw, CHECKLISTS_VERSION);
    if (newer) newer.hidden = !readOnly;
    if (reset) reset.disabled = readOnly;
    const ticked = ticksFromStoredText(raw, listId, ids);
    for (const box of boxes) {
      box.checked = ticked.has(box.dataset.item!);
      box.disabled = readOnly;
    }
    showCount();
  };
  // Ticks made while the save code loads wait for it together: the stored state is shown again only once the
  // last of them is saved, or it would briefly untick a box whose own save is still waiting.
  let waiting = 0;
  const save = async (itemId: string | null, ticked: boolean) => {
    showCount();
    waiting++;
    const outcome = (await saveCode()).saveTick(listId, itemId, ticked);
    waiting--;
    if (warning) warning.hidden = outcome.saved || outcome.readOnly;
    // Show what is stored now: another tab's ticks that arrived meanwhile, or, from a newer version, read-only.
    if ((outcome.saved || outcome.readOnly) && waiting === 0) apply();
    if (quarantine && outcome.quarantinedRaw !== null && quarantine.hidden) {
      const link = quarantine.querySelector('a');
      if (link) link.href = URL.createObjectURL(new Blob([outcome.quarantinedRaw], { type: 'application/json' }));
      quarantine.hidden = false;
    }
  };

  apply();
  // Start fetching the save code as soon as the reader reaches for a box, so the tick saves without delay.
  const prefetch = () => void saveCode();
  root.addEventListener('pointerdown', prefetch, { once: true });
  root.addEventListener('focusin', prefetch, { once: true });
  for (const box of boxes) box.addEventListener('change', () => void save(box.dataset.item!, box.checked));
  if (reset && confirm) {
    reset.hidden = false;
    // The question replaces the button until answered; either answer gives the button its place and focus back.
    const ask = (open: boolean) => {
      reset.hidden = open;
      confirm.hidden = !open;
      (open ? confirm.querySelector<HTMLElement>('[data-reset-no]') : reset)?.focus();
    };
    reset.addEventListener('click', () => ask(true));
    confirm.addEventListener('click', (e) => {
      const yes = (e.target as HTMLElement).closest('[data-reset-yes]');
      if (!yes && !(e.target as HTMLElement).closest('[data-reset-no]')) return;
      ask(false);
      if (!yes) return;
      for (const box of boxes) box.checked = false;
      void save(null, false);
    });
  }
  addEventListener('storage', (e) => {
    if (e.key !== CHECKLISTS_KEY && e.key !== null) return;
    saver?.syncTicks(e);
    apply();
  });
}
