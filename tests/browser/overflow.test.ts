/** No page scrolls sideways on the narrowest phones: every page of the sitemap fits 320 px. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, useBrowser } from './browser';

const sitemap = fs.readFileSync(path.resolve(__dirname, '../../dist/sitemap-0.xml'), 'utf8');
const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

describe.skipIf(!hasBrowser)('320 px wide', () => {
  const browser = useBrowser();

  it('no sitemap page is wider than the screen, in either theme', { timeout: 240_000 }, async () => {
    expect(pages.length).toBeGreaterThan(30);
    const wide: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme });
      const page = await context.newPage();
      for (const url of pages) {
        await page.goto(`${baseURL}${url}`);
        const [scroll, inner, culprit] = await page.evaluate(() => {
          const width = innerWidth;
          // Name what sticks out, to say where to look: a box past the edge, else a box whose text spills over it.
          const all = [...document.querySelectorAll('body *')];
          const past = all.filter((e) => {
            const r = e.getBoundingClientRect();
            return r.left < -1 || r.right > width + 1;
          });
          const spilling = all.filter(
            (e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible',
          );
          const e = past.at(-1) ?? spilling.at(-1);
          return [document.documentElement.scrollWidth, width, e ? `${e.tagName.toLowerCase()}.${e.className}` : ''];
        });
        if (scroll > inner) wide.push(`${url} (${colorScheme}): ${scroll} > ${inner}, ${culprit}`);
      }
      await context.close();
    }
    expect(wide).toEqual([]);
  });
});
