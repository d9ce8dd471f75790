// Generates dist/sw.js with Workbox after Pagefind has written its files, and the worker's own script
// (dist/sw-keep.js) and the list of search files (dist/search/offline-files.json) for "make search work offline".
// A first visit costs what the page costs: the install precaches only the offline page and the files it needs
// (its styles, fonts and scripts: the ones the page already has come from the browser's HTTP cache, not the
// network). Nothing of search is fetched before the reader searches: Pagefind's files, the search page and its
// scripts are cached as they are fetched, or all at once when the reader asks. Pages are cached as the reader
// visits them (network first, so a new deploy shows at once); the page that installed the worker, and the files it
// loaded, are stored from the HTTP cache when the page reports them (src/scripts/offline/register.ts).
// A page is kept once, under its path, and answers any query string of that path: the tools and the search page
// read their query in the browser, so `/tools/pricing/?target=7777` is the HTML of `/tools/pricing/`.
import fs from 'node:fs';
import path from 'node:path';
import { generateSW } from 'workbox-build';
// Shared with the pages: "save for offline" fills these caches and the offline page lists them.
import { ASSETS_CACHE, PAGES_CACHE, SEARCH_CACHE } from '../../src/scripts/shared/caches.ts';

/** Workbox plugin: pages are stored and looked up by path, whatever query string the reader arrived with. */
const byPath = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

/** Network first for pages, into the page cache; with the network cut, the saved copy, else the offline page. */
const pageOptions = {
  cacheName: PAGES_CACHE,
  networkTimeoutSeconds: 4,
  // Also finds copies that workers before this one stored under their whole address.
  matchOptions: { ignoreSearch: true },
  plugins: [byPath],
  precacheFallback: { fallbackURL: '/offline/index.html' },
};

