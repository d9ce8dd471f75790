/**
 * Which pages the service worker can show with the network cut (scripts/build/service-worker.mjs): each visited or
 * saved page is kept once, under its path, and answers any query string of that path; the search and offline pages
 * are precached as `<path>index.html`.
 */

/** A page's address as the worker keeps it: the path alone, without query string or fragment. */
export const pagePath = (url: string): string => new URL(url, location.href).pathname;

/** False where no worker controls this page (it could serve nothing) or the caches cannot be read. */
export async function availableOffline(url: string): Promise<boolean> {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller || !('caches' in window)) return false;
  const path = pagePath(url);
  try {
    // ignoreSearch: copies stored by older workers under their whole address, and the precache's revision tag.
    const found =
      (await caches.match(path, { ignoreSearch: true })) ??
      (await caches.match(`${path}index.html`, { ignoreSearch: true }));
    return found !== undefined;
  } catch {
    return false;
  }
}
