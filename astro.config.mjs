// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from './src/components/theme-script.mjs';
import { noModulePreload } from './scripts/no-module-preload.mjs';

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** @param {'arabic' | 'latin'} subset @param {number} weight */
const fontFile = (subset, weight) =>
  `./node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-${subset}-${weight}-normal.woff2`;
// Fontsource's unicode ranges: the browser downloads the Latin file only on pages that show Latin letters.
const ARABIC_RANGE = ['U+0600-06FF', 'U+0750-077F', 'U+0870-088E', 'U+0890-0891', 'U+0897-08E1', 'U+08E3-08FF', 'U+200C-200E', 'U+2010-2011', 'U+204F', 'U+2E41', 'U+FB50-FDFF', 'U+FE70-FE74', 'U+FE76-FEFC', 'U+102E0-102FB', 'U+10E60-10E7E', 'U+10EC2-10EC4', 'U+10EFC-10EFF', 'U+1EE00-1EEFF'];
const LATIN_RANGE = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'];
const variants = [400, 700].flatMap((weight) => [
  { weight, style: 'normal', src: [fontFile('arabic', weight)], unicodeRange: ARABIC_RANGE },
  { weight, style: 'normal', src: [fontFile('latin', weight)], unicodeRange: LATIN_RANGE },
]);

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://dalil-alamal-alhurr.example',
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops the line break between inline elements written on separate lines,
  // which glues Arabic words together around links and emphasis. `true` only removes what is lossless.
  compressHTML: true,
  build: { format: 'directory' },
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.includes('/404') })],
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
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(THEME_SCRIPT)] },

    },
  },
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'IBM Plex Sans Arabic',
      cssVariable: '--font-arabic',
      fallbacks: ['sans-serif'],
      options: { variants: /** @type {any} */ (variants) },
    },
  ],
  vite: { plugins: [tailwindcss(), noModulePreload()] },
});
