/**
 * The bold font file leaves out lowercase Latin letters (scripts/maint/subset-fonts.mjs); this walks every page of
 * the sitemap in a real browser and checks that no text drawn bold uses them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, useBrowser } from './browser';

const sitemap = fs.readFileSync(path.resolve(__dirname, '../../dist/sitemap-0.xml'), 'utf8');
const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

describe.skipIf(!hasBrowser)('bold text', () => {
  const browser = useBrowser();

  it('never uses a lowercase Latin letter, which the bold font file does not have', async () => {
    const page = await browser.newPage();
    const found: string[] = [];
    for (const url of pages) {
      await page.goto(`${baseURL}${url}`);
      const bold = await page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode;
          const element = node.parentElement;
          if (!element || !/[a-z]/.test(node.textContent ?? '') || element.closest('script, style, noscript')) continue;
          if (Number(getComputedStyle(element).fontWeight) >= 600) out.push((node.textContent ?? '').trim());
        }
        return out;
      });
      found.push(...bold.map((text) => `${url}: «${text}»`));
    }
    expect(pages.length).toBeGreaterThan(30);
    expect(
      found,
      'bold text with lowercase Latin letters: add them back to the bold file in scripts/maint/subset-fonts.mjs',
    ).toEqual([]);
  });
});
