/**
 * Registers the service worker (dist/sw.js, made by scripts/build/service-worker.mjs). When a new version is waiting,
 * the notice's code loads (update-notice.ts); nothing of it is downloaded on an ordinary page view.
 * With Save-Data on (the browser's data saver: the `Save-Data` header and `navigator.connection.saveData` say the
 * same), no worker is installed for the reader's browsing: it would download the worker and the offline page. One
 * already installed keeps working, and "save for offline" installs it, because the reader asked.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || saveData()) return;
  addEventListener('load', () => {
    void installWorker().then(
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

/** The reader's data saver. */
export const saveData = (): boolean =>
  Boolean((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData);

/**
 * Registers the worker; on the visit that installs it, hands it this page and the files the page loaded before
 * any worker existed, which it stores from the browser's HTTP cache (no second download).
 */
function installWorker(): Promise<ServiceWorkerRegistration | undefined> {
  const firstVisit = !navigator.serviceWorker.controller;
  const registered = navigator.serviceWorker.register('/sw.js');
  if (firstVisit)
    void navigator.serviceWorker.ready.then((ready) =>
      ready.active?.postMessage({
        type: 'KEEP',
        page: location.pathname,
        files: performance.getEntriesByType('resource').map((entry) => entry.name),
      }),
    );
  return registered;
}
