import { describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, useBrowser } from './browser';

describe.skipIf(!hasBrowser)('site header on a phone', () => {
  const browser = useBrowser();

  it('fits one row at 375 px (name, search, theme, menu), with 44 px targets and no key hint', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    for (const url of ['/', '/guides/pricing-your-work/', '/path/']) {
      await page.goto(`${baseURL}${url}`);
      const header = page.locator('[data-site-header]');
      const height = await header.evaluate((h) => h.getBoundingClientRect().height);
      expect(height, url).toBeLessThanOrEqual(64);
      for (const control of ['[data-search-open]', '[data-theme-toggle]', '[data-site-menu] summary']) {
        const box = (await page.locator(control).boundingBox())!;
        expect(box.height, control).toBeGreaterThanOrEqual(44);
        expect(box.width, control).toBeGreaterThanOrEqual(44);
      }
      expect(await page.locator('[data-search-open] kbd').isVisible()).toBe(false);
      // The search and theme buttons are named in Arabic even though they show only an icon.
      expect(await page.getByRole('link', { name: 'ابحث في الدليل' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: /^المظهر: / }).isVisible()).toBe(true);
    }
    await context.close();
  });

  it('opens its menu without JavaScript, and lists search only once', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/stories/`);
    const menu = page.getByRole('navigation', { name: 'قائمة التنقل' });
    expect(await menu.isVisible()).toBe(false);
    await page.locator('[data-site-menu] summary').click();
    expect(await menu.getByRole('link', { name: 'المسار' }).isVisible()).toBe(true);
    expect(await menu.locator('[aria-current="page"]').textContent()).toBe('قصص النجاح');
    expect(await page.locator('header a[href="/search/"]').count()).toBe(1);
    await context.close();
  });

  it('keeps the search box with its key hint and the links in view on a laptop', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseURL}/`);
    expect(await page.locator('[data-search-open] kbd').isVisible()).toBe(true);
    expect(
      await page.getByRole('navigation', { name: 'التنقل الرئيسي' }).getByRole('link', { name: 'الأدوات' }).isVisible(),
    ).toBe(true);
    expect(await page.locator('[data-site-menu]').isVisible()).toBe(false);
    await page.close();
  });
});
