/**
 * Shows the path page's "save for offline" button where a service worker can serve saved pages. The click answers
 * at once; the saving itself loads when pressed, and says so if it cannot even load.
 */
export function offerSaveForOffline(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-save-offline]');
  const status = document.querySelector<HTMLElement>('[data-save-offline-status]');
  if (!button || !status || !('serviceWorker' in navigator) || !('caches' in window)) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = 'نبدأ الحفظ…';
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-path-progress] a[href^="/"]')].map(
      (a) => a.pathname,
    );
    void import('./save-path')
      .then((m) => m.savePathForOffline(status, links))
      .catch(() => {
        status.textContent = 'تعذّر بدء الحفظ: اتصل بالإنترنت وأعد المحاولة.';
      })
      .finally(() => {
        button.disabled = false;
      });
  });
}
