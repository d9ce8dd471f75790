/**
 * A module page's self-check and project in a real browser: answering in Arabic, the explanation, the answer kept
 * after a reload, the questions to review; a module completed (steps, project, self-check) shown alike on the
 * overview, the home page and a shared link; axe on a module page with an answer shown, both themes, 320 px.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/build/static-server.mjs';
import { hasBrowser, useBrowser } from './browser';
import { cleanUpFixtureSites, siteWithPractice } from './fixture-sites';

const MODULE = '/path/from-zero-to-steady-income/understand/';

/** Each question's id and correct options, as the page gives them to its script. */
async function answerKeys(page: Page): Promise<{ id: string; correct: string[] }[]> {
  const text = (await page.locator('[data-self-check]').getAttribute('data-questions')) ?? '';
  return text.split(' ').map((pair) => {
    const [id = '', correct = ''] = pair.split(':');
    return { id, correct: correct.split(',') };
  });
}

async function answer(page: Page, id: string, options: string[]) {
  const question = page.locator(`[data-question="${id}"]`);
  for (const input of await question.locator('input').all()) {
    const value = (await input.getAttribute('value')) ?? '';
    if (options.includes(value)) await input.check();
    else if ((await input.getAttribute('type')) === 'checkbox') await input.uncheck();
  }
  await question.locator('[data-check-answer]').click();
}

async function axeViolations(page: Page, colourOnly = false): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22a',
    'wcag22aa',
  ]);
  const result = await (colourOnly ? builder.withRules(['color-contrast', 'link-in-text-block']) : builder).analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

