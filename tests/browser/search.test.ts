import { describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, useBrowser } from './browser';

describe.skipIf(!hasBrowser)('search page', () => {
  const browser = useBrowser();

  it('shows results from the index when an Arabic word is typed', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/search/`);
    const input = page.locator('pagefind-input input');
    await input.waitFor();
    await input.fill('حدبون');
    const result = page.locator('pagefind-results a[href="/stories/jaber-hadboun/"]').first();
    await result.waitFor({ timeout: 15_000 });
    expect(await result.textContent()).toContain('جابر حدبون');
    expect(await page.locator('pagefind-summary').textContent()).toMatch(/نتائج|نتيجة/);
    await page.close();
  });

  it('the "/" shortcut from any page leads to the search box', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/guides/`);
    await page.keyboard.press('/');
    await page.waitForURL(`${baseURL}/search/`);
    await page.locator('pagefind-input input').waitFor();
    await page.close();
  });
});
