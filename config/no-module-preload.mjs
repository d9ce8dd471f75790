// A Vite plugin for the browser build: no module preloading, and Vite's preload helper swapped for a one-line
// stand-in. Every part an island loads on demand (the calculator's other payment models, the goal planner's log
// and storage) depends only on chunks the page has already loaded, and Astro puts the CSS of any module an island
// may load into the page itself, so there is nothing to preload. Yet Vite wraps every dynamic import in a helper,
// even with `modulePreload: false` (https://github.com/vitejs/vite/issues/18551), and every page with an island
// downloads it, out of its JavaScript budget (the budgets live in tests/dist/page-weight.test.ts; `npm run bench`
// prints each page's JavaScript). Should a dynamic import ever have files to preload after all, the stand-in
// would not load them, so the build fails instead. The calls to the stand-in are then unwrapped in each chunk,
// so no page downloads even the stand-in's chunk.
/** Vite's id for the module that defines `__vitePreload`. */
const HELPER_ID = '\0vite/preload-helper.js';

/** @returns {import('vite').Plugin} */
export function noModulePreload() {
  return {
    name: 'dalil:no-module-preload',
    apply: 'build',
    enforce: 'pre',
    // Astro sets the browser build's `modulePreload` itself, so the top-level option would not reach it.
    configEnvironment(name, config) {
      if (name === 'client') (config.build ??= {}).modulePreload = false;
    },
    load(id) {
      if (id === HELPER_ID) return 'export const __vitePreload = (load) => load();';
    },
    // `__vitePreload(load, __VITE_PRELOAD__)` becomes `(load)()`, and the import of the stand-in goes. This runs
    // before Vite fills in `__VITE_PRELOAD__` (a plugin with `enforce: 'pre'`); a call left over fails the build.
    renderChunk(code) {
      // The stand-in's own chunk (still emitted, no longer imported) is left as it is.
      if (!code.includes('__vitePreload(') || code.includes('var __vitePreload')) return null;
      let out = '';
      let rest = code;
      for (let start = rest.indexOf('__vitePreload('); start >= 0; start = rest.indexOf('__vitePreload(')) {
        const end = rest.indexOf(', __VITE_PRELOAD__)', start);
        const next = rest.indexOf('__vitePreload(', start + 1);
        if (end < 0 || (next >= 0 && next < end))
          this.error('no-module-preload: a __vitePreload call it cannot unwrap');
        out += `${rest.slice(0, start)}(${rest.slice(start + '__vitePreload('.length, end)})()`;
        rest = rest.slice(end + ', __VITE_PRELOAD__)'.length);
      }
      out += rest;
      out = out.replace(/import\s*\{\s*\w+ as __vitePreload\s*\}\s*from\s*["'][^"']+["'];?\n?/, '');
      if (out.includes('__vitePreload'))
        this.error(`no-module-preload: __vitePreload is still referenced after unwrapping: ${out.slice(0, 300)}`);
      return { code: out, map: null };
    },
    // Vite lists the files a dynamic import must preload in `__vite__mapDeps` (with preloading off, only CSS could).
    writeBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.code.includes('__vite__mapDeps')) {
          this.error(
            `${chunk.fileName}: a dynamic import has files to preload (CSS?), which config/no-module-preload.mjs does not load`,
          );
        }
      }
    },
  };
}
