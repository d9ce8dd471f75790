/**
 * How both tools show what they compute on a small phone and in Arabic text: nine-digit amounts wrap inside
 * their cards at 320 px, «US$» reads in its own order, and a money field written «1.500» asks what was meant.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/lib/forms/messages';
import { exampleHourly } from './pricing-examples';
import { baseURL, hasBrowser, hydrated, useBrowser } from './browser';

async function overflow(page: Page) {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth - innerWidth,
    // Every result card's figure stays inside its card.
    cards: [...document.querySelectorAll('.result-card')].filter((card) => {
      const box = card.getBoundingClientRect();
      const value = card.querySelector('.result-value bdi')!.getBoundingClientRect();
      return value.left < box.left - 1 || value.right > box.right + 1;
    }).length,
  }));
}

describe.skipIf(!hasBrowser)('the tools on a 320 px phone and in Arabic text', () => {
  const browser = useBrowser();

  for (const [tool, query] of [
    ['pricing', '?target=123456789&cur=LBP'],
    ['goals', '?yearly=123456789012&price=99999999&cur=LBP'],
  ] as const)
    it(`/tools/${tool}/: nine-digit Lebanese pound amounts wrap, nothing scrolls sideways`, async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
      await page.goto(`${baseURL}/tools/${tool}/${query}`);
      await hydrated(page);
      await expect.poll(() => page.locator('.result-card').count()).toBeGreaterThan(3);
      await expect.poll(() => page.locator('.result-value').first().textContent()).toMatch(/\d{3},\d{3}/);
      expect(await overflow(page)).toEqual({ page: 0, cards: 0 });
      await page.close();
    });

  it('shows «US$» left to right inside Arabic text, never «$US»', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseURL}/tools/pricing/`);
    await hydrated(page);
    for (const selector of ['[data-result="hourly"] bdi', '[data-explanation]']) {
      const order = await page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf('US$');
            if (at < 0) continue;
            const x = (i: number) => {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              return range.getBoundingClientRect().left;
            };
            return x(at) < x(at + 2) ? 'US$' : '$US';
          }
          return 'missing';
        });
      expect(order, selector).toBe('US$');
    }
    await page.close();
  });

  it('asks whether «1.500» in a money field means a thousand and a half or one and a half, in both tools', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await page.goto(`${baseURL}/tools/pricing/`);
    await hydrated(page);
    await page.locator('#f-target').fill('1.500');
    await expect.poll(() => page.locator('#f-target-error').textContent()).toBe(MESSAGES['ambiguous-point']);
    await page.locator('#f-target').fill('1500');
    await expect.poll(() => page.locator('#f-target-error').count()).toBe(0);
    await page.goto(`${baseURL}/tools/goals/`);
    await hydrated(page);
    await page.locator('#g-targetYearlyNet').fill('12.000');
    await expect.poll(() => page.getByText(MESSAGES['ambiguous-point']).count()).toBe(1);
    await page.close();
  });

  it('prints a summary with the inputs, and the planner’s whole price ramp', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseURL}/tools/pricing/?target=2000`);
    await hydrated(page);
    for (const id of ['f-target', 'f-expenses', 'f-tax', 'f-fee', 'f-hours', 'f-weeksOff', 'f-platform', 'f-currency'])
      expect(await page.locator(`#${id}`).isVisible(), id).toBe(true);
    expect(await page.locator('#f-target').inputValue()).toBe('2000');
    expect(await page.locator('[data-result="hourly"]').isVisible()).toBe(true);
    await page.goto(`${baseURL}/tools/goals/`);
    await hydrated(page);
    const ramp = page.locator('[data-ramp]');
    await expect.poll(() => ramp.locator('tbody tr').count()).toBe(24);
    expect(await page.locator('#g-targetYearlyNet').isVisible()).toBe(true);
    // Nothing of the ramp is hidden behind a scroll box on paper.
    const clipped = await ramp.evaluate((table) => {
      const box = table.parentElement!;
      return box.scrollHeight - box.clientHeight;
    });
    expect(clipped).toBe(0);
    await page.close();
  });

  it('turns time off counted in days into the weeks the calculator asks for', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${baseURL}/tools/pricing/`);
    await hydrated(page);
    await page.getByRole('button', { name: 'تعدّ إجازتك بالأيام؟ حوّلها إلى أسابيع' }).click();
    const helper = page.locator('[data-days-to-weeks]');
    await helper.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-daysOff');
    await page.locator('#f-daysOff').fill('٣٠');
    await expect.poll(() => helper.textContent()).toContain('أي 6 من أسابيع العمل');
    await page.locator('#f-weeksOff').fill('2');
    await helper.getByRole('button', { name: 'ضعها في «أسابيع بلا عمل»' }).click();
    await expect.poll(() => page.locator('#f-weeksOff').inputValue()).toBe('6');
    // Six days a week make the same 30 days five weeks.
    await page.locator('#f-days').fill('6');
    await expect.poll(() => helper.textContent()).toContain('أي 5 من أسابيع العمل');
    await page.close();
  });

  it('keeps the hourly rate in sight at the bottom of a phone screen while the reader types its first field', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
    await page.goto(`${baseURL}/tools/pricing/`);
    await hydrated(page);
    await page.locator('#f-target').fill('2000');
    await page.locator('#f-target').focus();
    const live = page.locator('[data-live-rate]');
    const card = page.locator('[data-result="hourly"] bdi');
    const figure = async (l: typeof card) => (await l.textContent())!.replace(/[^\d.,]/g, '');
    const hourly = exampleHourly({ targetNetMonthly: 2000 }).toFixed(2);
    await expect.poll(() => figure(live.locator('bdi'))).toBe(hourly);
    expect(await figure(card)).toBe(hourly);
    // The results are far below the field; the live line sits at the bottom edge of the screen, over nothing else.
    const box = (await live.boundingBox())!;
    expect(Math.round(box.y + box.height)).toBe(700);
    expect((await card.boundingBox())!.y).toBeGreaterThan(700);
    // On a laptop the results are beside the fields' end: the line is not drawn.
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(await live.isVisible()).toBe(false);
    await page.close();
  });

  it('shows examples the size of the chosen currency, in the chosen digits, and keeps what the reader typed', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseURL}/tools/pricing/`);
    await hydrated(page);
    await page.locator('#f-expenses').fill('80');
    await page.locator('#f-currency').selectOption('EGP');
    await expect.poll(() => page.locator('#f-target').inputValue()).toBe('50000');
    expect(await page.locator('#f-expenses').inputValue()).toBe('80');
    await page.locator('input[name="digits"][value="arab"]').check();
    await expect.poll(() => page.locator('#f-target').inputValue()).toBe('٥٠٠٠٠');
    expect(await page.locator('#f-expenses').inputValue()).toBe('80');
    expect(await page.locator('#f-tax-hint').textContent()).toContain('اكتب ٠');
    await page.locator('#f-model').selectOption('micro');
    await expect.poll(() => page.locator('#f-servicePrice').inputValue()).toBe('٥٠٠');
    // The link keeps only what the reader typed: someone opening it sees the same pound examples.
    expect(new URL(page.url()).search).toBe('?expenses=80&cur=EGP&tab=micro');
    await page.locator('#f-model').selectOption('ladder');
    await expect.poll(() => page.locator('#f-ladderStart').inputValue()).toBe('٢٥٠');
    await page.close();
  });
});
