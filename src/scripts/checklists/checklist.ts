/**
 * Makes every `[data-checklist]` list on the page remember its ticks: shows saved ticks at once (a loose,
 * read-only parse), saves through the storage module loaded on the first change, counts progress, resets,
 * follows other tabs, and tells the reader in Arabic when nothing could be saved or old data was set aside.
 * Plain script, no framework: it runs on content pages.
 */
import { ticksFromStoredText } from '../../lib/checklists/saved-ticks';
import { fillTemplate } from '../../lib/format/template';
import { CHECKLISTS_KEY } from '../../lib/storage/keys';
import { readLocal } from '../shared/local-storage';

for (const root of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
  const listId = root.dataset.checklist!;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-item]')];
  const ids = boxes.map((b) => b.dataset.item!);
  const count = root.querySelector<HTMLElement>('[data-checklist-count]');
  const warning = root.querySelector<HTMLElement>('[data-not-saved]');
  const quarantine = root.querySelector<HTMLElement>('[data-quarantine-notice]');
  const reset = root.querySelector<HTMLButtonElement>('[data-checklist-reset]');

  const showCount = () => {
    if (count)
      count.textContent = fillTemplate(count.dataset.template ?? '', {
        done: String(boxes.filter((b) => b.checked).length),
        total: String(boxes.length),
      });
  };
  const apply = () => {
    const ticked = ticksFromStoredText(readLocal(CHECKLISTS_KEY), listId, ids);
    for (const box of boxes) box.checked = ticked.has(box.dataset.item!);
    showCount();
  };
  const save = async () => {
    showCount();
    const { saveTicks } = await import('./save-ticks');
    const outcome = saveTicks(
      listId,
      boxes.filter((b) => b.checked).map((b) => b.dataset.item!),
    );
    if (warning) warning.hidden = outcome.saved;
    if (quarantine && outcome.quarantinedRaw !== null) {
      const link = quarantine.querySelector('a');
      if (link) link.href = URL.createObjectURL(new Blob([outcome.quarantinedRaw], { type: 'application/json' }));
      quarantine.hidden = false;
    }
  };

  apply();
  // Start fetching the save code as soon as the reader reaches for a box, so the tick saves without delay.
  const prefetch = () => void import('./save-ticks');
  root.addEventListener('pointerdown', prefetch, { once: true });
  root.addEventListener('focusin', prefetch, { once: true });
  for (const box of boxes) box.addEventListener('change', save);
  if (reset) {
    reset.hidden = false;
    reset.addEventListener('click', () => {
      for (const box of boxes) box.checked = false;
      void save();
    });
  }
  addEventListener('storage', (e) => {
    if (e.key === CHECKLISTS_KEY) apply();
  });
}
