// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { HEAD_SCRIPT } from './config/head-script.mjs';
import { noModulePreload } from './config/no-module-preload.mjs';

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

// One file per weight with every Arabic and Latin character the site uses, cut by `npm run fonts`
// (scripts/maint/subset-fonts.mjs): two small downloads instead of per-script files split by unicode-range.
const variants = [400, 700].map((weight) => ({
  weight,
  style: 'normal',
  src: [`./src/assets/fonts/ibm-plex-sans-arabic-${weight}.woff2`],
}));

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://dalil-alamal-alhurr.example',
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the line break between inline elements written on separate lines,
  // which glues Arabic words together around links and emphasis. `true` only removes what is lossless.
  compressHTML: true,
  // Four pages rendered at once: while one page's file is written the next renders (the synthetic part of
  // `npm run bench` times the build).
  // Stylesheets are always files, never inlined: a file is cached for the next page, while an inline <style> is
  // downloaded again with every page and adds its hash to every page's policy (the palette, src/styles/palette.css).
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.includes('/404') && !page.includes('/embed/') })],
  // A strict Content Security Policy in a <meta> on every page: Astro hashes each script and style it emits.
  // Pagefind needs WebAssembly ('wasm-unsafe-eval') and a worker; nothing else runs or loads from elsewhere.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(HEAD_SCRIPT)] },
    },
  },
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'IBM Plex Sans Arabic',
      cssVariable: '--font-arabic',
      fallbacks: ['sans-serif'],
      // Pages use the font only once the service worker holds it (config/head-script.mjs), so it is ready by the
      // first paint. `optional`: should the worker's copy be missing, the page keeps the system font rather than
      // swapping fonts (and shifting the text) while the reader reads; the file still arrives for the next page.
      display: 'optional',
      optimizedFallbacks: false,
      options: { variants: /** @type {any} */ (variants) },
    },
  ],
  vite: {
    plugins: [tailwindcss(), noModulePreload()],
    // Islands build their vnodes with Preact's createElement (config/preact-jsx-runtime.mjs). They hydrate through
    // src/islands/shared/hydrate-when-visible.ts, not Astro's client directives, so no client renderer is bundled.
    resolve: {
      alias: [
        {
          find: /^preact\/jsx-(?:dev-)?runtime$/,
          replacement: fileURLToPath(new URL('./config/preact-jsx-runtime.mjs', import.meta.url)),
        },
      ],
    },
    // Shared constants (storage keys, limits) are written into each script that uses them instead of becoming a
    // chunk of their own: a tiny chunk costs a request and more bytes than the constant it holds.
    build: {
      rolldownOptions: {
        optimization: { inlineConst: { mode: 'all', pass: 2 } },
        // The few-line helpers that scripts and islands share (the guarded storage read, templates) travel as one
        // chunk: a chunk each would cost a page more in requests and gzip framing than the code itself. The bidi
        // controls and the list of currencies stay out: only the tools and search read them, and the path's pages
        // would download them.
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'page-helpers',
                test: /src[\\/](scripts[\\/]shared[\\/]local-storage|lib[\\/]format[\\/]template)\./,
              },
            ],
          },
        },
      },
    },
  },
});
