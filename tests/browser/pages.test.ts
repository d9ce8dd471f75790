/**
 * Every URL of the sitemap, in a real browser at phone width, in both themes:
 * it loads, is Arabic and right to left, logs no error, fails no request, and axe finds nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, launch } from './browser';

const dist = path.resolve(__dirname, '../../dist');
const sitemap = fs
  .readdirSync(dist)
  .filter((f) => /^sitemap-\d+\.xml$/.test(f))
  .flatMap((f) =>
    [...fs.readFileSync(path.join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    ),
  );

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

describe.skipIf(!hasBrowser)('every page of the sitemap', () => {
  let browser: Browser;
  const contexts: Record<'light' | 'dark', BrowserContext> = {} as never;

  beforeAll(async () => {
    browser = await launch();
    for (const theme of ['light', 'dark'] as const) {
      contexts[theme] = await browser.newContext({
        viewport: { width: 320, height: 720 },
        colorScheme: theme,
        locale: 'ar',
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has pages to check', () => {
    expect(sitemap.length).toBeGreaterThan(20);
  });

  for (const theme of ['light', 'dark'] as const) {
    it.each(sitemap)(`%s loads cleanly with zero axe violations (${theme}, 320 px)`, async (urlPath) => {
      const page = await contexts[theme].newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
      page.on('response', (r) => {
        if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      const response = await page.goto(baseURL + urlPath, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('ar');
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
      const noHorizontalScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(noHorizontalScroll, 'page scrolls sideways at 320 px').toBe(true);
      const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      const violations = axe.violations.map(
        (v) =>
          `${v.id}: ${v.help} → ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
