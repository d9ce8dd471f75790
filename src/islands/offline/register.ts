/**
 * Registers the service worker (dist/sw.js, made by scripts/service-worker.mjs) and offers a new version
 * with a small notice. The page reloads only when the reader presses "update", in this tab only, so a
 * half-filled form is never lost to an update.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  // The worker keeps a copy of the page that installed it (see scripts/service-worker.mjs).
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').then((registration) => {
      const notice = document.querySelector<HTMLElement>('[data-update-notice]');
      // Some browsers (and blocked workers in tests) resolve without a registration.
      if (registration && notice) watchForUpdates(registration, notice);
    }, () => {});
  });
}

function watchForUpdates(registration: ServiceWorkerRegistration, notice: HTMLElement): void {
  const offer = () => {
    if (registration.waiting && navigator.serviceWorker.controller) notice.hidden = false;
  };
  // A worker may already be installing when this runs (the check starts with the page): follow it too.
  const follow = (worker: ServiceWorker | null) => worker?.addEventListener('statechange', offer);
  offer();
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
  notice.querySelector('[data-update-apply]')?.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
  });
  notice.querySelector('[data-update-later]')?.addEventListener('click', () => (notice.hidden = true));
}
