/**
 * The header's search dialog: built and mounted on first open, then reused. Enter opens the full results page;
 * offline, only where the service worker can show it (it precaches it), else the reader stays with the results here.
 */
import { OFFLINE_COPY } from '../../lib/search/copy';
import { availableOffline } from '../shared/offline-pages';
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
    const pageHref = () =>
      `/search/${box!.input.value.trim() ? `?q=${encodeURIComponent(box!.input.value.trim())}` : ''}`;
    box.input.addEventListener('input', () => {
      all.href = pageHref();
    });
    const openSearchPage = (event: Event) => {
      if (navigator.onLine) return;
      event.preventDefault();
      const href = pageHref();
      void availableOffline('/search/').then(async (available) => {
        if (available) return location.assign(href);
        // Results first (a search may still be waiting for the typing pause), then why the page did not open.
        await box!.run();
        const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
        status.textContent = `${status.textContent} ${OFFLINE_COPY.searchPageNotSaved}`.trim();
      });
    };
    dialog.querySelector('[data-search-form]')!.addEventListener('submit', openSearchPage);
    all.addEventListener('click', openSearchPage);
    // The box lets go of the focus as the dialog closes: the close event, which puts the focus back, comes a
    // moment later, and a "/" pressed before it would otherwise land in the closed box instead of opening search.
    const close = () => {
      box!.input.blur();
      dialog.close();
    };
    dialog.querySelector('[data-search-close]')!.addEventListener('click', close);
    // A search field spends Escape on clearing itself; in the dialog, Escape always closes.
    box.input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    });
    // Focus goes back where it was (or leaves the closed box), so "/" opens search again.
    dialog.addEventListener('close', () => {
      if (returnTo instanceof HTMLElement && returnTo !== document.body) returnTo.focus();
      else (document.activeElement as HTMLElement | null)?.blur();
    });
    // A click on the backdrop (outside the panel) closes, as readers expect of a dialog.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) close();
    });
  }
  // Opened again before the last close event ran, focus is still in the box: it has nowhere to go back to.
  returnTo = dialog.contains(document.activeElement) ? null : document.activeElement;
  dialog.showModal();
  box.input.focus();
  box.input.select();
}
