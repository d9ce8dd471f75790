/**
 * The offline page's list: every page in the service worker's page cache, once each, by its title. The worker
 * keeps one copy per path, but workers before it stored every address with its query string
 * (`/tools/pricing/?target=…`), so copies are grouped by path: that is also what the worker answers.
 */
import { PAGES_CACHE } from '../shared/caches';
import { countLabel, PAGES } from '../../lib/format/plural';

const SITE_SUFFIX = / \| .*$/;

export async function listSavedPages(list: HTMLElement, status: HTMLElement): Promise<void> {
  let entries: { url: string; title: string }[] = [];
  try {
    const cache = await caches.open(PAGES_CACHE);
    const byPath = new Map<string, Request>();
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      // The copy stored under the bare path is the one the worker now refreshes; prefer it.
      if (!byPath.has(path) || request.url.endsWith(path)) byPath.set(path, request);
    }
    entries = await Promise.all(
      [...byPath].map(async ([path, request]) => {
        const html = (await (await cache.match(request))?.text()) ?? '';
        // Parsed as an inert document: only the title's text is read.
        const title = new DOMParser().parseFromString(html, 'text/html').title.replace(SITE_SUFFIX, '').trim();
        return { url: path, title: title || path };
      }),
    );
  } catch {
    status.textContent = 'لا يسمح هذا المتصفح بقراءة ما حُفظ.';
    return;
  }
  const pages = entries.filter((e) => e.url !== '/offline/').sort((a, b) => a.title.localeCompare(b.title, 'ar'));
  status.textContent = pages.length
    ? `${countLabel(pages.length, PAGES)} جاهزة للقراءة دون اتصال:`
    : 'لم تُحفظ أي صفحة بعد. كل صفحة تزورها وأنت متصل تُحفظ تلقائيًا.';
  list.replaceChildren(
    ...pages.map((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'link';
      link.href = page.url;
      link.textContent = page.title;
      item.append(link);
      return item;
    }),
  );
}
