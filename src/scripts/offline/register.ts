/**
 * Registers the service worker (dist/sw.js, made by scripts/build/service-worker.mjs). When a new version is waiting,
 * the notice's code loads (update-notice.ts); nothing of it is downloaded on an ordinary page view.
 * With Save-Data on (the browser's data saver: the `Save-Data` header and `navigator.connection.saveData` say the
 * same), no worker is installed while browsing: it would download the worker and the offline page. One already
 * installed keeps working, and the explicit "save for offline" buttons install it, because the reader asked.
 *
 * The site's font comes with the worker. A page it does not control (a first view) is drawn in the system's Arabic
 * font as soon as its HTML and stylesheet arrive, with no font file competing for a slow connection and no change
 * of font, or shift, under the reader's eyes. After that page's load event and first paint, its font files are
 * fetched with the worker's registration; the worker keeps them, and every page it controls is drawn with the
 * font from its first paint (config/head-script.mjs sets `data-font`).
 */
export function registerServiceWorker(): void {
  if (
    import.meta.env.DEV ||
    !('serviceWorker' in navigator) ||
    (navigator as { connection?: { saveData?: boolean } }).connection?.saveData
  )
    return;
  // After the load event and once the first paint is on screen (its `paint` entry): on a fast connection the load
  // event can come first. A browser without paint timing (Safari before 14.1) goes ahead at the load event.
  addEventListener('load', () => {
    if (!('PerformancePaintTiming' in window)) return registerAfterFirstPaint();
    new PerformanceObserver((_, painted) => {
      painted.disconnect();
      registerAfterFirstPaint();
    }).observe({ type: 'paint', buffered: true });
  });
}

function registerAfterFirstPaint(): void {
  // An unused face is only fetched when asked for; one that fails (offline) leaves the system font in place.
  for (const face of document.fonts) face.load().catch(() => {});
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
}