const IMPORT_STATIC = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
// Vite writes dynamic imports with backquotes: import(`./chunk.js`).
const IMPORT_ANY = /(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;

/**
 * Every file under dist/ an HTML page loads by itself: scripts, styles, their static imports and the fonts; with
 * `onUse`, also the modules they import dynamically (what the page loads when the reader uses it).
 */
export function pageFiles(dist, htmlFile, { onUse = false } = {}) {
  const html = fs.readFileSync(path.join(dist, htmlFile), 'utf8');
  const found = new Set([
    ...[...html.matchAll(/\s(?:src|href|component-url|renderer-url)="(\/_astro\/[^"]+\.(?:js|css|woff2))"/g)].map(
      (m) => m[1],
    ),
    // Fonts declared in the page's inline @font-face rules.
    ...[...html.matchAll(/url\(["']?(\/_astro\/[^"')]+\.woff2)/g)].map((m) => m[1]),
  ]);
  for (const file of found) {
    if (file.endsWith('.woff2')) continue;
    const code = fs.readFileSync(path.join(dist, file), 'utf8');
    const dir = path.posix.dirname(file);
    const imports = file.endsWith('.css')
      ? [...code.matchAll(/url\(["']?([^"')]+\.woff2)/g)].map((m) => m[1])
      : [...code.matchAll(onUse ? IMPORT_ANY : IMPORT_STATIC)].map((m) => path.posix.join(dir, m[1]));
    for (const url of imports) found.add(url);
  }
  return [...found];
}

/** Every page's HTML file under dist/, relative (Pagefind's folder holds none). */
const htmlFiles = (dist, dir = '') =>
  fs.readdirSync(path.join(dist, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(dist, rel);
    return e.name === 'index.html' ? [rel] : [];
  });

/**
 * For each page, the files it loads by itself (`own`: stored from the HTTP cache for the page that installed the
 * worker) and the parts it loads on use, less what every page loads on use (the search dialog, the update notice)
 * (`kits`: stored when the reader comes back to the page, so a tool used offline has everything; the first visit
 * stays the page's). Written compactly, file names once: `{ files: [...], own: { "/": [0, 1, …] }, kits: {…} }`.
 */
function pageSets(dist) {
  const common = new Set(pageFiles(dist, 'about/index.html', { onUse: true }));
  const files = [];
  const index = (f) => (files.includes(f) ? files.indexOf(f) : files.push(f) - 1);
  const own = {};
  const kits = {};
  for (const html of htmlFiles(dist)) {
    const page = `/${html.replace(/index\.html$/, '')}`;
    const mine = pageFiles(dist, html);
    own[page] = mine.map(index);
    const kit = pageFiles(dist, html, { onUse: true }).filter((f) => !mine.includes(f) && !common.has(f));
    if (kit.length) kits[page] = kit.map(index);
  }
  return { files, own, kits };
}

/** What "make search work offline" stores: the search page, everything it loads and all of Pagefind's files. */
function searchFiles(dist, buildId) {
  const pagefind = path.join(dist, 'pagefind');
  const walk = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? walk(full) : [full];
    });
  const indexFiles = walk(pagefind)
    .map((f) => `/${path.relative(dist, f).split(path.sep).join('/')}`)
    // The entry file is asked for with the build id; the worker script and the other language's engine are unused.
    .filter(
      (url) => !/\/pagefind-entry\.json$|\/pagefind-worker\.js$|wasm\.unknown\.pagefind$|\.pf_index_meta$/.test(url),
    )
    .concat(`/pagefind/pagefind-entry.json?ts=${buildId}`);
  const urls = [
    '/search/',
    ...pageFiles(dist, 'search/index.html', { onUse: true }),
    '/search/lexicon.json',
    ...indexFiles,
  ];
  const size = (url) => {
    const file = path.join(dist, url.split('?')[0], url.split('?')[0].endsWith('/') ? 'index.html' : '');
    return fs.existsSync(file) ? fs.statSync(file).size : 0;
  };
  return urls.filter((url) => size(url) > 0).map((url) => ({ url, bytes: size(url) }));
}

/** @param {string} dist @param {string} buildId */
export async function writeServiceWorker(dist, buildId) {
  const entry = path.join(dist, 'pagefind', 'pagefind-entry.json');
  if (!fs.existsSync(entry))
    throw new Error("the service worker needs Pagefind's files: dist/pagefind/pagefind-entry.json is missing");
  const offlineFiles = pageFiles(dist, 'offline/index.html');
  const search = searchFiles(dist, buildId);
  fs.writeFileSync(path.join(dist, 'search', 'offline-files.json'), JSON.stringify({ build: buildId, files: search }));
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    swDest: path.join(dist, 'sw.js'),
    // The offline page, shown for a page not saved; its files are fetched with the browser's HTTP cache
    // (dontCacheBustURLsMatching), so the styles, fonts and scripts the visited page already loaded cost nothing.
    globPatterns: ['offline/index.html', ...offlineFiles.map((url) => url.slice(1))],
    dontCacheBustURLsMatching: /^\/_astro\//,
    importScripts: ['/sw-keep.js'],
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
    // Without this, the precache would answer `/offline/` itself, cache first: it goes through the network-first
    // page route below like every page, and its precached copy is the offline fallback.
    directoryIndex: null,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: pageOptions,
      },
      {
        // Files at fixed names that change with every build (the engine, its entry file, the lexicon): the network
        // first (a revalidation when unchanged), the copy offline.
        urlPattern: ({ url }) =>
          url.pathname === '/search/lexicon.json' || /^\/pagefind\/[^/]+\.(js|json|pagefind)$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: SEARCH_CACHE },
      },
      {
        // Fragments, index chunks, filters and the metadata have content-hashed names: once cached, always right.
        urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/'),
        handler: 'CacheFirst',
        options: { cacheName: SEARCH_CACHE, expiration: { maxEntries: 2000 } },
      },
      {
        urlPattern: ({ url }) => url.pathname.startsWith('/_astro/'),
        handler: 'CacheFirst',
        options: { cacheName: ASSETS_CACHE, expiration: { maxEntries: 200 } },
      },
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  const searchPage = ['/search/', ...pageFiles(dist, 'search/index.html', { onUse: true })];
  fs.writeFileSync(path.join(dist, 'sw-keep.js'), keepScript(pageSets(dist), searchPage));
  return { count, size };
}

/**
 * The worker's own part. On activation, every open page of the site (the one that installed the worker above all)
 * is stored with the files it loaded, from the browser's HTTP cache (`force-cache`: the copies just downloaded,
 * even though pages are revalidated on every visit), so a first visit is readable offline without a second
 * download. On a visit to a page the worker already controls, the page's parts that load on use are stored, so a
 * tool the reader came back to works offline whole. A search (Pagefind's entry file fetched) stores the search page
 * and its scripts, so Enter in the header dialog and the offline page's link to search lead somewhere offline.
 * With Save-Data on, neither of the last two is fetched.
 */
function keepScript(sets, searchPage) {
  const caches = { pages: PAGES_CACHE, assets: ASSETS_CACHE };
  return `const CACHES = ${JSON.stringify(caches)};
const SETS = ${JSON.stringify(sets)};
const SEARCH_PAGE = ${JSON.stringify(searchPage)};
async function keep(name, url) {
  const cache = await caches.open(name);
  if (await cache.match(url)) return;
  const response = await fetch(url, { cache: 'force-cache' });
  if (response.ok) await cache.put(url, response);
}
const settle = (work) => Promise.all(work.map((p) => p.catch(() => {})));
const keepFiles = (indexes) => (indexes || []).map((i) => keep(CACHES.assets, SETS.files[i]));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((pages) => settle(pages.flatMap((page) => {
  const path = new URL(page.url).pathname;
  return SETS.own[path] ? [keep(CACHES.pages, path), ...keepFiles(SETS.own[path])] : [];
})))));
let searchPage;
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || request.headers.get('Save-Data') === 'on' || (self.navigator.connection && self.navigator.connection.saveData)) return;
  if (request.mode === 'navigate' && SETS.kits[url.pathname]) event.waitUntil(settle(keepFiles(SETS.kits[url.pathname])));
  if (url.pathname === '/pagefind/pagefind-entry.json') {
    searchPage = searchPage || settle(SEARCH_PAGE.map((f) => keep(f === '/search/' ? CACHES.pages : CACHES.assets, f)));
    event.waitUntil(searchPage);
  }
});
`;
}
