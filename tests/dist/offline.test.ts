import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, read } from './site-files';

const sw = read(path.join(dist, 'sw.js'));
const precached = [...sw.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]!);

describe('service worker and install', () => {
  const entries = [...sw.matchAll(/\{url:"([^"]+)",revision:(null|"[^"]*")\}/g)].map((m) => ({ url: m[1]!, revision: m[2]! }));

  it('precaches only the offline page and the files it loads (styles, fonts, its scripts): nothing of search, no other page', () => {
    expect(entries.map((e) => e.url)).toEqual(precached);
    expect(precached.filter((u) => !u.startsWith('/_astro/'))).toEqual(['/offline/index.html']);
    expect(precached.filter((u) => u.startsWith('/pagefind/') || u.startsWith('/search/'))).toEqual([]);
    const html = read(path.join(dist, 'offline', 'index.html'));
    for (const [, asset] of html.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css|woff2))"/g)) expect(precached, asset).toContain(asset);
    expect(precached.filter((u) => u.endsWith('.woff2')).length).toBeGreaterThan(0);
    // No island, and none of the search dialog's code (it loads when the reader searches).
    const islands = fs.readdirSync(path.join(dist, '_astro')).filter((f) => /^(preact|GoalPlanner|PricingCalculator|controller|dialog)\./.test(f));
    expect(islands.length).toBeGreaterThan(3);
    for (const f of islands) expect(precached).not.toContain(`/_astro/${f}`);
  });

  it('fetches hashed files without cache-busting, so what the page already downloaded comes from the HTTP cache', () => {
    for (const e of entries.filter((e) => e.url.startsWith('/_astro/'))) expect(e.revision, e.url).toBe('null');
    expect(sw).toContain('sw-keep.js');
    expect(read(path.join(dist, 'sw-keep.js'))).toContain("cache: 'force-cache'");
  });

  it("lists for \"make search work offline\" the search page, its scripts, the lexicon and every Pagefind file, with the build's entry URL", () => {
    const list = JSON.parse(read(path.join(dist, 'search', 'offline-files.json'))) as { build: string; files: { url: string; bytes: number }[] };
    const urls = list.files.map((f) => f.url);
    for (const folder of ['index', 'fragment', 'filter']) {
      const files = fs.readdirSync(path.join(dist, 'pagefind', folder)).map((f) => `/pagefind/${folder}/${f}`);
      expect(urls, folder).toEqual(expect.arrayContaining(files));
    }
    for (const needed of ['/search/', '/search/lexicon.json', '/pagefind/pagefind.js', '/pagefind/wasm.ar.pagefind', `/pagefind/pagefind-entry.json?ts=${list.build}`])
      expect(urls, needed).toContain(needed);
    expect(urls.some((u) => /\.pf_meta$/.test(u))).toBe(true);
    const html = read(path.join(dist, 'search', 'index.html'));
    for (const [, asset] of html.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)) expect(urls, asset).toContain(asset);
    expect(urls.some((u) => /\/controller\.[\w-]+\.js$/.test(u)), 'the search code the page loads on use').toBe(true);
    for (const f of list.files) expect(f.bytes, f.url).toBeGreaterThan(0);
    const bundles = fs.readdirSync(path.join(dist, '_astro')).filter((f) => f.endsWith('.js'));
    expect(bundles.some((f) => read(path.join(dist, '_astro', f)).includes(list.build)), 'the search engine loader carries the build id').toBe(true);
  });

  it('waits for the reader before activating a new version', () => {
    expect(sw).toContain('SKIP_WAITING');
    expect(sw).not.toMatch(/self\.skipWaiting\(\)\s*[,;]\s*$/m);
  });

  it('has a web app manifest in Arabic, right to left, with installable icons', () => {
    const manifest = JSON.parse(read(path.join(dist, 'manifest.webmanifest'))) as Record<string, unknown> & { icons: { src: string; sizes: string }[] };
    expect(manifest).toMatchObject({ lang: 'ar', dir: 'rtl', start_url: '/', display: 'standalone' });
    expect(String(manifest.name)).toMatch(/[\u0600-\u06FF]/);
    for (const size of ['192x192', '512x512']) expect(manifest.icons.some((i) => i.sizes === size)).toBe(true);
    for (const icon of manifest.icons) expect(fs.existsSync(path.join(dist, icon.src)), icon.src).toBe(true);
  });

});
