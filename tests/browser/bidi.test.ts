/**
 * A shared link or a paste with bidi controls (here U+202E, which shows «0001» as «1000») must not show one number
 * and compute another: the fields keep the text without the controls, and the result is computed from that text.
 */
import { describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, hydrated, useBrowser } from './browser';
import { exampleHourly } from './pricing-examples';
import { formatMoney } from '../../src/lib/format/numbers';

describe.skipIf(!hasBrowser)('bidi controls in fields', () => {
  const browser = useBrowser();

  it('a calculator link shows the number it computes with', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await page.goto(`${baseURL}/tools/pricing/?target=%E2%80%AE0001&hours=%E2%80%AE52`);
    await hydrated(page);
    await expect.poll(() => page.locator('#f-target').inputValue()).toBe('0001');
    expect(await page.locator('#f-hours').inputValue()).toBe('52');
    const hourly = exampleHourly({ targetNetMonthly: 1, billableHoursPerWeek: 52 });
    await expect
      .poll(() => page.locator('[data-result="hourly"]').first().textContent())
      .toContain(formatMoney(hourly, 'USD', 'latn').replace('\u00a0', ' '));
    await page.close();
  });

  it('a pasted number loses its controls in the field, in both tools', async () => {
    const page = await browser.newPage();
    for (const [path, id] of [
      ['/tools/pricing/', '#f-target'],
      ['/tools/goals/', '#g-targetYearlyNet'],
    ] as const) {
      await page.goto(`${baseURL}${path}`);
      await hydrated(page);
      await page.locator(id).fill('');
      await page.locator(id).focus();
      await page.keyboard.insertText('\u202E0009\u2069');
      await expect.poll(() => page.locator(id).inputValue()).toBe('0009');
    }
    await page.close();
  });
});
