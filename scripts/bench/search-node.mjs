// Runs the built site's own Pagefind engine in Node, reading index files from disk instead of the network,
// so the recall test and the benchmark measure exactly what a reader's browser runs. Each loaded site gets
// its own module instance and URL prefix; the fetch shim maps that prefix to the site's dist/ folder and
// counts the bytes each search would have downloaded.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const sites = new Map();
const realFetch = globalThis.fetch;

globalThis.fetch = async (input, init) => {
  const url = new URL(typeof input === 'string' ? input : input.url, 'http://local');
  const [, prefix, ...rest] = url.pathname.split('/');
  const site = sites.get(prefix);
  if (!site) return realFetch(input, init);
  try {
    const body = await readFile(path.join(site.dist, ...rest.map(decodeURIComponent)));
    site.bytes += body.length;
    site.files += 1;
    return new Response(body);
  } catch {
    return new Response('not found', { status: 404 });
  }
};

/**
 * @param {string} dist a built site
 * @returns {Promise<{ pagefind: any, transfer: () => { bytes: number, files: number }, resetTransfer: () => void }>}
 */
export async function loadPagefind(dist) {
  // Unique across copies of this module (the benchmark bundles the recall helper with its own copy).
  globalThis.pagefindSites = (globalThis.pagefindSites ?? 0) + 1;
  const prefix = `site${globalThis.pagefindSites}`;
  const site = { dist: path.resolve(dist), bytes: 0, files: 0 };
  sites.set(prefix, site);
  const moduleUrl = `${pathToFileURL(path.join(site.dist, 'pagefind', 'pagefind.js')).href}?${prefix}`;
  const pagefind = await import(moduleUrl);
  await pagefind.options({
    basePath: `/${prefix}/pagefind/`,
    baseUrl: '/',
    excerptLength: 24,
    ranking: { metaWeights: { title: 4 } },
  });
  await pagefind.init();
  return {
    pagefind,
    transfer: () => ({ bytes: site.bytes, files: site.files }),
    resetTransfer: () => {
      site.bytes = 0;
      site.files = 0;
    },
  };
}
