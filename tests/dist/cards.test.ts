/** Share cards (scripts/build/cards.mjs): every guide, story, checklist, tool and path page has one, and nothing fetches it but previews. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, htmlFiles, read, urlPathOf } from './site-files';
import { decodeEntities } from '../../src/lib/search/results';

const pages = htmlFiles().map((f) => ({ path: urlPathOf(f), html: read(f) }));

/** Pages that must have a card: entries of each collection, each tool, the path and its modules. */
const CARD_PAGES = /^\/(?:guides|stories|checklists|tools)\/[^/]+\/$|^\/path\/(?:.+\/)?$/;

function meta(html: string, key: 'property' | 'name', value: string): string | undefined {
  const tag = html.match(new RegExp(`<meta\\s[^>]*${key}="${value}"[^>]*>`))?.[0];
  const content = tag?.match(/\scontent="([^"]*)"/)?.[1];
  return content === undefined ? undefined : decodeEntities(content);
}

/** Width and height from a PNG's header, or undefined when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = fs.readFileSync(file);
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || bytes.subarray(12, 16).toString() !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('share cards', () => {
  const withCards = pages.filter((p) => CARD_PAGES.test(p.path));

  it('are expected on pages of every kind', () => {
    for (const prefix of ['/guides/', '/stories/', '/checklists/', '/tools/', '/path/'])
      expect(withCards.filter((p) => p.path.startsWith(prefix)).length, prefix).toBeGreaterThan(0);
  });

  it.each(withCards.map((p) => [p.path, p] as const))('%s names its 1200×630 PNG, with the title as its alt', (_, page) => {
    const image = meta(page.html, 'property', 'og:image');
    expect(image, 'og:image').toBeDefined();
    const url = new URL(image!);
    expect(url.host).toBe(new URL(meta(page.html, 'property', 'og:url')!).host);
    const file = path.join(dist, url.pathname);
    expect(fs.existsSync(file), `${url.pathname} exists`).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect(meta(page.html, 'property', 'og:image:width')).toBe('1200');
    expect(meta(page.html, 'property', 'og:image:height')).toBe('630');
    expect(meta(page.html, 'property', 'og:image:alt')).toBe(meta(page.html, 'property', 'og:title'));
    expect(meta(page.html, 'name', 'twitter:card')).toBe('summary_large_image');
  });

  it('are one per page', () => {
    const images = withCards.map((p) => meta(p.html, 'property', 'og:image'));
    expect(new Set(images).size).toBe(images.length);
  });

  it('are not loaded by any page, nor stored by the service worker', () => {
    for (const page of pages) {
      const head = page.html.replace(/<meta\s[^>]*property="og:image"[^>]*>/, '');
      expect(head, page.path).not.toMatch(/\/og\/[^"'\s]*\.png/);
    }
    for (const file of ['sw.js', 'sw-keep.js', 'search/offline-files.json'])
      expect(read(path.join(dist, file)), file).not.toMatch(/\/og\//);
  });

  it('pages without a card keep the small summary', () => {
    const home = pages.find((p) => p.path === '/')!;
    expect(meta(home.html, 'property', 'og:image')).toBeUndefined();
    expect(meta(home.html, 'name', 'twitter:card')).toBe('summary');
  });
});
