/**
 * The "new version ready" notice. The page reloads only when the reader presses "update", in this tab only,
 * so a half-filled form is never lost to an update.
 */
let shown = false;

export function offerUpdate(registration: ServiceWorkerRegistration): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!notice || shown) return;
  shown = true;
  notice.hidden = false;
  notice.querySelector('[data-update-apply]')?.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
  });
  notice.querySelector('[data-update-later]')?.addEventListener('click', () => (notice.hidden = true));
}
