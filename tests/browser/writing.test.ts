/**
 * The writing workbench in a real browser: a proposal written for a pasted Arabic post, its findings appearing and
 * going as it is fixed, the words highlighted in the same places as the text, the draft found again after a reload
 * and after an export and import through /my-data/, nothing sent anywhere, a huge paste, and axe with findings.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, useBrowser } from './browser';

const POST =
  'أبحث عن كاتب محتوى يكتب أوصاف خمسين منتجًا لمتجر ملابس محلية. العميلات يسألن كثيرًا عن المقاسات والخامات قبل الشراء، وأريد أن تجيب الأوصاف عن ذلك.';
const OPENING = 'أنا كاتب محترف ولدي خبرة طويلة في الكتابة.';
const BODY =
  ' فهمت أن عميلات متجرك يسألن كثيرًا عن المقاسات والخامات قبل الشراء، وهذا يأخذ من وقتك. أقترح أن أكتب لكل منتج وصفًا يجيب عن هذه الأسئلة: المقاس الأنسب، ونوع القماش، وطريقة العناية. كتبت أوصافًا لمتجر أحذية على Shopify وتجد نماذج منها في معرض أعمالي. أبدأ بخمسة منتجات خلال ٣ أيام بسعر 25 USD.';
const CONTACT = ' راسلني على الواتساب.';

const findings = (page: Page) =>
  page
    .locator('[data-findings] [data-finding]')
    .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.finding));
const marks = (page: Page, id: string) =>
  page.locator(`#${id}`).locator('xpath=preceding-sibling::*[@data-mirror]').locator('mark').allTextContents();
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function open(page: Page, path = '/tools/writing/') {
  await page.goto(`${baseURL}${path}`);
  await page.locator('[data-workbench][data-ready]').waitFor();
}

describe.skipIf(!hasBrowser)('writing workbench', () => {
  const browser = useBrowser();

  it('a proposal for a pasted post: findings appear and go as it is fixed, highlighted where they are, kept across a reload, with nothing sent anywhere', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await open(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));

    await page.locator('#f-proposal-post').fill(POST);
    await page.locator('#f-proposal-reply').fill(OPENING + BODY + CONTACT);
    await expect
      .poll(() => findings(page))
      .toEqual(expect.arrayContaining(['opening-about-you', 'no-question', 'contact']));
    expect(await findings(page)).not.toContain('no-price');
    // The opening, and the last sentence (where a question belongs) with the app's name in it.
    const marked = await marks(page, 'f-proposal-reply');
    expect(marked[0]).toBe(OPENING);
    expect(marked.at(-1)).toContain('الواتساب');

    // Fixing: the question by typing it key by key, then the opening and the contact by editing the text.
    await page.locator('#f-proposal-reply').press('End');
    await page.locator('#f-proposal-reply').pressSequentially(' هل أبدأ بالمنتجات الأكثر مبيعًا؟');
    await expect.poll(() => findings(page)).not.toContain('no-question');
    const fixed = `مرحبًا،${BODY} هل أبدأ بالمنتجات الأكثر مبيعًا؟`;
    await page.locator('#f-proposal-reply').fill(fixed);
    await expect.poll(() => findings(page)).toEqual([]);
    expect(await page.locator('[data-findings-count]').textContent()).toContain('لا ملاحظات');
    expect(await marks(page, 'f-proposal-reply')).toEqual([]);

    // The highlight layer holds the same text, wrapped the same way (Latin words and digits included).
    await page.locator('#f-proposal-reply').fill(`${fixed}${CONTACT}`);
    await expect.poll(() => marks(page, 'f-proposal-reply')).toEqual(['الواتساب']);
    const layout = await page.locator('#f-proposal-reply').evaluate((t: HTMLTextAreaElement) => {
      const mirror = t.previousElementSibling as HTMLElement;
      return { same: mirror.textContent === `${t.value} `, heights: [t.scrollHeight, mirror.scrollHeight] };
    });
    expect(layout.same).toBe(true);
    expect(Math.abs(layout.heights[0]! - layout.heights[1]!)).toBeLessThanOrEqual(2);

    await page.locator('#draft-name').fill('عرض متجر الملابس');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('dalil:writing'))).toContain('عرض متجر الملابس');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('dalil:writing'))).toContain('الواتساب');
    // After load, only the site's own code chunks (the storage module) are fetched: no data leaves the page.
    expect(requests.filter((r) => !new RegExp(`^GET ${baseURL}/_astro/[\\w.-]+\\.js$`).test(r))).toEqual([]);

    await page.reload();
    await page.locator('[data-workbench][data-ready]').waitFor();
    expect(await page.locator('#f-proposal-post').inputValue()).toBe(POST);
    expect(await page.locator('#f-proposal-reply').inputValue()).toBe(`${fixed}${CONTACT}`);
    expect(await page.locator('#draft-select option:checked').textContent()).toBe('عرض متجر الملابس');
    await expect.poll(() => findings(page)).toEqual(['contact']);
    await ctx.close();
  });

  it('several named drafts per kind: new, duplicate, delete with undo, examples, and a kind in the address', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await open(page, '/tools/writing/?kind=profile');
    expect(await page.locator('[data-kind="profile"]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('[data-example="bad"]').click();
    await expect.poll(() => page.locator('#f-profile-title').inputValue()).toBe('مستقل محترف');
    await expect.poll(() => findings(page)).toEqual(expect.arrayContaining(['profile-no-specialty', 'generic-claim']));
    await page.locator('[data-example="good"]').click();
    await expect.poll(() => findings(page)).toEqual([]);
    await page.locator('[data-action="duplicate"]').click();
    await expect.poll(() => page.locator('#draft-select option').count()).toBe(3);
    await page.locator('[data-action="delete"]').click();
    await expect.poll(() => page.locator('#draft-select option').count()).toBe(2);
    await page.locator('[data-status] button').click();
    await expect.poll(() => page.locator('#draft-select option').count()).toBe(3);
    await page.locator('[data-kind="service"]').click();
    expect(new URL(page.url()).searchParams.get('kind')).toBe('service');
    expect(await page.locator('#f-service-title').isVisible()).toBe(true);
    expect(await page.locator('#f-profile-title').isVisible()).toBe(false);
    await page.locator('#f-service-title').fill('تصميم شعار');
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('dalil:writing')!).data.drafts.length))
      .toBe(4);
    await ctx.close();
  });

  it('a 100,000-character paste keeps the page responsive: the work is capped and the length rule says so', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await open(page);
    await page.locator('#f-proposal-post').fill(POST);
    const huge = `${OPENING}${BODY} `.repeat(400).slice(0, 100_500);
    await page.locator('#f-proposal-reply').fill(huge);
    await expect.poll(() => findings(page)).toContain('too-long-to-check');
    // Cut to what is kept, visibly.
    expect(await page.locator('#f-proposal-reply').inputValue()).toHaveLength(100_000);
    expect(await page.locator('[data-field-box="reply"] [data-cut]').isVisible()).toBe(true);
    // A keystroke is answered quickly: the main thread is not stuck in the rules.
    const started = Date.now();
    await page.locator('#f-proposal-reply').press('End');
    await page.locator('#f-proposal-reply').press('Backspace');
    expect(await page.locator('#f-proposal-reply').inputValue()).toHaveLength(99_999);
    // Generous for a shared machine: a rule that went quadratic on a huge word took 19 s here before it was bounded.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(Number(await page.locator('[data-workbench]').getAttribute('data-review-ms'))).toBeLessThan(1000);
    // Past the checked length the highlight layer stays empty instead of laying the text out a second time.
    expect(await page.locator('[data-field-box="reply"] [data-mirror]').textContent()).toBe('');
    await ctx.close();
  });

  it('export and import through /my-data/ bring the draft back', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true });
    const page = await ctx.newPage();
    await open(page);
    await page.locator('#f-proposal-post').fill(POST);
    await page.locator('#f-proposal-reply').fill(`مرحبًا،${BODY}`);
    await page.locator('#draft-name').fill('عرض للنسخ الاحتياطي');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('dalil:writing')))
      .toContain('عرض للنسخ الاحتياطي');

    await page.goto(`${baseURL}/my-data/`);
    const download = page.waitForEvent('download');
    await page.locator('[data-export]').click();
    const file = await (await download).path();
    await page.evaluate(() => localStorage.clear());
    await page.locator('[data-import-file]').setInputFiles(file!);
    await expect.poll(() => page.locator('[data-row="writing"] td').first().textContent()).toContain('مسودات');
    await page.locator('[data-import-confirm]').click();
    await expect.poll(() => page.locator('[data-import-status]').textContent()).toContain('استعدنا بياناتك');

    await open(page);
    expect(await page.locator('#draft-select option:checked').textContent()).toBe('عرض للنسخ الاحتياطي');
    expect(await page.locator('#f-proposal-reply').inputValue()).toBe(`مرحبًا،${BODY}`);
    await ctx.close();
  });

  it('has zero axe violations with findings shown, in both themes at 320 px', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ colorScheme, viewport: { width: 320, height: 720 } });
      const page = await ctx.newPage();
      await open(page);
      await page.locator('[data-example="bad"]').click();
      await expect.poll(async () => (await findings(page)).length).toBeGreaterThan(3);
      const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, colorScheme).toBeLessThanOrEqual(0);
      if (colorScheme === 'dark')
        await page.screenshot({ path: 'shots/writing-findings-320-dark.png', fullPage: true });
      await ctx.close();
    }
  });
});
