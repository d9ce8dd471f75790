/** The subset web font (scripts/maint/subset-fonts.mjs): small, and drawing every character the pages show. */
import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { dist, htmlFiles, read, urlPathOf } from './site-files';
import { decodeEntities } from '../../src/lib/search/results';

const MAX_FONT_BYTES = 20 * 1024;
const pages = htmlFiles().map((f) => ({ path: urlPathOf(f), html: read(f) }));

/** woff2 files a page loads: @font-face rules inline or in its stylesheets, and preload links. */
function fontFiles(html: string): string[] {
  const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) css.push(fs.readFileSync(path.join(dist, href!), 'utf8'));
  const urls = css.flatMap((text) => [...text.matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g)].map((m) => m[1]!));
  for (const [, href] of html.matchAll(/<link[^>]+rel="preload"[^>]+href="([^"]+\.woff2)"/g)) urls.push(href!);
  return [...new Set(urls)];
}

/**
 * What the font draws on a page: the body's text, text shown in form controls and images' alt text, and
 * the props islands render from. Scripts, styles and the head (the title is drawn by the browser) are not.
 */
function drawnText(html: string): string {
  const body = html.slice(html.indexOf('<body')).replace(/<!--[\s\S]*?-->/g, '');
  const attrs = [...body.matchAll(/\s(?:alt|placeholder|value|props)="([^"]*)"/g)].map((m) => m[1]!);
  const text = body.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' ');
  return decodeEntities([text, ...attrs].join(' '));
}

/** Characters the font never needs: whitespace, controls, and invisible format marks (RLM, ZWJ…). */
const INVISIBLE = /[\s\p{Cc}\p{Cf}]/u;
const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

describe('web font', () => {
  const used = new Map<string, string[]>(pages.map((p) => [p.path, fontFiles(p.html)]));
  const allFonts = [...new Set([...used.values()].flat())];

  it('every page loads at most two woff2 files of at most 20 kB each', () => {
    expect(allFonts.length, 'no page loads a web font').toBeGreaterThan(0);
    for (const [page, files] of used) {
      expect(files.length, `${page} loads ${files.join(', ')}`).toBeLessThanOrEqual(2);
      for (const url of files) {
        const size = fs.statSync(path.join(dist, url)).size;
        expect(size, `${url} (on ${page}) is ${size} bytes`).toBeLessThanOrEqual(MAX_FONT_BYTES);
      }
    }
  });

  it('every character shown on a page is in each font file the page loads (lowercase Latin: in the regular one)', () => {
    const cmaps = new Map(allFonts.map((url) => [url, new Set(fontkit.create(fs.readFileSync(path.join(dist, url))).characterSet)]));
    // The smaller character set is the bold file's.
    const boldSize = Math.min(...[...cmaps.values()].map((cmap) => cmap.size));
    const missing = new Map<string, Set<string>>();
    for (const p of pages) {
      const fonts = used.get(p.path)!.map((url) => cmaps.get(url)!);
      for (const ch of new Set(drawnText(p.html))) {
        // The bold file omits lowercase Latin on purpose (tests/browser/fonts.test.ts checks no bold text uses it).
        const needed = /[a-z]/.test(ch) ? fonts.filter((cmap) => cmap.size > boldSize) : fonts;
        if (INVISIBLE.test(ch) || needed.every((cmap) => cmap.has(ch.codePointAt(0)!))) continue;
        if (!missing.has(ch)) missing.set(ch, new Set());
        missing.get(ch)!.add(p.path);
      }
    }
    const report = [...missing].map(([ch, where]) => `${ch} ${hex(ch)} on ${[...where].slice(0, 3).join(', ')}${where.size > 3 ? ` and ${where.size - 3} more` : ''}`);
    expect(
      report,
      `The subset font lacks ${report.length} character(s) shown on the site. Run \`npm run fonts\` to cut the fonts again from the site's text, then rebuild (a character it reports as not in the font at all needs another spelling).`,
    ).toEqual([]);
  });
});
