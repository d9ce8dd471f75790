import { describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, useBrowser } from './browser';

describe.skipIf(!hasBrowser)('theme', () => {
  const browser = useBrowser();

  it('follows the system, and the toggle cycles dark → light → system and is remembered', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    const theme = () => page.getAttribute('html', 'data-theme');
    const toggle = page.locator('[data-theme-toggle]');
    expect(await theme()).toBe('light');
    await expect.poll(() => toggle.getAttribute('title')).toContain('تلقائي');
    await toggle.click();
    expect(await theme()).toBe('dark');
    await page.reload();
    expect(await theme()).toBe('dark');
    await toggle.click();
    expect(await theme()).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await toggle.click(); // back to system, which is now dark
    expect(await theme()).toBe('dark');
    expect(await toggle.getAttribute('title')).toContain('تلقائي');
    expect(await page.locator('[data-theme-toggle] svg:visible').count()).toBe(1);
    await context.close();
  });

  it('applies the stored theme before the first paint (no flash)', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
    const page = await context.newPage();
    // Record the theme at the moment <body> starts, before any paint of content.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody =
            document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseURL}/guides/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    await context.close();
  });

  it('keeps the choices a browser saved under the keys of an earlier version, moved once to their new names', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${baseURL}/about/`);
    await page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem('theme', 'dark');
      localStorage.setItem('digits', 'arab');
    });
    await page.goto(`${baseURL}/tools/pricing/`);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const stored = await page.evaluate(() =>
      Object.fromEntries(
        Object.keys(localStorage)
          .sort()
          .map((k) => [k, localStorage.getItem(k)]),
      ),
    );
    expect(stored).toEqual({ 'dalil:digits': 'arab', 'dalil:theme': 'dark' });
    await page.locator('[data-tool-result], .tool-panel').first().scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.tool-panel').first().textContent()).toMatch(/[٠-٩]/);
    await page.locator('[data-theme-toggle]').click();
    expect(await page.evaluate(() => [localStorage.getItem('dalil:theme'), localStorage.getItem('theme')])).toEqual([
      'light',
      null,
    ]);
    await context.close();
  });
});
