/** Shows the path page's "save for offline" button where a service worker can serve saved pages. */
export function offerSaveForOffline(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-save-offline]');
  const status = document.querySelector<HTMLElement>('[data-save-offline-status]');
  if (!button || !status || !('serviceWorker' in navigator) || !('caches' in window)) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-path-progress] a[href^="/"]')].map(
      (a) => a.pathname,
    );
    void import('./save-path').then((m) => m.savePathForOffline(button, status, links));
  });
}
