/**
 * The header's search link opens the search dialog ("/" or Ctrl+K from anywhere). The dialog's code and
 * Pagefind load only then, so a page view downloads nothing of search. On the search page the shortcut
 * focuses its own box. If the dialog cannot load (offline before any visit), the link goes to /search/.
 */
// The dialog is bundled as a self-contained module with its own URL (Vite's `?worker&url`, in ES format; it
// never runs as a worker). Importing it by URL keeps Vite's ~0.9 kB preload helper off every page.
import dialogModule from '../search/dialog-entry?worker&url';
import { OPEN_SEARCH_EVENT } from '../search/events';

let loaded = false;

export function setUpSearchLauncher(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (!link || !dialog) return;
  const open = () => {
    const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
    if (pageBox) return pageBox.focus();
    // The first import opens the dialog itself; later opens reuse the loaded module.
    if (loaded) return void document.dispatchEvent(new Event(OPEN_SEARCH_EVENT));
    import(/* @vite-ignore */ dialogModule).then(
      () => (loaded = true),
      () => location.assign(link.href),
    );
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    const typing = (event.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable="true"]');
    if ((event.key === '/' && !typing) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k')) {
      event.preventDefault();
      open();
    }
  });
}
