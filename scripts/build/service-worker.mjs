// Generates dist/sw.js with Workbox after Pagefind has written its files.
// Precached on install (what every visit needs and what offline search needs): styles, scripts, fonts,
// Pagefind's engine, its index metadata, word index and result fragments, the search lexicon, the offline
// and search pages, the manifest and icons. Other pages are cached as the reader visits them (network first, so a
// new deploy shows at once) or all at once with "save the path for offline", which keeps the install light.
// A page is kept once, under its path, and answers any query string of that path: the tools and the search page
// read their query in the browser, so `/tools/pricing/?target=7777` is the HTML of `/tools/pricing/`.
import fs from 'node:fs';
import path from 'node:path';
import { generateSW } from 'workbox-build';
// Shared with the pages: "save for offline" fills these caches and the offline page lists them.
import { PAGES_CACHE, SEARCH_CACHE } from '../../src/scripts/shared/caches.ts';

/** Workbox plugin: pages are stored and looked up by path, whatever query string the reader arrived with. */
const byPath = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

/** Network first for pages, into the page cache; with the network cut, the saved copy, else `fallbackURL`. */
const pageOptions = (fallbackURL) => ({
  cacheName: PAGES_CACHE,
  networkTimeoutSeconds: 4,
  // Also finds copies that workers before this one stored under their whole address.
  matchOptions: { ignoreSearch: true },
  plugins: [byPath],
  precacheFallback: { fallbackURL },
});

/** Above this, a part of the index is cached as the reader searches instead of on install (a huge site). */
const PRECACHE_LIMIT = 3 * 1024 * 1024;

const folderBytes = (dir) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0) : 0;

/** @param {string} dist @param {string} buildId */
export async function writeServiceWorker(dist, buildId) {
  const entry = path.join(dist, 'pagefind', 'pagefind-entry.json');
  if (!fs.existsSync(entry))
    throw new Error("the service worker needs Pagefind's files: dist/pagefind/pagefind-entry.json is missing");
  const searchParts = ['index', 'fragment'].filter(
    (part) => folderBytes(path.join(dist, 'pagefind', part)) <= PRECACHE_LIMIT,
  );
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    swDest: path.join(dist, 'sw.js'),
    globPatterns: [
      '_astro/**/*.{js,css,woff2}',
      'pagefind/pagefind.js',
      'pagefind/wasm.ar.pagefind',
      'pagefind/*.pf_meta',
      // The word index and every result's fragment (title, excerpt): with them, search works offline after one
      // visit. On a site so large that either passes PRECACHE_LIMIT, it is cached as the reader searches.
      ...searchParts.map((part) => `pagefind/${part}/*.pf_${part}`),
      'pagefind/filter/*.pf_filter',
      'search/lexicon.json',
      'offline/index.html',
      // The search page (about 4 kB gzipped; its scripts are precached above): search works offline after a
      // visit to any page, and the offline page's link to it and Enter in the header dialog lead somewhere.
      'search/index.html',
      'manifest.webmanifest',
      'favicon.svg',
      'icons/*.png',
    ],
    importScripts: ['/sw-first-visit.js'],
    // Pagefind asks for its entry file with ?ts=<metaCacheTag>; this exact URL belongs to this build.
    additionalManifestEntries: [{ url: `/pagefind/pagefind-entry.json?ts=${buildId}`, revision: null }],
    modifyURLPrefix: { '': '/' },
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // A new version waits until the reader chooses to reload (the page sends SKIP_WAITING).
    skipWaiting: false,
    navigateFallback: null,
    // Without this, the precache would answer `/search/` and `/offline/` itself, cache first: they go through the
    // network-first page routes below like every page, and their precached copies are the offline fallback.
    directoryIndex: null,
    runtimeCaching: [
      {
        urlPattern: ({ request, url }) => request.mode === 'navigate' && url.pathname === '/search/',
        handler: 'NetworkFirst',
        options: pageOptions('/search/index.html'),
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: pageOptions('/offline/index.html'),
      },
      {
        urlPattern: ({ url }) => url.pathname === '/pagefind/pagefind-entry.json',
        handler: 'NetworkFirst',
        options: { cacheName: SEARCH_CACHE },
      },
      {
        // Fragments, index chunks and filters have content-hashed names: once cached, always right.
        urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/'),
        handler: 'CacheFirst',
        options: { cacheName: SEARCH_CACHE, expiration: { maxEntries: 2000 } },
      },
      {
        urlPattern: ({ url }) => url.pathname.startsWith('/_astro/'),
        handler: 'CacheFirst',
        options: { cacheName: 'dalil-assets', expiration: { maxEntries: 200 } },
      },
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  // The page that installed the worker was loaded before it existed, so nothing cached it: on activation the
  // worker stores every open page of the site, which makes the very first visit readable offline.
  fs.writeFileSync(
    path.join(dist, 'sw-first-visit.js'),
    `self.addEventListener('activate', (event) => event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((pages) => caches.open(${JSON.stringify(PAGES_CACHE)}).then((cache) => Promise.all(pages.map((page) => cache.add(new URL(page.url).pathname).catch(() => {})))))));\n`,
  );
  return { count, size };
}
