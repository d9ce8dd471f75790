import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, htmlFiles, read, sitemapPaths, urlPathOf } from './site-files';

const files = htmlFiles();
const idsByPath = new Map(files.map((f) => [urlPathOf(f), new Set([...read(f).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]));

/** The file a site path serves, as a static host would. */
function target(p: string): string | undefined {
  const full = path.join(dist, decodeURIComponent(p));
  for (const c of [full, path.join(full, 'index.html')]) if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  return undefined;
}

describe('internal links', () => {
  it('have zero broken links or anchors', () => {
    const broken: string[] = [];
    for (const file of files) {
      const from = urlPathOf(file);
      const html = read(file).replace(/<script[\s\S]*?<\/script>/g, '');
      for (const [, attr] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const url = new URL(attr!.replace(/&amp;/g, '&'), `http://site${from}`);
        if (url.host !== 'site') continue;
        if (!target(url.pathname)) {
          broken.push(`${from} → ${url.pathname} (no such file)`);
          continue;
        }
        if (url.hash) {
          const ids = idsByPath.get(url.pathname);
          const id = decodeURIComponent(url.hash.slice(1));
          if (ids && !ids.has(id)) broken.push(`${from} → ${url.pathname}${url.hash} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('the sitemap lists every page except the 404 page and the framable /embed/ pages, and nothing else', () => {
    const pages = files
      .map(urlPathOf)
      .filter((p) => p !== '/404.html' && !p.startsWith('/embed/'))
      .sort();
    expect(sitemapPaths().sort()).toEqual(pages);
  });

  it('has an RSS feed with every guide and story', () => {
    const rss = read(path.join(dist, 'rss.xml'));
    const expected = files.map(urlPathOf).filter((p) => /^\/(guides|stories)\/[^/]+\/$/.test(p));
    expect(expected.length).toBeGreaterThan(0);
    for (const p of expected) expect(rss, p).toContain(p);
  });
});
