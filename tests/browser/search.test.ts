/** Search as readers use it: the header dialog on any page, the full page with its address, and hostile content. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/build/static-server.mjs';
import { baseURL, hasBrowser, useBrowser } from './browser';
import { HOSTILE_TITLE, HOSTILE_WORD, cleanUpFixtureSites, siteWithHostileRecord } from './fixture-sites';

const dialogInput = '[data-search-dialog] [data-search-input]';
const pageInput = '[data-search-page] [data-search-input]';
const hitUrls = (page: Page, scope: string) =>
  page.locator(`${scope} [data-search-hit]`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describe.skipIf(!hasBrowser)('search from the header', () => {
  const browser = useBrowser();

  it('downloads nothing of search until the reader opens it, then finds pages whatever the spelling', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${baseURL}/stories/jaber-hadboun/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/search/'))).toEqual([]);

    await page.keyboard.press('/');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('[data-search-dialog] [data-search-input]')))
      .toBe(true);
    for (const spelling of ['التَّسْعِير', 'تسعـــير', 'بالتسعير', 'اسعاري']) {
      await page.locator(dialogInput).fill(spelling);
      await expect
        .poll(() => hitUrls(page, '[data-search-dialog]'), { message: spelling })
        .toContain('/guides/pricing-your-work/');
    }
    expect(requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
    await page.close();
  });

  it('Ctrl+K opens the dialog; arrow keys walk the results; Enter opens one; Escape closes', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/guides/`);
    await page.keyboard.press('Control+k');
    await page.locator(dialogInput).fill('فريلانسر');
    await expect.poll(() => hitUrls(page, '[data-search-dialog]')).toContain('/glossary/mim/#term-freelancer');
    const hits = await hitUrls(page, '[data-search-dialog]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(hits[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-input]'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('[data-search-dialog]').evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(false);

    await page.keyboard.press('/');
    await page.locator(dialogInput).fill('مصطفي العشي');
    await expect.poll(() => hitUrls(page, '[data-search-dialog]')).toContain('/stories/mustafa-al-ashi/');
    const first = (await hitUrls(page, '[data-search-dialog]'))[0]!;
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseURL}${first}`);
    await page.close();
  });

  it('"/" right after Escape opens search again, before the closed dialog has given the focus back', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/guides/`);
    await page.keyboard.press('Control+k');
    await page.locator(dialogInput).fill('تسعير');
    // Both keys in one task: the dialog's close event, which moves the focus, has not run yet for the second.
    const reopened = await page.evaluate(() => {
      const key = (k: string) =>
        document.activeElement!.dispatchEvent(
          new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }),
        );
      key('Escape');
      const closed = !document.querySelector<HTMLDialogElement>('[data-search-dialog]')!.open;
      key('/');
      return { closed };
    });
    expect(reopened.closed).toBe(true);
    await expect
      .poll(() => page.locator('[data-search-dialog]').evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(true);
    await page.close();
  });

  it('has zero axe violations with the dialog open and results shown, and on the search page with no match', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/stories/ahmed-ahmed/`);
    await page.keyboard.press('/');
    await page.locator(dialogInput).fill('العميل الأول');
    await page.locator('[data-search-dialog] [data-search-hit]').first().waitFor();
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const inDialog = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(inDialog.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
      [],
    );
    await page.goto(`${baseURL}/search/?q=${encodeURIComponent('ززتسعير')}`);
    await page.locator('[data-search-empty]').waitFor();
    const empty = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(empty.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await context.close();
  });

  it('shows the matched words highlighted, the type and the reading time of each result', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/`);
    await page.locator('[data-search-open]').click();
    await page.locator(dialogInput).fill('خطاب التقديم');
    const hit = page.locator('[data-search-dialog] [data-search-hit][href="/guides/cover-letter/"]');
    await hit.waitFor();
    expect(await hit.textContent()).toMatch(/دليل · مبتدئ · .*دقائق قراءة|دليل · مبتدئ · .*دقيقة قراءة/);
    expect(await hit.locator('mark').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe.skipIf(!hasBrowser)('search page', () => {
  const browser = useBrowser();
  afterAll(cleanUpFixtureSites);

  it('keeps the query and the filters in the address, and Back returns to the previous results', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/search/?q=${encodeURIComponent('كيف أجد عميلي الأول')}`);
    await expect.poll(() => hitUrls(page, '[data-search-page]')).toContain('/guides/find-your-first-client/');
    expect(await page.locator('[data-search-page] [data-search-status]').textContent()).toContain('كيف');
    expect(await page.title()).toContain('كيف أجد عميلي الأول');

    await page.locator('[data-search-page] label', { hasText: 'قصة' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('قصة');
    await expect
      .poll(async () => (await hitUrls(page, '[data-search-page]')).every((u) => u!.startsWith('/stories/')))
      .toBe(true);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe(null);
    await expect.poll(() => hitUrls(page, '[data-search-page]')).toContain('/guides/find-your-first-client/');
    expect(await page.locator('[data-search-page] input[name="type"][value=""]').isChecked()).toBe(true);

    await page.locator(pageInput).fill('خمسات');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('خمسات');
    await page.close();
  });

  it('says clearly when nothing matches, with nearby glossary terms and guides to start from', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseURL}/search/?q=${encodeURIComponent('ززتسعير')}`);
    await expect
      .poll(() => page.locator('[data-search-page] [data-search-status]').textContent())
      .toContain('لا نتائج لـ«ززتسعير»');
    expect(await page.locator('[data-search-terms] a', { hasText: 'التسعير' }).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-search-popular] a').count()).toBe(5);

    await page.locator(pageInput).fill('في من على');
    await expect.poll(() => page.locator('[data-search-page] [data-search-status]').textContent()).toContain('شائعة');
    await page.close();
  });

  it('offers «did you mean» from the index’s words for a typo, fetched only then, and follows it in place', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${baseURL}/search/?q=${encodeURIComponent('التسعير')}`);
    await expect.poll(() => hitUrls(page, '[data-search-page]')).toContain('/guides/pricing-your-work/');
    expect(requested).not.toContain('/search/words.json');

    await page.locator(pageInput).fill('تسغير');
    const link = page.locator('[data-search-suggest] a');
    await link.waitFor();
    expect(await link.textContent()).toBe('«تسعير»');
    expect(await link.locator('bdi').textContent()).toBe('تسعير');
    expect(await link.getAttribute('href')).toBe(`/search/?q=${encodeURIComponent('تسعير')}`);
    expect(await page.locator('[data-search-page] [data-search-status]').textContent()).toBe(
      'لا نتائج لـ«تسغير». هل تقصد «تسعير»؟',
    );
    expect(requested).toContain('/search/words.json');

    await link.click();
    await expect.poll(() => hitUrls(page, '[data-search-page]')).toContain('/guides/pricing-your-work/');
    expect(await page.locator(pageInput).inputValue()).toBe('تسعير');
    expect(new URL(page.url()).searchParams.get('q')).toBe('تسعير');
    expect(await page.locator('[data-search-suggest]').count()).toBe(0);
    await page.close();
  });

  it('shows a title or excerpt holding markup as plain text (XSS fixture)', async () => {
    const server = await startServer({ root: await siteWithHostileRecord(), port: 0 });
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    await page.goto(`http://127.0.0.1:${server.address().port}/search/?q=${encodeURIComponent(HOSTILE_WORD)}`);
    const hit = page.locator('[data-search-page] [data-search-hit]').first();
    await hit.waitFor();
    expect(await hit.locator('span').first().textContent()).toBe(HOSTILE_TITLE);
    expect(await hit.textContent()).toContain('<script>');
    expect(
      await page.locator('[data-search-results] img, [data-search-results] script, [data-search-results] b').count(),
    ).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { xss?: number }).xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
    await new Promise((resolve) => server.close(resolve));
  });
});
