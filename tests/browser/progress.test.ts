/** Learning-path progress: marked on the path page, kept after reloads, shown on guides and on the home page. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, refuseStorage, useBrowser } from './browser';

describe.skipIf(!hasBrowser)('learning-path progress', () => {
  const browser = useBrowser();

  it('marks steps done or skipped, keeps them, and shows progress on guides and the home page', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${baseURL}/path/`);
    const step = (id: string) => page.locator(`[data-step="${id}"]`);
    await step('read-what-is-online-work').locator('[data-mark="done"]').click();
    await step('read-kinds-of-online-work').locator('[data-mark="skipped"]').click();
    await expect
      .poll(() => page.locator('[data-progress-summary]').textContent())
      .toMatch(/أنجزت 1 من \d+ خطوة، وتخطيت 1/);
    expect(await step('read-what-is-online-work').locator('[data-mark="done"]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('dalil:progress')))
      .toContain('read-what-is-online-work');
    await page.reload();
    await expect.poll(() => step('read-kinds-of-online-work').getAttribute('data-state')).toBe('skipped');

    await page.goto(`${baseURL}/guides/what-is-online-work/`);
    const status = page.locator('[data-progress-status]');
    await expect.poll(() => status.isVisible()).toBe(true);
    expect(await status.textContent()).toContain('وأنجزت هذه الخطوة');

    await page.goto(`${baseURL}/`);
    const next = page.locator('[data-continue] a:visible');
    await expect.poll(() => next.count()).toBe(1);
    expect(await next.getAttribute('href')).toBe('/guides/how-marketplaces-work/');

    // Pressing a mark again clears it.
    await page.goto(`${baseURL}/path/`);
    await step('read-what-is-online-work').locator('[data-mark="done"]').click();
    await expect.poll(() => step('read-what-is-online-work').getAttribute('data-state')).toBe('');
    await ctx.close();
  });

  it('home and guides show nothing about progress before the reader marks a step', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${baseURL}/`);
    expect(await page.locator('[data-continue]').isVisible()).toBe(false);
    await page.goto(`${baseURL}/guides/cover-letter/`);
    expect(await page.locator('[data-progress-status]').isVisible()).toBe(false);
    await ctx.close();
  });

  it('warns when progress cannot be saved, and the path page has zero axe violations with marks', async () => {
    const ctx = await browser.newContext();
    await refuseStorage(ctx);
    const page = await ctx.newPage();
    await page.goto(`${baseURL}/path/`);
    await page.locator('[data-step] [data-mark="done"]').first().click();
    await page.locator('[data-not-saved]').waitFor();
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(
      axe.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
    ).toEqual([]);
    await ctx.close();
  });
});

describe.skipIf(!hasBrowser)('sharing progress', () => {
  const browser = useBrowser();

  it('a shared link shows someone else’s progress read-only and leaves the viewer’s own untouched', async () => {
    const sharer = await browser.newContext();
    const page = await sharer.newPage();
    await page.goto(`${baseURL}/path/`);
    await page.locator('[data-step] [data-mark="done"]').nth(0).click();
    await page.locator('[data-step] [data-mark="skipped"]').nth(1).click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('dalil:progress'))).toContain('skipped');
    await page.locator('[data-share-progress]').click();
    await expect.poll(() => page.locator('[data-share-status]').textContent()).toContain('?shared=');
    const url = /https?:\/\/\S+/.exec((await page.locator('[data-share-status]').textContent())!)![0];
    await sharer.close();

    const viewer = await browser.newContext();
    const view = await viewer.newPage();
    await view.goto(url);
    await view.locator('[data-shared-banner]').waitFor();
    await expect.poll(() => view.locator('[data-step]').nth(0).getAttribute('data-state')).toBe('done');
    expect(await view.locator('[data-step]').nth(1).getAttribute('data-state')).toBe('skipped');
    expect(await view.locator('[data-step] [data-mark]:visible').count()).toBe(0);
    expect(await view.evaluate(() => localStorage.getItem('dalil:progress'))).toBeNull();
    await view.goto(`${baseURL}/path/?shared=dd`);
    await view.locator('[data-shared-invalid]').waitFor();
    await viewer.close();
  });
});
