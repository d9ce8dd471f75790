/**
 * "Save the path for offline": stores every page the learning path links to in the cache the service worker
 * reads pages from, then the whole search index (save-search.ts), so search finds every saved page offline.
 * Progress is reported as it goes; a failure names how many pages could not be saved and keeps what was saved.
 */
import { PAGES_CACHE } from '../shared/caches';
import { countLabel, PAGES } from '../../lib/format/plural';
import { kilobytes, SAVE_SEARCH_COPY, searchSavedMessage } from '../../lib/offline/save-search';
import { saveSearchForOffline } from './save-search';

export async function savePathForOffline(status: HTMLElement, links: string[]): Promise<void> {
  const pages = [...new Set(['/path/', ...links])];
  // With Save-Data no worker is installed while browsing; the reader asked for offline reading now.
  if (!navigator.serviceWorker.controller) await navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  let failed = 0;
  try {
    const pageCache = await caches.open(PAGES_CACHE);
    let done = 0;
    for (const url of pages) {
      try {
        await pageCache.add(url);
      } catch {
        failed++;
      }
      status.textContent = `حفظنا ${done++ + 1} من ${pages.length}…`;
    }
  } catch {
    failed = Math.max(failed, 1);
  }
  const search = failed
    ? null
    : await saveSearchForOffline((done, total) => {
        status.textContent = SAVE_SEARCH_COPY.saving(done, total);
      }).catch(() => null);
  if (failed)
    status.textContent = `لم نستطع حفظ ${countLabel(failed, PAGES)} (انقطع الاتصال أو امتلأت مساحة المتصفح). ما حُفظ باقٍ؛ اضغط مرة أخرى لإكمال الباقي.`;
  else if (!search || search.failed)
    status.textContent = `المسار محفوظ: ${countLabel(pages.length, PAGES)}. ${search ? searchSavedMessage(search) : SAVE_SEARCH_COPY.noList}`;
  else
    status.textContent = `المسار محفوظ: ${countLabel(pages.length, PAGES)}، والبحث فيها يعمل الآن دون اتصال (حُفظ منه ${kilobytes(search.bytes)}).`;
}
