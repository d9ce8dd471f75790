/** Cache names shared with the service worker (scripts/build/service-worker.mjs must use the same). */
export const PAGES_CACHE = 'dalil-pages';
export const SEARCH_CACHE = 'dalil-search';
/** Styles, scripts and fonts (hashed names), cached as pages load them. */
export const ASSETS_CACHE = 'dalil-assets';
