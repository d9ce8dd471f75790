/**
 * "Make search work offline": stores the search page, its scripts, the lexicon and every file of Pagefind's index
 * (listed by the build in /search/offline-files.json) in the caches the service worker answers from. Files already
 * stored are not fetched again; a failure keeps what was stored. Loaded only when the reader asks.
 */
import { ASSETS_CACHE, PAGES_CACHE, SEARCH_CACHE } from '../shared/caches';
import {
  offlineCacheFor,
  readFileList,
  SAVE_SEARCH_COPY,
  searchSavedMessage,
  type SaveSearchOutcome,
} from '../../lib/offline/save-search';

const CACHE_NAMES = { pages: PAGES_CACHE, search: SEARCH_CACHE, assets: ASSETS_CACHE };
/** Files fetched at once: enough to hide latency, few enough not to crowd out the page. */
const PARALLEL = 4;

/** Null when the list cannot be fetched (offline) or the caches cannot be opened. */
export async function saveSearchForOffline(
  progress: (done: number, total: number) => void,
): Promise<SaveSearchOutcome | null> {
  // The worker answers from these caches; with Save-Data it may not be installed yet, and the reader asked.
  if (!navigator.serviceWorker.controller) await navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  let files;
  try {
    files = readFileList(await (await fetch('/search/offline-files.json', { cache: 'no-cache' })).json());
    await caches.keys();
  } catch {
    return null;
  }
  if (!files) return null;
  const outcome: SaveSearchOutcome = { stored: 0, bytes: 0, failed: 0 };
  let done = 0;
  const queue = [...files];
  const store = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      try {
        const cache = await caches.open(CACHE_NAMES[offlineCacheFor(file.url)!]);
        if (!(await cache.match(file.url))) await cache.add(file.url);
        outcome.stored++;
        outcome.bytes += file.bytes;
      } catch {
        outcome.failed++;
      }
      progress(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, store));
  return outcome;
}

/** Saves, saying in `status` how far it is, then what is stored and its size, or what went wrong and what to do. */
export async function saveSearchWithStatus(status: HTMLElement): Promise<void> {
  try {
    const outcome = await saveSearchForOffline((done, total) => {
      status.textContent = SAVE_SEARCH_COPY.saving(done, total);
    });
    status.textContent = outcome ? searchSavedMessage(outcome) : SAVE_SEARCH_COPY.noList;
  } catch {
    status.textContent = navigator.onLine ? SAVE_SEARCH_COPY.noStorage : SAVE_SEARCH_COPY.noList;
  }
}
