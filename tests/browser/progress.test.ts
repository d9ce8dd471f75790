/** Learning-path progress: marked on the path page, kept after reloads, shown on guides and on the home page. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { baseURL, actTogether, hasBrowser, refuseStorage, seedStorageOnce, useBrowser } from './browser';

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
    // The path's order: after what-is-online-work and kinds-of-online-work, before-you-start is the first left;
    // the link opens its module's page at that step.
    expect(await next.getAttribute('href')).toMatch(
      /\/path\/from-zero-to-steady-income\/understand\/#step-read-before-you-start$/,
    );
    expect(await next.textContent()).toBe('تابع وحدة «افهم العمل الحر» من خطوتها التالية');
    await next.click();
    await expect.poll(() => page.locator('#step-read-before-you-start').isVisible()).toBe(true);

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

describe.skipIf(!hasBrowser)('progress the site cannot fully read', () => {
  const browser = useBrowser();
  const done = (page: import('playwright-core').Page) => page.locator('[data-step][data-state="done"]').count();

  it('keeps the marks it showed when stored progress is damaged, says so, and offers the original', async () => {
    for (const damaged of [
      { schemaVersion: 1, revision: 3, updatedAt: 'not a date', data: {} },
      { schemaVersion: 1, revision: 3, updatedAt: '2026-11-20T10:00:00.000Z', data: { 'compare-platforms': 'maybe' } },
    ]) {
      const raw = JSON.stringify({
        ...damaged,
        data: { ...damaged.data, 'read-what-is-online-work': 'done', 'read-kinds-of-online-work': 'done' },
      });
      const ctx = await browser.newContext({ acceptDownloads: true });
      await seedStorageOnce(ctx, 'dalil:progress', raw);
      const page = await ctx.newPage();
      await page.goto(`${baseURL}/path/`);
      await expect.poll(() => done(page)).toBe(2);
      await page.locator('[data-step="read-how-marketplaces-work"] [data-mark="done"]').click();
      const notice = page.locator('[data-quarantine-notice]');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('أبقينا كل علامة استطعنا قراءتها');
      const download = page.waitForEvent('download');
      await notice.locator('a[download]').click();
      expect(await readFile((await (await download).path())!, 'utf8')).toBe(raw);
      await page.reload();
      await expect.poll(() => done(page)).toBe(3);
      const kept = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('dalil:quarantine:progress:'))
          .map((k) => localStorage.getItem(k)),
      );
      expect(kept).toEqual([raw]);
      await ctx.close();
    }
  });

  it('shows progress saved by a newer version read-only, and says so instead of blaming storage', async () => {
    const ctx = await browser.newContext();
    const newer = JSON.stringify({
      schemaVersion: 2,
      revision: 5,
      updatedAt: '2026-11-20T10:00:00.000Z',
      data: { 'read-what-is-online-work': 'done' },
    });
    await seedStorageOnce(ctx, 'dalil:progress', newer);
    const page = await ctx.newPage();
    await page.goto(`${baseURL}/path/`);
    await page.locator('[data-newer-version]').waitFor();
    expect(await page.locator('[data-newer-version]').textContent()).toContain('إصدار أحدث');
    await expect.poll(() => done(page)).toBe(1);
    expect(await page.locator('[data-step] [data-mark="done"]').first().isDisabled()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('dalil:progress'))).toBe(newer);

    // A newer version (another tab) saves after this page loaded: the next mark is refused for that reason.
    await page.evaluate(() => localStorage.removeItem('dalil:progress'));
    await page.reload();
    await page.locator('[data-step] [data-mark="done"]').first().waitFor();
    expect(await page.locator('[data-newer-version]').isVisible()).toBe(false);
    await page.evaluate((text) => localStorage.setItem('dalil:progress', text), newer);
    await page.locator('[data-step="compare-platforms"] [data-mark="skipped"]').click();
    await page.locator('[data-newer-version]').waitFor();
    expect(await page.locator('[data-not-saved]').isVisible()).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('dalil:progress'))).toBe(newer);
    await expect.poll(() => page.locator('[data-step="compare-platforms"]').getAttribute('data-state')).toBe('');
    await ctx.close();
  });

  it('keeps both tabs’ marks when two tabs mark steps at the same moment', async () => {
    const ctx = await browser.newContext();
    const [first, second] = [await ctx.newPage(), await ctx.newPage()];
    for (const page of [first, second]) {
      await page.goto(`${baseURL}/path/`);
      // Load the save code first, so both saves happen as close together as the browser allows.
      await page.locator('[data-step] [data-mark="done"]').first().dispatchEvent('pointerdown');
    }
    await first.waitForTimeout(300);
    await actTogether([
      { page: first, selector: '[data-step="read-what-is-online-work"] [data-mark="done"]' },
      { page: second, selector: '[data-step="compare-platforms"] [data-mark="skipped"]' },
    ]);
    const stored = () => first.evaluate(() => JSON.parse(localStorage.getItem('dalil:progress') ?? '{}').data);
    await expect.poll(stored).toEqual({ 'read-what-is-online-work': 'done', 'compare-platforms': 'skipped' });
    for (const page of [first, second]) {
      await expect
        .poll(() => page.locator('[data-step="read-what-is-online-work"]').getAttribute('data-state'))
        .toBe('done');
      await expect
        .poll(() => page.locator('[data-step="compare-platforms"]').getAttribute('data-state'))
        .toBe('skipped');
    }
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
  it('on a phone: titles get the full width, marks sit on their own line at 44 px, and bars and ticks show progress', async () => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 812 }, permissions: [] });
    const page = await ctx.newPage();
    await page.goto(`${baseURL}/path/`);
    const step = page.locator('[data-step]').first();
    const done = step.locator('[data-mark="done"]');
    await done.waitFor();
    const title = (await step.locator('a.link').boundingBox())!;
    const stepBox = (await step.boundingBox())!;
    // The title's line spans the row beside the number, and both marks sit below it.
    expect(title.width).toBeGreaterThan(stepBox.width * 0.6);
    for (const mark of await step.locator('[data-mark]').all()) {
      const box = (await mark.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.y).toBeGreaterThanOrEqual(title.y + title.height - 1);
    }
    const bars = page.locator('progress');
    expect(await bars.count()).toBe(1 + (await page.locator('[data-module]').count()));
    expect(await page.getByRole('progressbar', { name: 'ما أنجزته من المسار كله' }).isVisible()).toBe(true);
    await done.click();
    await expect.poll(() => bars.first().evaluate((b: HTMLProgressElement) => b.value)).toBe(1);
    expect(
      await page
        .locator('[data-module] progress')
        .first()
        .evaluate((b: HTMLProgressElement) => b.value),
    ).toBe(1);
    // Done is a tick in place of the number, not a colour alone.
    expect(await step.locator('.step-number svg').isVisible()).toBe(true);
    expect(await step.locator('.step-number > span').isVisible()).toBe(false);

    // The shared address: on its own left-to-right line, wrapped only where the line is full.
    await page.locator('[data-share-progress]').click();
    const code = page.locator('[data-share-status] code');
    await expect.poll(() => code.textContent()).toMatch(/^https?:\/\/\S+\?shared=\S+$/);
    expect(await code.evaluate((c) => [getComputedStyle(c).direction, getComputedStyle(c).display])).toEqual([
      'ltr',
      'block',
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await ctx.close();
  });
});
