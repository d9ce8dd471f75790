/**
 * Every URL of the sitemap, in a real browser at phone width, in both themes:
 * it loads, is Arabic and right to left, logs no error, fails no request, nothing sticks out at 320 px, and axe
 * finds nothing (every rule in the light theme, the colour rules in the dark one).
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
      // The service worker is blocked, as in the other browser tests (tests/browser/browser.ts): it would store
      // every page's files as the pages are visited, and each page would wait for that before it is checked. Its
      // own behaviour is tested in offline.test.ts and first-visit.test.ts.
      contexts[theme] = await browser.newContext({
        viewport: { width: 320, height: 720 },
        colorScheme: theme,
        locale: 'ar',
        serviceWorkers: 'block',
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
    // Pages are checked a few at a time: axe waits on layout in each page's renderer, so one at a time leaves the
    // machine idle (maxConcurrency in vitest.browser.config.ts bounds how many).
    it.concurrent.for(sitemap)(
      `%s loads cleanly with zero axe violations (${theme}, 320 px)`,
      async (urlPath, { expect }) => {
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
        const response = await page.goto(baseURL + urlPath, { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe('ar');
        expect(await page.getAttribute('html', 'dir')).toBe('rtl');
        expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
        // Nothing sticks out at 320 px; if something does, name it, to say where to look.
        const sticksOut = await page.evaluate(() => {
          if (document.documentElement.scrollWidth <= innerWidth) return '';
          const all = [...document.querySelectorAll('body *')];
          const past = all.filter((e) => {
            const r = e.getBoundingClientRect();
            return r.left < -1 || r.right > innerWidth + 1;
          });
          const spilling = all.filter(
            (e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible',
          );
          const e = past.at(-1) ?? spilling.at(-1);
          return `${document.documentElement.scrollWidth} > ${innerWidth}: ${e ? `${e.tagName.toLowerCase()}.${e.className}` : '?'}`;
        });
        expect(sticksOut, 'page scrolls sideways at 320 px').toBe('');
        // The themes differ only in colour: the light pass runs every WCAG rule, the dark pass the colour rules (the
        // markup, names and roles it would check again are the same).
        const builder = new AxeBuilder({ page }).withTags(WCAG);
        const axe = await (
          theme === 'dark' ? builder.withRules(['color-contrast', 'link-in-text-block']) : builder
        ).analyze();
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
      },
    );
  }
});
