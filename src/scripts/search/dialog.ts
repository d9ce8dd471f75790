/** The header's search dialog: built and mounted on first open, then reused. Enter opens the full results page. */
import { mountSearch, type SearchBox } from './controller';
import { buildSearchDialog } from './dialog-markup';

let box: SearchBox | undefined;
let dialog: HTMLDialogElement;
let returnTo: Element | null = null;

export function openSearchDialog(): void {
  if (!box) {
    dialog = buildSearchDialog();
    document.body.append(dialog);
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
    // Focus goes back where it was (or leaves the closed box), so "/" opens search again.
    dialog.addEventListener('close', () => {
      if (returnTo instanceof HTMLElement && returnTo !== document.body) returnTo.focus();
      else (document.activeElement as HTMLElement | null)?.blur();
    });
    // A click on the backdrop (outside the panel) closes, as readers expect of a dialog.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }
  returnTo = document.activeElement;
  dialog.showModal();
  box.input.focus();
  box.input.select();
}
