/**
 * Registers the service worker (dist/sw.js, made by scripts/build/service-worker.mjs). When a new version is waiting,
 * the notice's code loads (update-notice.ts); nothing of it is downloaded on an ordinary page view.
 * With Save-Data on (the browser's data saver: the `Save-Data` header and `navigator.connection.saveData` say the
 * same), no worker is installed while browsing: it would download the worker and the offline page. One already
 * installed keeps working, and the explicit "save for offline" buttons install it, because the reader asked.
 */
export function registerServiceWorker(): void {
  if (
    import.meta.env.DEV ||
    !('serviceWorker' in navigator) ||
    (navigator as { connection?: { saveData?: boolean } }).connection?.saveData
  )
    return;
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').then(
      (registration) => {
        // Registration waits for an update check already under way, so a worker found then is waiting by now.
        const offer = () =>
          registration?.waiting &&
          navigator.serviceWorker.controller &&
          import('./update-notice').then((m) => m.offerUpdate(registration));
        offer();
        // Blocked workers (some browsers, the tests) resolve without a registration.
        registration?.addEventListener('updatefound', () =>
          registration.installing?.addEventListener('statechange', offer),
        );
      },
      () => {},
    );
  });
}
