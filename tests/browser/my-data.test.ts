/** "Your data": export everything, clear the browser, import it back and find the same state; bad files change nothing. */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, hydrated, seedStorageOnce, useBrowser } from './browser';

const snapshot = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('dalil:') && k !== 'dalil:meta')
        .sort()
        .map((k) => [k, JSON.parse(localStorage.getItem(k)!).data]),
    ),
  );

describe.skipIf(!hasBrowser)('your data', () => {
  const browser = useBrowser();

  it('export, clear, import gives the same state, and the page shows when it was exported', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true });
    const page = await ctx.newPage();
    await page.goto(`${baseURL}/checklists/proposal-checklist/`);
    await page.locator('input[data-item]').nth(1).check();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('dalil:checklists'))).not.toBeNull();
    await page.goto(`${baseURL}/path/`);
    await page.locator('[data-step] [data-mark="done"]').first().click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('dalil:progress'))).not.toBeNull();
    await page.goto(`${baseURL}/tools/goals/`);
    await hydrated(page);
    await page.locator('#g-targetYearlyNet').fill('٣٠٠٠٠');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('dalil:goals'))).toContain('٣٠٠٠٠');
    const before = await snapshot(page);
    expect(Object.keys(before)).toEqual(['dalil:checklists', 'dalil:goals', 'dalil:progress']);

    await page.goto(`${baseURL}/my-data/`);
    expect(await page.locator('[data-last-exported]').textContent()).toContain('لم تنزّل');
    const download = page.waitForEvent('download');
    await page.locator('[data-export]').click();
    const file = await (await download).path();
    await expect.poll(() => page.locator('[data-last-exported]').textContent()).toMatch(/\d{4}/);

    await page.evaluate(() => localStorage.clear());
    await page.locator('[data-import-file]').setInputFiles(file!);
    await expect.poll(() => page.locator('[data-import-status]').textContent()).toContain('استعدنا بياناتك');
    expect(await snapshot(page)).toEqual(before);
    await page.goto(`${baseURL}/tools/goals/`);
    await hydrated(page);
    await expect.poll(() => page.locator('#g-targetYearlyNet').inputValue()).toBe('٣٠٠٠٠');
    await ctx.close();
  });

  it('rejects a broken, hostile or oversized file with a message and changes nothing', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${baseURL}/checklists/proposal-checklist/`);
    await page.locator('input[data-item]').nth(0).check();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('dalil:checklists'))).not.toBeNull();
    await page.goto(`${baseURL}/my-data/`);
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    const dir = os.tmpdir();
    const cases: [string, string, string][] = [
      ['not-json.json', '{ nope', 'ليس بصيغة JSON'],
      [
        'proto.json',
        '{"app":"dalil","exportedAt":"2026-11-23T10:00:00.000Z","documents":{"__proto__":{"x":1}}}',
        'مفاتيح غير مسموح',
      ],
      [
        'shape.json',
        '{"app":"dalil","exportedAt":"2026-11-23T10:00:00.000Z","documents":{"checklists":{"schemaVersion":1,"revision":1,"updatedAt":"2026-11-23T10:00:00.000Z","data":{"x":5}}}}',
        'لا يطابق شكل',
      ],
      ['big.json', `{"pad":"${'a'.repeat(1_100_000)}"}`, 'أكبر من 1 ميغابايت'],
    ];
    for (const [name, text, expected] of cases) {
      const file = path.join(dir, name);
      await writeFile(file, text);
      await page.locator('[data-import-file]').setInputFiles(file);
      await expect
        .poll(() => page.locator('[data-import-status]').textContent(), { message: name })
        .toContain(expected);
      expect(await page.evaluate(() => JSON.stringify(localStorage)), name).toBe(before);
    }
    expect(await readFile(path.join(dir, 'not-json.json'), 'utf8')).toBe('{ nope');
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await ctx.close();
  });

  it('lists data that could not be read, to download or delete', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true });
    await seedStorageOnce(ctx, 'dalil:quarantine:goals:2026-11-20T10:00:00.000Z', 'broken text');
    const page = await ctx.newPage();
    await page.goto(`${baseURL}/my-data/`);
    const list = page.locator('[data-quarantine-list]');
    await expect.poll(() => list.locator('li').count()).toBe(1);
    const download = page.waitForEvent('download');
    await list.locator('button').first().click();
    expect(await readFile((await (await download).path())!, 'utf8')).toBe('broken text');
    await list.locator('button').nth(1).click();
    await expect.poll(() => list.locator('li').count()).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('dalil:quarantine:')))).toBe(
      false,
    );
    await ctx.close();
  });
});
