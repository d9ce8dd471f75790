/**
 * The Content Security Policy holds in a real browser: no violation while pages load, search runs and the
 * calculator works; and only /embed/ can be framed by another site, served as a host serves dist/_headers.
 */
import http from 'node:http';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/build/static-server.mjs';
import { baseURL, hasBrowser, hydrated, launch } from './browser';

describe.skipIf(!hasBrowser)('content security policy', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext();
    // Collect violations from the first moment of every document.
    await context.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const violations = (page: Page) =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  it('every page declares a policy without unsafe-inline or unsafe-eval', async () => {
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    await page.close();
  });

  it('searching from the search page and from the header dialog raises no violation', async () => {
    const page = await context.newPage();
    await page.goto(`${baseURL}/search/`);
    await page.locator('[data-search-page] [data-search-input]').fill('خمسات');
    await page.locator('[data-search-page] [data-search-hit]').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.goto(`${baseURL}/stories/jaber-hadboun/`);
    await page.locator('[data-search-open]').click();
    await page.locator('dialog [data-search-input]').fill('التسعير');
    await page.locator('dialog [data-search-hit]').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('using the pricing calculator raises no violation', async () => {
    const page = await context.newPage();
    await page.goto(`${baseURL}/tools/pricing/`);
    await hydrated(page);
    await page.locator('#f-target').fill('٢٠٠٠');
    await page.locator('#f-model').selectOption('ladder');
    await page.locator('[data-result="ladder"]').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.locator('#tab-compare').click();
    await page.locator('[data-result="compare"]').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('lets another site frame /embed/pricing/ and use the calculator there, and no other page', async () => {
    const site = await startServer({ root: path.resolve(__dirname, '../../dist'), port: 0, deploy: true });
    const origin = `http://127.0.0.1:${site.address().port}`;
    // Another origin (another host name and port): a page of some Arabic site that embeds two of ours.
    const other = http.createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="ar" dir="rtl"><title>موقع آخر</title>` +
          `<iframe id="embed" title="الحاسبة" src="${origin}/embed/pricing/" width="800" height="900"></iframe>` +
          `<iframe id="tools" title="صفحة الأدوات" src="${origin}/tools/pricing/" width="800" height="300"></iframe>`,
      );
    });
    await new Promise<void>((done) => other.listen(0, 'localhost', done));
    const port = (other.address() as { port: number }).port;
    const ctx = await browser.newContext();
    try {
      const response = await ctx.request.get(`${origin}/embed/pricing/`);
      const policies = response.headers()['content-security-policy']!;
      expect(policies).toContain('frame-ancestors *');
      expect(policies).not.toContain("frame-ancestors 'none'");
      expect(response.headers()['x-frame-options']).toBeUndefined();
      const strict = await ctx.request.get(`${origin}/tools/pricing/`);
      expect(strict.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(strict.headers()['x-frame-options']).toBe('DENY');

      const page = await ctx.newPage();
      await page.goto(`http://localhost:${port}/`);
      const frame = page.frameLocator('#embed');
      await frame.locator('#f-target').fill('٢٠٠٠');
      await frame.locator('#f-fee').fill('20');
      await expect.poll(() => frame.locator('[data-result="hourly"]').textContent()).toMatch(/\d/);
      // No site header or footer inside the frame, and the way back to the site opens a new tab.
      expect(await frame.locator('header, footer').count()).toBe(0);
      const home = frame.locator('[data-embed-home]');
      expect(await home.getAttribute('href')).toMatch(/\/tools\/pricing\/$/);
      expect(await frame.locator('base').getAttribute('target')).toBe('_blank');
      // The framed /tools/ page was refused: its frame never got our document.
      const tools = await (await page.locator('#tools').elementHandle())!.contentFrame();
      expect(await tools!.evaluate(() => document.querySelector('#f-target') !== null).catch(() => false)).toBe(false);

      // The tools page offers the snippet that does this.
      const snippet = (await strict.text()).match(/data-embed-snippet><code>([^<]+)</)?.[1];
      expect(snippet).toContain('&lt;iframe src=&quot;');
      expect(snippet).toContain('/embed/pricing/');

      const embed = await ctx.newPage();
      await embed.goto(`${origin}/embed/pricing/`);
      await hydrated(embed);
      const axe = await new AxeBuilder({ page: embed }).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
    } finally {
      await ctx.close();
      other.close();
      site.close();
    }
  });
});