describe.skipIf(!hasBrowser)('a module page teaches by doing', () => {
  const browser = useBrowser();
  let site = '';
  let close = () => Promise.resolve();

  beforeAll(async () => {
    const server = await startServer({ root: await siteWithPractice(), port: 0 });
    site = `http://127.0.0.1:${server.address().port}`;
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  }, 300_000);
  afterAll(async () => {
    await close();
    cleanUpFixtureSites();
  });

  it('answers a question in Arabic: wrong then right, with the explanation and the guide heading, kept after a reload', async () => {
    const page = await browser.newPage();
    await page.goto(`${site}${MODULE}`);
    const [first] = await answerKeys(page);
    const question = page.locator(`[data-question="${first!.id}"]`);
    // Nothing is saved before the reader answers; pressing with no choice asks for one and saves nothing.
    await question.locator('[data-check-answer]').click();
    await expect.poll(() => question.locator('[data-feedback]').textContent()).toContain('اختر جوابًا أولًا');
    expect(await page.evaluate(() => localStorage.getItem('dalil:practice'))).toBeNull();

    const wrong = ['a', 'b', 'c', 'd'].find((o) => !first!.correct.includes(o))!;
    await answer(page, first!.id, [wrong]);
    const feedback = question.locator('[data-feedback]');
    await expect.poll(() => feedback.textContent()).toContain('ليست هذه الإجابة الصحيحة');
    const why = await question.locator(`[data-why="${wrong}"]`).textContent();
    expect(await feedback.textContent()).toContain(why!.replace(/\s+/g, ' ').trim().slice(-20));
    expect(await feedback.locator('a').getAttribute('href')).toMatch(/^\/guides\/[^/]+\/#.+/);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('dalil:practice'))).toContain(first!.id);

    // The wrong answer is waiting in the questions to review.
    await page.goto(`${site}/path/review/`);
    await expect.poll(() => page.locator(`[data-review-question="${first!.id}"]`).isVisible()).toBe(true);

    await page.goto(`${site}${MODULE}`);
    await answer(page, first!.id, first!.correct);
    await expect.poll(() => feedback.textContent()).toContain('إجابة صحيحة');
    await page.reload();
    await expect.poll(() => feedback.textContent()).toContain('إجابة صحيحة');
    for (const option of first!.correct)
      expect(await question.locator(`input[value="${option}"]`).isChecked()).toBe(true);
    await page.goto(`${site}/path/review/`);
    await expect.poll(() => page.locator('[data-review-status]').textContent()).toContain('لا سؤال تراجعه الآن');
    await page.close();
  });

  it('a completed module (steps, project, self-check) reads the same on the overview, the home page and a shared link', async () => {
    const ctx = await browser.newContext();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await ctx.newPage();
    await page.goto(`${site}${MODULE}`);
    const status = page.locator('[data-module-status]');
    expect(await status.textContent()).toContain('لم تكتمل الوحدة بعد');
    for (const mark of await page.locator('[data-step] [data-mark="done"]').all()) await mark.click();
    await expect.poll(() => status.textContent()).toContain('شروط في المشروع');
    for (const box of await page.locator('[data-criterion]').all()) await box.check();
    await expect.poll(() => status.textContent()).not.toContain('شروط في المشروع');
    expect(await status.textContent()).toContain('أسئلة');
    for (const q of await answerKeys(page)) await answer(page, q.id, q.correct);
    await expect.poll(() => status.textContent()).toBe('أكملت هذه الوحدة.');

    await page.goto(`${site}/path/`);
    const summary = page.locator('[data-modules-summary]');
    await expect.poll(() => summary.textContent()).toMatch(/^أكملت 1 من 8 وحدات/);
    expect(await page.locator('#understand [data-module-done]').textContent()).toBe('أكملت هذه الوحدة.');
    const overview = await summary.textContent();

    await page.goto(`${site}/`);
    await expect.poll(() => page.locator('[data-continue] [data-modules-summary]').textContent()).toBe(overview);
    // Next: the first step of the second module.
    expect(await page.locator('[data-continue] a:visible').getAttribute('href')).toMatch(
      /\/path\/from-zero-to-steady-income\/choose-a-skill\/#step-read-learn-a-skill$/,
    );
    // The first steps' cards say they are done.
    expect(await page.locator('[data-first-step="read-what-is-online-work"] [data-done-label]').isVisible()).toBe(true);

    await page.goto(`${site}/path/`);
    await page.locator('[data-share-progress]').click();
    const code = page.locator('[data-share-status] code');
    await expect.poll(() => code.textContent()).toMatch(/\?shared=[ds-]+\.[-pcb]+$/);
    const link = await code.textContent();
    const viewer = await browser.newContext();
    const view = await viewer.newPage();
    await view.goto(link!);
    await expect.poll(() => view.locator('[data-modules-summary]').textContent()).toBe(overview);
    expect(await view.locator('#understand [data-module-done]').textContent()).toBe('أكملت هذه الوحدة.');
    expect(await view.evaluate(() => localStorage.getItem('dalil:practice'))).toBeNull();
    await viewer.close();

    // Unticking one criterion makes the module incomplete again, everywhere.
    await page.goto(`${site}${MODULE}`);
    await page.locator('[data-criterion]').first().uncheck();
    await expect.poll(() => page.locator('[data-module-status]').textContent()).toContain('شروط في المشروع');
    await page.goto(`${site}/path/`);
    await expect.poll(() => page.locator('[data-modules-summary]').textContent()).toMatch(/^أكملت 0 من 8 وحدات/);
    // A tool that is a step: its «أنجزتها» link marks the step on the module page, which then leads on.
    await page.goto(`${site}/tools/platforms/`);
    await page.getByRole('link', { name: 'أنجزتها: سجّلها وتابع في صفحة الوحدة' }).click();
    await page.waitForURL(/\/path\/from-zero-to-steady-income\/choose-a-skill\/#step-compare-platforms$/);
    await expect.poll(() => page.locator('[data-step="compare-platforms"]').getAttribute('data-state')).toBe('done');
    // On a guide within a module, the next-step card marks the step before leading on.
    await page.goto(`${site}/guides/what-is-online-work/`);
    await page.locator('a[data-finish-step="read-what-is-online-work"]').click();
    await page.waitForURL(/\/guides\/kinds-of-online-work\/$/);
    await page.goto(`${site}/path/`);
    // One step done does not complete a module whose other steps, project and self-check are still open.
    await expect.poll(() => page.locator('[data-modules-summary]').textContent()).toMatch(/^أكملت 0 من 8 وحدات/);
    await expect.poll(() => page.locator('[data-step="compare-platforms"]').getAttribute('data-state')).toBe('done');
    expect(await page.locator('[data-step="read-what-is-online-work"]').getAttribute('data-state')).toBe('done');

    await ctx.close();
  });

  it('has zero axe violations with an answer shown, in both themes at 320 px; nothing sticks out', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ viewport: { width: 320, height: 720 }, colorScheme: theme });
      const page = await ctx.newPage();
      await page.goto(`${site}${MODULE}`);
      const [first, second] = await answerKeys(page);
      await answer(page, first!.id, first!.correct);
      await answer(page, second!.id, [['a', 'b', 'c'].find((o) => !second!.correct.includes(o))!]);
      await page.locator(`[data-question="${second!.id}"] details summary`).click();
      await expect
        .poll(() => page.locator(`[data-question="${second!.id}"] [data-feedback] p`).count())
        .toBeGreaterThan(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      expect(await axeViolations(page, theme === 'dark'), theme).toEqual([]);
      await ctx.close();
    }
  });

  it('without JavaScript each question still shows its options, and its answer and explanations sit behind <details>', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${site}${MODULE}`);
    const [first] = await answerKeys(page);
    const question = page.locator(`[data-question="${first!.id}"]`);
    expect(await question.locator('input').count()).toBeGreaterThanOrEqual(3);
    expect(await question.locator('[data-check-answer]').isVisible()).toBe(false);
    await question.locator('details summary').click();
    const details = question.locator('details');
    expect(await details.locator('[data-why]').count()).toBe(await question.locator('input').count());
    expect(await details.textContent()).toContain('صحيح');
    expect(await details.locator('a').getAttribute('href')).toMatch(/^\/guides\/[^/]+\/#.+/);
    await ctx.close();
  });
});
