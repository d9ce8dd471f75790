import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, read } from './site-files';

const sw = read(path.join(dist, 'sw.js'));
const precached = [...sw.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]!);

describe('service worker and install', () => {
  it('precaches the engine, the index metadata, the word index, the result fragments, the lexicon, the fonts and the offline page', () => {
    for (const needed of ['/pagefind/pagefind.js', '/pagefind/wasm.ar.pagefind', '/search/lexicon.json', '/offline/index.html', '/manifest.webmanifest']) {
      expect(precached, needed).toContain(needed);
    }
    for (const folder of ['index', 'fragment', 'filter']) {
      const files = fs.readdirSync(path.join(dist, 'pagefind', folder)).map((f) => `/pagefind/${folder}/${f}`);
      expect(precached, folder).toEqual(expect.arrayContaining(files));
    }
    expect(precached.some((u) => /\.pf_meta$/.test(u))).toBe(true);
    expect(precached.some((u) => u.endsWith('.woff2'))).toBe(true);
  });

  it('precaches Pagefind\'s entry file under the same build id the pages ask for, and no page but the offline and search pages', () => {
    const entries = precached.filter((u) => u.startsWith('/pagefind/pagefind-entry.json'));
    expect(entries).toHaveLength(1);
    const buildId = /\?ts=(.+)$/.exec(entries[0]!)?.[1];
    expect(buildId).toBeTruthy();
    const bundles = fs.readdirSync(path.join(dist, '_astro')).filter((f) => f.endsWith('.js'));
    const withId = bundles.filter((f) => read(path.join(dist, '_astro', f)).includes(buildId!));
    expect(withId.length, 'the search engine loader carries the build id').toBeGreaterThan(0);
    expect(precached.filter((u) => u.endsWith('.html')).sort()).toEqual(['/offline/index.html', '/search/index.html']);
  });

  it('precaches the search page, so search opens offline after a visit to any page', () => {
    expect(precached).toContain('/search/index.html');
    // Its scripts and styles are precached with every other bundle, so the page needs nothing more.
    const html = read(path.join(dist, 'search', 'index.html'));
    for (const [, asset] of html.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)) expect(precached, asset).toContain(asset);
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
