/**
 * A draft delivered as a module's project, in a real browser: from the first-client module's project link to the
 * workbench, a proposal written for a pasted Arabic post until every rule passes, marked, shown on the module page
 * (after a reload too) with a link that opens it again; unmarking; a deleted draft's clear state on both pages; the
 * choice without a project in the address; axe on both pages with the new lines shown.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, useBrowser } from './browser';

const PATH = 'from-zero-to-steady-income';
const MODULE = `/path/${PATH}/first-client/`;
const PROJECT_TITLE = 'خمسة عروض لمشاريع حقيقية، في سجل';
const POST =
  'أبحث عن كاتب محتوى يكتب أوصاف خمسين منتجًا لمتجر ملابس محلية. العميلات يسألن كثيرًا عن المقاسات والخامات قبل الشراء، وأريد أن تجيب الأوصاف عن ذلك.';
const BODY =
  ' فهمت أن عميلات متجرك يسألن كثيرًا عن المقاسات والخامات قبل الشراء، وهذا يأخذ من وقتك. أقترح أن أكتب لكل منتج وصفًا يجيب عن هذه الأسئلة: المقاس الأنسب، ونوع القماش، وطريقة العناية. كتبت أوصافًا لمتجر أحذية على Shopify وتجد نماذج منها في معرض أعمالي. أبدأ بخمسة منتجات خلال ٣ أيام بسعر 25 USD.';
const PASSING = `مرحبًا،${BODY} هل أبدأ بالمنتجات الأكثر مبيعًا؟`;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const stored = (page: Page, key: string) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null') as { data: Record<string, unknown> } | null, key);
const panelText = (page: Page) => page.locator('[data-deliver-state]').textContent();

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

describe.skipIf(!hasBrowser)('a draft delivered as a module’s project', () => {
  const browser = useBrowser();

  it('from the module’s link: offered only once every rule passes, marked, shown on the module page after a reload, opened again, and deleted', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${baseURL}${MODULE}`);
    const toWorkbench = page.locator('[data-project] a', { hasText: 'ورشة الكتابة' });
    const href = new URL((await toWorkbench.getAttribute('href'))!, baseURL);
    expect(href.pathname).toBe('/tools/writing/');
    expect(Object.fromEntries(href.searchParams)).toEqual({ kind: 'proposal', project: `${PATH}/first-client` });
    // Nothing delivered yet: the line stays hidden.
    expect(await page.locator('[data-delivered]').isHidden()).toBe(true);
    await toWorkbench.click();
    await page.locator('[data-workbench][data-ready]').waitFor();
    await page.locator('[data-deliver]').waitFor();

    // A blank draft: what is missing, no offer.
    await expect.poll(() => panelText(page)).toContain('أن تملأ «طلب العميل» و«ردك على العميل»');
    expect(await page.locator('[data-deliver-mark]').isHidden()).toBe(true);
    // One project was asked for: no choice to make.
    expect(await page.locator('[data-deliver-choice]').isHidden()).toBe(true);

    // An opening about the writer and no question: the rules still failing are named, and writing goes on.
    await page.locator('#f-proposal-post').fill(POST);
    await page.locator('#f-proposal-reply').fill(`أنا كاتب محترف ولدي خبرة طويلة في الكتابة.${BODY}`);
    await expect.poll(() => panelText(page)).toContain('افتتاحية عن العميل');
    expect(await panelText(page)).toContain('سؤال للعميل');
    expect(await panelText(page)).toContain(`لتسلّمها مشروعًا لوحدة «${PROJECT_TITLE}» بقي`);
    expect(await page.locator('[data-deliver-mark]').isHidden()).toBe(true);
    expect(await axe(page)).toEqual([]);

    await page.locator('#f-proposal-reply').fill(PASSING);
    await page.locator('#draft-name').fill('عرض متجر الملابس');
    const mark = page.locator('[data-deliver-mark]');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(`اجعلها تسليم مشروع الوحدة: ${PROJECT_TITLE}`);
    await mark.click();
    await expect.poll(() => page.locator('[data-deliver-saved]').textContent()).toContain('سلّمتها');
    await expect.poll(() => panelText(page)).toContain('سلّمت هذه المسودة');
    expect(await mark.isHidden()).toBe(true);
    const drafts = (await stored(page, 'dalil:writing'))!.data.drafts as { id: string; name: string }[];
    const draft = drafts.find((d) => d.name === 'عرض متجر الملابس')!;
    const practice = (await stored(page, 'dalil:practice'))!;
    expect(practice).toMatchObject({
      schemaVersion: 2,
      data: {
        deliverables: { [PATH]: { 'first-client': { kind: 'proposal', draftId: draft.id, title: draft.name } } },
      },
    });
    // Delivering ticks no criterion: the reader ticks them on the module page.
    expect(practice.data.projects).toEqual({});
    expect(await axe(page)).toEqual([]);

    // The module page, reached from the panel, then reloaded.
    await page.locator('[data-deliver-module]').click();
    await page.waitForURL(`${baseURL}${MODULE}#project-title`);
    const line = page.locator('[data-delivered]');
    await expect.poll(() => line.textContent()).toMatch(/^سلّمت: عرض متجر الملابس، \d+ \S+ \d{4}\./);
    await page.reload();
    await expect.poll(() => line.textContent()).toContain('سلّمت: عرض متجر الملابس، ');
    expect(await page.locator('[data-criterion]:checked').count()).toBe(0);
    expect(await axe(page)).toEqual([]);

    // Its link opens that draft, even when another proposal draft is more recent.
    await page.goto(`${baseURL}/tools/writing/?kind=proposal`);
    await page.locator('[data-workbench][data-ready]').waitFor();
    await page.locator('[data-action="new"]').click();
    await page.locator('#f-proposal-reply').fill('مسودة أحدث');
    await expect.poll(async () => JSON.stringify(await stored(page, 'dalil:writing'))).toContain('مسودة أحدث');
    await page.goto(`${baseURL}${MODULE}`);
    await line.locator('a').click();
    await page.locator('[data-workbench][data-ready]').waitFor();
    expect(await page.locator('#draft-name').inputValue()).toBe('عرض متجر الملابس');
    expect(await page.locator('#f-proposal-reply').inputValue()).toBe(PASSING);
    await expect.poll(() => panelText(page)).toContain('سلّمت هذه المسودة');

    // Deleted: a clear state in the workbench, and on the module page instead of a broken link.
    await page.locator('[data-action="delete"]').click();
    await expect
      .poll(() => panelText(page))
      .toContain('المسودة التي سلّمتها لهذا المشروع حُذفت من هذا المتصفح: عرض متجر الملابس');
    await page.goto(`${baseURL}${MODULE}`);
    await expect.poll(() => line.textContent()).toContain('المسودة التي سلّمتها حُذفت من هذا المتصفح: عرض متجر الملابس.');
    const again = new URL((await line.locator('a').getAttribute('href'))!, baseURL);
    expect(again.searchParams.get('draft')).toBeNull();
    expect(again.searchParams.get('project')).toBe(`${PATH}/first-client`);
    await ctx.close();
  });

  it('unmarking leaves the draft and removes the mark; without a project in the address the kind’s projects are offered', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${baseURL}/tools/writing/?kind=proposal`);
    await page.locator('[data-workbench][data-ready]').waitFor();
    await page.locator('#f-proposal-post').fill(POST);
    await page.locator('#f-proposal-reply').fill(PASSING);
    // One proposal project on the site: offered by name.
    const mark = page.locator('[data-deliver-mark]');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(`اجعلها تسليم مشروع الوحدة: ${PROJECT_TITLE}`);
    await mark.click();
    await page.locator('[data-deliver-unmark]').waitFor();
    await page.locator('[data-deliver-unmark]').click();
    await expect.poll(() => page.locator('[data-deliver-saved]').textContent()).toContain('ألغيت التسليم');
    expect((await stored(page, 'dalil:practice'))!.data).toEqual({ answers: {}, projects: {} });
    expect(await page.locator('#f-proposal-reply').inputValue()).toBe(PASSING);
    await mark.waitFor();

    // The profile project for a profile; no project takes a service page, so nothing is offered there.
    await page.locator('[data-kind="profile"]').click();
    await expect.poll(() => panelText(page)).toContain('ملف منشور بثلاث عينات موصوفة، وخدمة أولى');
    await page.locator('[data-kind="service"]').click();
    await expect.poll(() => page.locator('[data-deliver]').isHidden()).toBe(true);
    await ctx.close();
  });

  it('a damaged practice document is set aside and said so; one saved by a newer site is left untouched', async () => {
    const answer = { chosen: ['b'], at: '2026-12-01T10:00:00.000Z' };
    const seed = (data: unknown, schemaVersion: number) =>
      JSON.stringify({ schemaVersion, revision: 2, updatedAt: '2026-12-01T10:00:00.000Z', data });
    const cases = [
      {
        raw: seed({ answers: { 'understand-escrow-late': answer, 'Bad Id': answer }, projects: {} }, 2),
        says: 'صفحة بياناتك',
      },
      { raw: seed({ answers: {}, projects: {}, later: true }, 3), says: 'إصدار أحدث' },
    ];
    for (const { raw, says } of cases) {
      const ctx = await browser.newContext();
      await ctx.addInitScript((text) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('dalil:practice', text);
          sessionStorage.setItem('seeded', '1');
        }
      }, raw);
      const page = await ctx.newPage();
      await page.goto(`${baseURL}/tools/writing/?kind=proposal&project=${PATH}/first-client`);
      await page.locator('[data-workbench][data-ready]').waitFor();
      await page.locator('#f-proposal-post').fill(POST);
      await page.locator('#f-proposal-reply').fill(PASSING);
      await page.locator('[data-deliver-mark]').click();
      await expect.poll(() => page.locator('[data-deliver-saved]').textContent()).toContain(says);
      const now = await page.evaluate(() => localStorage.getItem('dalil:practice'));
      if (says === 'إصدار أحدث') expect(now).toBe(raw);
      else {
        expect(JSON.parse(now!).data).toMatchObject({
          answers: { 'understand-escrow-late': answer },
          deliverables: { [PATH]: { 'first-client': { kind: 'proposal' } } },
        });
        expect(
          await page.evaluate(() =>
            Object.keys(localStorage).filter((k) => k.startsWith('dalil:quarantine:practice:')),
          ),
        ).toHaveLength(1);
      }
      await ctx.close();
    }
  });
});
