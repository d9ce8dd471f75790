/** "Your data": export everything, clear the browser, import it back and find the same state; bad files change nothing. */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, blockStorage, hasBrowser, hydrated, refuseStorage, seedStorageOnce, useBrowser } from './browser';

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
    await page.locator('[data-import-confirm]').click();
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
      [
        'empty.json',
        '{"app":"dalil","exportedAt":"2026-11-23T10:00:00.000Z","documents":{}}',
        'لا يحمل شيئًا من بياناتك',
      ],
      [
        'unknown.json',
        '{"app":"dalil","exportedAt":"2026-11-23T10:00:00.000Z","documents":{"settings":{"schemaVersion":1,"revision":1,"updatedAt":"2026-11-23T10:00:00.000Z","data":{}}}}',
        'لا يعرفه هذا الإصدار',
      ],
      ['deep.json', `{"pad":${'['.repeat(50_000)}${']'.repeat(50_000)}}`, 'متداخلة إلى عمق'],
      [
        'newer.json',
        '{"app":"dalil","exportedAt":"2026-11-23T10:00:00.000Z","documents":{"goals":{"schemaVersion":9,"revision":1,"updatedAt":"2026-11-23T10:00:00.000Z","data":{}}}}',
        'صنع هذا الملف إصدار أحدث',
      ],
    ];
    for (const [name, text, expected] of cases) {
      const file = path.join(dir, name);
      await writeFile(file, text);
      await page.locator('[data-import-file]').setInputFiles(file);
      await expect
        .poll(() => page.locator('[data-import-status]').textContent(), { message: name })
        .toContain(expected);
      expect(await page.evaluate(() => JSON.stringify(localStorage)), name).toBe(before);
      expect(await page.locator('[data-import-status]').textContent(), name).not.toContain('أعد تحميل');
      expect(await page.locator('[data-import-preview]').isVisible(), name).toBe(false);
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

  it('shows what a file holds against what is stored, asks first, and restores what it replaced with one button', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true });
    const week = { weekStart: '2026-11-16', income: 300, orders: 10, proposals: 60, note: 'أسبوع محفوظ' };
    const stored = JSON.stringify({
      schemaVersion: 2,
      revision: 4,
      updatedAt: '2026-11-20T10:00:00.000Z',
      data: { fields: { targetYearlyNet: '30000', averageOrderPrice: '50' }, weeks: [week] },
    });
    await seedStorageOnce(ctx, 'dalil:goals', stored);
    const page = await ctx.newPage();
    await page.goto(`${baseURL}/my-data/`);
    expect(await page.locator('[data-set-aside-none]').isVisible()).toBe(true);
    const file = path.join(os.tmpdir(), 'no-weeks.json');
    await writeFile(
      file,
      JSON.stringify({
        app: 'dalil',
        exportedAt: '2026-11-23T10:00:00.000Z',
        documents: {
          goals: {
            schemaVersion: 2,
            revision: 1,
            updatedAt: '2026-11-23T10:00:00.000Z',
            data: { fields: { targetYearlyNet: '12000' }, weeks: [] },
          },
        },
      }),
    );
    await page.locator('[data-import-file]').setInputFiles(file);
    const row = page.locator('[data-import-preview] [data-row="goals"]');
    await row.waitFor();
    expect(await row.locator('td').nth(0).textContent()).toContain('أسابيع السجل: 0');
    expect(await row.locator('td').nth(1).textContent()).toContain('أسابيع السجل: 1');
    expect(await page.locator('[data-row="progress"]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-preview-title'))).toBe(true);
    // Nothing changes until the reader confirms; cancelling changes nothing.
    expect(await page.evaluate(() => localStorage.getItem('dalil:goals'))).toBe(stored);
    await page.locator('[data-import-cancel]').click();
    await expect.poll(() => page.locator('[data-import-status]').textContent()).toContain('ألغيت');
    expect(await page.evaluate(() => localStorage.getItem('dalil:goals'))).toBe(stored);

    await page.locator('[data-import-file]').setInputFiles(file);
    await page.locator('[data-import-confirm]').click();
    await expect.poll(() => page.locator('[data-import-status]').textContent()).toContain('احتفظنا بنسخة');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('dalil:goals')!).data.weeks)).toEqual([]);
    const item = page.locator('[data-set-aside-list] li');
    await expect.poll(() => item.count()).toBe(1);
    const download = page.waitForEvent('download');
    await item.getByRole('button', { name: 'نزّلها' }).click();
    const saved = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
    expect(saved.documents.goals.data.weeks).toEqual([week]);

    await item.getByRole('button', { name: 'ارجع إليها' }).click();
    await expect.poll(() => page.locator('[data-import-status]').textContent()).toContain('أرجعنا بياناتك');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('dalil:goals')!).data)).toEqual({
      fields: { targetYearlyNet: '30000', averageOrderPrice: '50' },
      weeks: [week],
    });
    await page.goto(`${baseURL}/tools/goals/`);
    await hydrated(page);
    await expect.poll(() => page.locator('[data-week-log] tbody tr').count()).toBe(1);
    await page.goto(`${baseURL}/my-data/`);
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await ctx.close();
  });

  it('says why there is nothing to export instead of downloading an empty backup', async () => {
    for (const [setUp, expected] of [
      [refuseStorage, 'لم نجد في هذا المتصفح بيانات محفوظة'],
      [blockStorage, 'المتصفح يمنع هذا الموقع من تخزين'],
    ] as const) {
      const ctx = await browser.newContext({ acceptDownloads: true });
      await setUp(ctx);
      const page = await ctx.newPage();
      let downloaded = false;
      page.on('download', () => (downloaded = true));
      await page.goto(`${baseURL}/path/`);
      await page.locator('[data-step] [data-mark="done"]').first().click();
      await page.locator('[data-not-saved]').waitFor();
      await page.goto(`${baseURL}/my-data/`);
      await page.locator('[data-export]').click();
      await expect.poll(() => page.locator('[data-export-status]').textContent()).toContain(expected);
      expect(downloaded).toBe(false);
      expect(await page.locator('[data-last-exported]').textContent()).toContain('لم تنزّل');
      await ctx.close();
    }
  });
});
