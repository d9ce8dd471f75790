/** The Content Security Policy holds in a real browser: no violation while pages load, search runs and the calculator works. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
