/**
 * "Save the path for offline": stores every page the learning path links to in the cache the service worker
 * reads pages from (search already works offline: the worker precaches the index). Progress is reported as it
 * goes; a failure names how many pages could not be saved and keeps what was saved.
 */
import { PAGES_CACHE } from '../shared/caches';
import { countLabel, PAGES } from '../../lib/format/plural';

export async function savePathForOffline(
  button: HTMLButtonElement,
  status: HTMLElement,
  links: string[],
): Promise<void> {
  const pages = [...new Set(['/path/', '/search/', ...links])];
  button.disabled = true;
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
  button.disabled = false;
  status.textContent = failed
    ? `لم نستطع حفظ ${countLabel(failed, PAGES)} (انقطع الاتصال أو امتلأت مساحة المتصفح). ما حُفظ باقٍ؛ اضغط مرة أخرى لإكمال الباقي.`
    : `المسار محفوظ: ${countLabel(pages.length, PAGES)} والبحث فيها تعمل الآن دون اتصال.`;
}
