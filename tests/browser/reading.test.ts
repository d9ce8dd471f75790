/** Long text reads comfortably: a story's lines stay near 70 characters on a laptop. */
import { describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, useBrowser } from './browser';

describe.skipIf(!hasBrowser)('reading width', () => {
  const browser = useBrowser();

  it('story paragraphs hold at most about 70 characters a line at 1366 px', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseURL}/stories/`);
    const stories = await page.locator('main h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(stories.length).toBeGreaterThan(3);
    for (const url of stories) {
      await page.goto(`${baseURL}${url}`);
      // Characters on each rendered line, found from where each character is drawn.
      const perLine = await page.locator('.prose-ar p').evaluateAll((ps) =>
        ps.flatMap((p) => {
          const lines = new Map<number, number>();
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < node.textContent!.length; i++) {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const top = Math.round(range.getBoundingClientRect().top / 8);
              lines.set(top, (lines.get(top) ?? 0) + 1);
            }
          }
          return [...lines.values()];
        }),
      );
      expect(Math.max(...perLine), url).toBeGreaterThan(40);
      expect(Math.max(...perLine), url).toBeLessThanOrEqual(75);
    }
    await page.close();
  });
});
