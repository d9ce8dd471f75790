/**
 * The header's search link opens the search dialog ("/" or Ctrl+K from anywhere). The dialog's code and
 * Pagefind load only then, so a page view downloads nothing of search. On the search page the shortcut
 * focuses its own box. If the dialog cannot load (offline before any visit), the link goes to /search/.
 */
export function setUpSearchLauncher(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  if (!link) return;
  const open = () => {
    const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
    if (pageBox) return pageBox.focus();
    import('./dialog').then(
      (m) => m.openSearchDialog(),
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
