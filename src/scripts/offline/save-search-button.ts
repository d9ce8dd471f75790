/**
 * Shows "make search work offline" where a service worker can answer from the caches. Its work, and every message,
 * loads when the reader presses it, so the pages carrying the button (search, offline) stay light.
 */
export function offerSearchOffline(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-save-search]');
  const status = document.querySelector<HTMLElement>('[data-save-search-status]');
  if (!button || !status || !('serviceWorker' in navigator) || !('caches' in window)) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    void import('./save-search')
      .then((m) => m.saveSearchWithStatus(status))
      .catch(() => {
        // The module itself could not load: offline, on a page saved before this one could.
        status.textContent = 'لم نستطع بدء الحفظ: يبدو أنك غير متصل. اتصل بالإنترنت ثم اضغط مرة أخرى.';
      })
      .finally(() => {
        button.disabled = false;
      });
  });
}
