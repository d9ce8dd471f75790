/** The header's search dialog: mounted on first open, then reused. Enter opens the full results page. */
import { mountSearch, type SearchBox } from './controller';

let box: SearchBox | undefined;

export function openSearchDialog(dialog: HTMLDialogElement): void {
  if (!box) {
    box = mountSearch(dialog, { pageSize: 6 });
    const all = dialog.querySelector<HTMLAnchorElement>('[data-search-all]')!;
    box.input.addEventListener('input', () => {
      all.href = `/search/${box!.input.value.trim() ? `?q=${encodeURIComponent(box!.input.value.trim())}` : ''}`;
    });
    dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
    // A search field spends Escape on clearing itself; in the dialog, Escape always closes.
    box.input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog.close();
      }
    });
    // A click on the backdrop (outside the panel) closes, as readers expect of a dialog.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }
  dialog.showModal();
  box.input.focus();
  box.input.select();
}
