/**
 * What a first visit costs with the service worker allowed, against the page alone, on the site served as a host
 * serves it (dist/_headers applied, text gzipped, ETags).
 *
 * Bytes are counted where they leave the server: every byte written to every connection (status lines, headers,
 * bodies as sent), whichever target asked, page or service worker. Nothing the browser receives from the site can
 * pass around that count (the policy allows no other origin), and what the browser's HTTP cache answers is, rightly,
 * not counted, so a method that undercounts by reading only one target's events is not needed.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/build/static-server.mjs';
import { hasBrowser, useBrowser } from './browser';

const dist = path.resolve(__dirname, '../../dist');
const KB = 1024;

interface Visit {
  bytes: number;
  log: { path: string; status: number; bytes: number }[];
}

/** Waits until the server has sent nothing for `quietMs`. */
async function quiet(bytesSent: () => number, quietMs = 1500): Promise<void> {
  let last = -1;
  while (bytesSent() !== last) {
    last = bytesSent();
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

/** Waits until the worker controls the page and has stored the page itself (the sign its first visit is done). */
async function workerSettled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(
      () =>
        page.evaluate(async () =>
          Boolean(navigator.serviceWorker.controller && (await caches.match(location.pathname))),
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
}

describe.skipIf(!hasBrowser)('a first visit costs what the page costs', () => {
  const browser = useBrowser();

  async function visit(url: string, worker: boolean): Promise<Visit> {
    const server = await startServer({ root: dist, port: 0, deploy: true });
    const context = await browser.newContext({ serviceWorkers: worker ? 'allow' : 'block' });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}${url}`, { waitUntil: 'load' });
      if (worker) await workerSettled(page);
      await quiet(server.bytesSent);
      return { bytes: server.bytesSent(), log: [...server.log] };
    } finally {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    }
  }

  const kB = (n: number) => `${(n / KB).toFixed(1)} kB`;
  const describeLog = (v: Visit) => v.log.map((r) => `${r.status} ${r.path} ${r.bytes}`).join('\n');

  for (const url of ['/guides/build-your-profile/', '/', '/tools/pricing/']) {
    it(`${url}: the service worker adds at most 30 kB, downloads nothing of search and nothing twice`, async () => {
      const alone = await visit(url, false);
      const withWorker = await visit(url, true);
      const extra = withWorker.bytes - alone.bytes;
      console.log(
        `first visit ${url}: page alone ${kB(alone.bytes)}, with the service worker ${kB(withWorker.bytes)} (+${kB(extra)})`,
      );
      const log = describeLog(withWorker);
      expect(extra, log).toBeLessThanOrEqual(30 * KB);
      // Search loads when the reader searches, not before.
      expect(
        withWorker.log.filter((r) => /^\/(pagefind|search)\//.test(r.path)),
        log,
      ).toEqual([]);
      // Each file leaves the server once: what the page downloaded is not downloaded again to fill a cache.
      const downloads = new Map<string, number>();
      for (const r of withWorker.log.filter((r) => r.status === 200)) {
        const pathname = r.path.split('?')[0]!;
        downloads.set(pathname, (downloads.get(pathname) ?? 0) + 1);
      }
      expect(
        [...downloads].filter(([, n]) => n > 1),
        log,
      ).toEqual([]);
      const fonts = withWorker.log.filter((r) => r.path.endsWith('.woff2'));
      expect(fonts.length, log).toBeGreaterThan(0);
    });
  }

  it("a first view keeps the system font (no switch under the reader's eyes); pages under the worker use the site's font from the device", async () => {
    const server = await startServer({ root: dist, port: 0, deploy: true });
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const base = `http://127.0.0.1:${server.address().port}`;
    const siteFont = (page: Page) =>
      page.evaluate(() => ({
        marked: 'font' in document.documentElement.dataset,
        usesFont: getComputedStyle(document.body).fontFamily.includes('IBM Plex Sans Arabic'),
      }));
    try {
      const page = await context.newPage();
      await page.goto(`${base}/guides/build-your-profile/`, { waitUntil: 'load' });
      expect(await siteFont(page)).toEqual({ marked: false, usesFont: false });
      await workerSettled(page);
      await quiet(server.bytesSent);
      // The font files came after the page, for the pages to come; this one still shows the system font.
      expect((server.log as Visit['log']).filter((r) => r.path.endsWith('.woff2')).length).toBe(2);
      expect(await siteFont(page)).toEqual({ marked: false, usesFont: false });

      const before = server.log.length;
      await page.goto(`${base}/stories/jaber-hadboun/`, { waitUntil: 'load' });
      expect(await siteFont(page)).toEqual({ marked: true, usesFont: true });
      // The regular face the text is drawn with is loaded (the bold one loads where bold text is shown).
      expect(
        await page.evaluate(() =>
          document.fonts.ready.then(() => [...document.fonts].filter((face) => face.status === 'loaded').length),
        ),
      ).toBeGreaterThan(0);
      // From the worker's copy: no font file leaves the server again.
      expect((server.log as Visit['log']).slice(before).filter((r) => r.path.endsWith('.woff2'))).toEqual([]);
    } finally {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('a browser without paint timing (Safari before 14.1) still installs the worker and brings the tools to life', async () => {
    const server = await startServer({ root: dist, port: 0, deploy: true });
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    // No paint timing interface, no `paint` entry type, and observing it delivers nothing, as in those browsers.
    await context.addInitScript(() => {
      delete (window as { PerformancePaintTiming?: unknown }).PerformancePaintTiming;
      const types = PerformanceObserver.supportedEntryTypes.filter((t) => t !== 'paint');
      Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { get: () => types });
      const observe = PerformanceObserver.prototype.observe;
      PerformanceObserver.prototype.observe = function (options) {
        if (options?.type !== 'paint') observe.call(this, options);
      };
    });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/tools/pricing/`, { waitUntil: 'load' });
      await expect
        .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), {
          message: 'the worker was never registered',
          timeout: 20_000,
        })
        .toBe(1);
      await workerSettled(page);
      await page.waitForSelector('[data-island][data-hydrated]', { timeout: 20_000 });
    } finally {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('with Save-Data on, no worker is installed and nothing but the page is downloaded', async () => {
    const server = await startServer({ root: dist, port: 0, deploy: true });
    const context = await browser.newContext({ serviceWorkers: 'allow', extraHTTPHeaders: { 'Save-Data': 'on' } });
    // The browser's data saver, as Chromium shows it to pages when the reader turns it on.
    await context.addInitScript(() =>
      Object.defineProperty(navigator, 'connection', { value: { saveData: true, addEventListener() {} } }),
    );
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/guides/build-your-profile/`, { waitUntil: 'load' });
      await quiet(server.bytesSent);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      expect(
        (server.log as Visit['log']).map((r) => r.path).filter((p) => /^\/(sw|offline|pagefind|search)/.test(p)),
      ).toEqual([]);
      // The system's Arabic font draws the text: the site's font files are not downloaded at all.
      expect((server.log as Visit['log']).map((r) => r.path).filter((p) => p.endsWith('.woff2'))).toEqual([]);
    } finally {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
