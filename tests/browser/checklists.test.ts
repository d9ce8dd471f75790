/** Checklist ticks are kept in the browser: after a reload, in another tab, when storage fails, and when it is corrupt. */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, actTogether, hasBrowser, refuseStorage, seedStorageOnce, useBrowser } from './browser';

const URL_PATH = '/checklists/proposal-checklist/';
const ticked = (page: Page) => page.locator('input[data-item]:checked').count();

describe.skipIf(!hasBrowser)('checklists', () => {
  const browser = useBrowser();

  async function open(ctx: BrowserContext) {
    const page = await ctx.newPage();
    await page.goto(baseURL + URL_PATH);
    return page;
  }

  it('keeps ticks after a reload, counts them, and resets', async () => {
    const ctx = await browser.newContext();
    const page = await open(ctx);
    const boxes = page.locator('input[data-item]');
    const total = await boxes.count();
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await expect.poll(() => page.locator('[data-checklist-count]').textContent()).toBe(`أنجزت 2 من ${total}`);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('dalil:checklists')))
      .toContain('proposal-checklist');
    await page.reload();
    await expect.poll(() => ticked(page)).toBe(2);
    expect(await boxes.nth(2).isChecked()).toBe(true);
    await page.locator('[data-checklist-reset]').click();
    await page.locator('[data-reset-yes]').click();
    await expect.poll(() => ticked(page)).toBe(0);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('dalil:checklists')))
      .not.toContain('proposal-checklist');
    await page.reload();
    expect(await ticked(page)).toBe(0);
    await ctx.close();
  });

  it('asks before it clears: the reset sits below the items, and «لا» keeps every tick', async () => {
    const ctx = await browser.newContext();
    const page = await open(ctx);
    const boxes = page.locator('input[data-item]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const reset = page.locator('[data-checklist-reset]');
    const lastItem = (await page.locator('[data-checklist] li').last().boundingBox())!;
    expect((await reset.boundingBox())!.y).toBeGreaterThan(lastItem.y + lastItem.height);
    await reset.click();
    const question = page.getByRole('group', { name: /أتريد مسحها؟/ });
    expect(await question.isVisible()).toBe(true);
    expect(await ticked(page)).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('لا، أبقِها');
    await page.locator('[data-reset-no]').click();
    expect(await question.isVisible()).toBe(false);
    expect(await ticked(page)).toBe(2);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('dalil:checklists')))
      .toContain('proposal-checklist');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-checklist-reset'))).toBe(true);
    await ctx.close();
  });

  it('shows ticked items as done, a bar that fills, and a well-done card with the next step at the end', async () => {
    const ctx = await browser.newContext();
    const page = await open(ctx);
    const boxes = page.locator('input[data-item]');
    const total = await boxes.count();
    const item = page.locator('[data-checklist] li').first();
    const untickedBackground = await item.evaluate((li) => getComputedStyle(li).backgroundColor);
    await boxes.nth(0).check();
    expect(await item.evaluate((li) => getComputedStyle(li).backgroundColor)).not.toBe(untickedBackground);
    const bar = page.getByRole('progressbar', { name: 'ما أنجزته من هذه القائمة' });
    expect(await bar.evaluate((b: HTMLProgressElement) => [b.value, b.max])).toEqual([1, total]);
    const card = page.locator('[data-checklist-complete]');
    expect(await card.isVisible()).toBe(false);
    for (let i = 1; i < total; i++) await boxes.nth(i).check();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain('أحسنت');
    // This list is a step of the path: the card names the step after it, as the path's own link does.
    expect(await card.locator('a').getAttribute('href')).toBe(await page.locator('a[rel="next"]').getAttribute('href'));
    await boxes.nth(0).uncheck();
    expect(await card.isVisible()).toBe(false);
    await ctx.close();
  });

  it('shows a tick made in another tab', async () => {
    const ctx = await browser.newContext();
    const first = await open(ctx);
    const second = await open(ctx);
    await first.locator('input[data-item]').nth(1).check();
    await expect.poll(() => ticked(second)).toBe(1);
    await ctx.close();
  });

  it('warns when the browser refuses to store, and keeps the ticks on the page', async () => {
    const ctx = await browser.newContext();
    await refuseStorage(ctx);
    const page = await open(ctx);
    await page.locator('input[data-item]').nth(0).check();
    await page.locator('[data-not-saved]').waitFor();
    expect(await page.locator('[data-not-saved]').textContent()).toContain('لم نستطع حفظ');
    expect(await ticked(page)).toBe(1);
    await ctx.close();
  });

  it('sets corrupt saved data aside, offers it for download and saves afresh', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true });
    await seedStorageOnce(ctx, 'dalil:checklists', 'not json at all');
    const page = await open(ctx);
    expect(await ticked(page)).toBe(0);
    await page.locator('input[data-item]').nth(0).check();
    const notice = page.locator('[data-quarantine-notice]');
    await notice.waitFor();
    const download = page.waitForEvent('download');
    await notice.locator('a').click();
    const { readFile } = await import('node:fs/promises');
    expect(await readFile((await (await download).path())!, 'utf8')).toBe('not json at all');
    await page.reload();
    expect(await ticked(page)).toBe(1);
    await ctx.close();
  });

  it('has zero axe violations with ticks, the well-done card and the reset question showing', async () => {
    const ctx = await browser.newContext();
    const page = await open(ctx);
    for (const box of await page.locator('input[data-item]').all()) await box.check();
    await page.locator('[data-checklist-reset]').click();
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await ctx.close();
  });

  it('keeps the ticks it showed when stored ticks are damaged', async () => {
    const ctx = await browser.newContext();
    const raw = JSON.stringify({
      schemaVersion: 1,
      revision: 2,
      updatedAt: 'not a date',
      data: { 'proposal-checklist': { 'short-introduction': true, 'restate-client-situation': true } },
    });
    await seedStorageOnce(ctx, 'dalil:checklists', raw);
    const page = await open(ctx);
    await expect.poll(() => ticked(page)).toBe(2);
    await page.locator('input[data-item="prove-competence"]').check();
    await page.locator('[data-quarantine-notice]').waitFor();
    expect(await page.locator('[data-quarantine-notice]').textContent()).toContain('أبقينا كل علامة');
    await page.reload();
    await expect.poll(() => ticked(page)).toBe(3);
    await ctx.close();
  });

  it('shows ticks saved by a newer version read-only, and says so instead of blaming storage', async () => {
    const ctx = await browser.newContext();
    const newer = JSON.stringify({
      schemaVersion: 2,
      revision: 1,
      updatedAt: '2026-11-20T10:00:00.000Z',
      data: { 'proposal-checklist': { 'short-introduction': true } },
    });
    await seedStorageOnce(ctx, 'dalil:checklists', newer);
    const page = await open(ctx);
    await page.locator('[data-newer-version]').waitFor();
    expect(await ticked(page)).toBe(1);
    expect(await page.locator('input[data-item]').nth(1).isDisabled()).toBe(true);
    expect(await page.locator('[data-checklist-reset]').isDisabled()).toBe(true);

    await page.evaluate(() => localStorage.removeItem('dalil:checklists'));
    await page.reload();
    await page.locator('input[data-item]').nth(1).check();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('dalil:checklists'))).not.toBeNull();
    await page.evaluate((text) => localStorage.setItem('dalil:checklists', text), newer);
    // The tick is refused and taken back, so click rather than check (which expects the box to stay ticked).
    await page.locator('input[data-item]').nth(2).click();
    await page.locator('[data-newer-version]').waitFor();
    expect(await page.locator('[data-not-saved]').isVisible()).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('dalil:checklists'))).toBe(newer);
    await expect.poll(() => ticked(page)).toBe(1);
    await ctx.close();
  });

  it('keeps both tabs’ ticks in one list when two tabs tick at the same moment', async () => {
    const ctx = await browser.newContext();
    const first = await open(ctx);
    const second = await open(ctx);
    for (const page of [first, second]) await page.locator('input[data-item]').first().dispatchEvent('pointerdown');
    await first.waitForTimeout(300);
    await actTogether([
      { page: first, selector: 'input[data-item="short-introduction"]' },
      { page: second, selector: 'input[data-item="prove-competence"]' },
    ]);
    const stored = () => first.evaluate(() => JSON.parse(localStorage.getItem('dalil:checklists') ?? '{}').data);
    await expect
      .poll(stored)
      .toEqual({ 'proposal-checklist': { 'short-introduction': true, 'prove-competence': true } });
    for (const page of [first, second]) await expect.poll(() => ticked(page)).toBe(2);
    await ctx.close();
  });

  it('ticks made in a guide show on the checklist page and the other way round (one saved list)', async () => {
    const ctx = await browser.newContext();
    const guide = await ctx.newPage();
    await guide.goto(baseURL + '/guides/avoid-scams/');
    const inGuide = guide.locator('[data-guide-checklist="scam-red-flags"] input[data-item]');
    const total = await inGuide.count();
    expect(total).toBeGreaterThan(2);
    await inGuide.nth(0).check();
    await expect.poll(() => guide.evaluate(() => localStorage.getItem('dalil:checklists'))).toContain('scam-red-flags');
    const first = await inGuide.nth(0).getAttribute('data-item');

    const list = await ctx.newPage();
    await list.goto(baseURL + '/checklists/scam-red-flags/');
    const onPage = list.locator('input[data-item]');
    expect(await onPage.count()).toBe(total);
    expect(await list.locator(`input[data-item="${first}"]`).isChecked()).toBe(true);
    await onPage.nth(2).check();
    // The open guide follows the other tab, and a fresh visit shows both ticks.
    await expect.poll(() => inGuide.nth(2).isChecked()).toBe(true);
    await guide.reload();
    await expect.poll(() => guide.locator('[data-guide-checklist] input[data-item]:checked').count()).toBe(2);
    await expect.poll(() => guide.locator('[data-checklist-count]').textContent()).toBe(`أنجزت 2 من ${total}`);
    const axe = await new AxeBuilder({ page: guide })
      .include('[data-guide-checklist]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await ctx.close();
  });
});
