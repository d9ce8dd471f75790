/**
 * The "new version ready" notice, built only when a new version waits. The page reloads only when the reader
 * presses "update", in this tab only, so a half-filled form is never lost to an update.
 */
import { button } from '../shared/button';
let shown = false;

export function offerUpdate(registration: ServiceWorkerRegistration): void {
  if (shown) return;
  shown = true;
  const notice = document.createElement('div');
  notice.setAttribute('role', 'status');
  notice.dataset.updateNotice = '';
  notice.className =
    'fixed inset-x-3 bottom-3 z-40 mx-auto flex max-w-lg flex-wrap items-center gap-3 rounded-xl bg-slate-900 p-4 text-white shadow-xl dark:bg-slate-100 dark:text-slate-900';
  const text = document.createElement('p');
  text.className = 'flex-1';
  text.textContent = 'نسخة أحدث من الدليل جاهزة. حدّث الصفحة حين تنتهي مما تكتبه.';
  notice.append(
    text,
    button('حدّث الآن', 'btn', () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
      registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
    }),
    button('لاحقًا', 'rounded-xl px-3 py-2 underline', () => notice.remove()),
  );
  document.body.append(notice);
}
