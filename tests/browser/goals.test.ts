/**
 * The goal planner in a real browser: a plan typed in Arabic digits checked against src/lib/goals/plan.ts, three
 * logged weeks with chart and verdict, persistence across reloads and tabs, and stored data that is corrupt,
 * unsavable or handed over from the pricing calculator.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { planIncomeGoal } from '../../src/lib/goals/plan';
import { defaultGoalText, readGoalPlan } from '../../src/lib/goals/form';
import { formatMoney } from '../../src/lib/format/numbers';
import { actTogether, baseURL, hasBrowser, hydrated, refuseStorage, seedStorageOnce, useBrowser } from './browser';

/** A result card shows its amount with a breakable space before the currency (src/islands/shared/ResultCard.tsx). */
const asCard = (amount: string) => amount.replace('\u00a0', ' ');
const result = (page: Page, id: string) => page.locator(`[data-result="${id}"]`).textContent();

/** The date the goal planner's pages run on (their clock is set), so the weeks the log offers are known. */
const TODAY = '2026-11-25T10:00:00';

async function logWeek(
  page: Page,
  week: { start: string; income: string; orders: string; proposals: string; note: string },
) {
  await page.locator('#log-weekStart').selectOption(week.start);
  await page.locator('#log-income').fill(week.income);
  await page.locator('#log-orders').fill(week.orders);
  await page.locator('#log-proposals').fill(week.proposals);
  await page.locator('#log-note').fill(week.note);
  await page.locator('main form button[type="submit"]').click();
}

describe.skipIf(!hasBrowser)('goal planner', () => {
  const browser = useBrowser();
  let context: BrowserContext;

  async function open(ctx: BrowserContext, query = '', clock = true) {
    const page = await ctx.newPage();
    // The log offers the weeks up to today's: a Wednesday whose week began on Saturday 21 November.
    if (clock) await page.clock.install({ time: new Date(TODAY) });
    await page.goto(`${baseURL}/tools/goals/${query}`);
    await hydrated(page);
    return page;
  }

  it('plans a goal typed in Arabic-Indic digits, as the formulas say', async () => {
    context = await browser.newContext();
    const page = await open(context);
    await page.locator('#g-targetYearlyNet').fill('١٨٠٠٠');
    await page.locator('#g-averageOrderPrice').fill('٣٠');
    await page.locator('#g-platformFeePercent').fill('٢٠');
    await page.locator('#g-acceptancePercent').fill('۱۵');
    await page.locator('#g-workingDaysPerWeek').fill('٥');
    await page.locator('#g-weeksOff').fill('٤');
    const plan = planIncomeGoal({
      targetNetMonthly: 1500,
      averageOrderPrice: 30,
      platformFeeRate: 0.2,
      acceptanceRate: 0.15,
      workingDaysPerWeek: 5,
      weeksOffPerYear: 4,
    });
    if (!plan.ok) throw new Error('valid plan');
    await expect.poll(() => result(page, 'orders-month')).toBe(String(plan.value.ordersPerMonth));
    expect(await result(page, 'orders-week')).toBe(String(plan.value.ordersPerWeek));
    expect(await result(page, 'proposals-week')).toBe(String(plan.value.proposalsPerWeek));
    expect(await result(page, 'proposals-day')).toBe(String(plan.value.proposalsPerDay));
    expect(await result(page, 'monthly')).toBe(asCard(formatMoney(1500, 'USD', 'latn')));
    expect(await page.locator('[data-ramp] tbody tr').count()).toBe(24);
    await page.close();
  });

  it('learns from the log: offers the reader’s own acceptance rate for the plan, and compares their pace with it', async () => {
    const ctx = await browser.newContext();
    const page = await open(ctx);
    await logWeek(page, { start: '2026-10-31', income: '40', orders: '٣', proposals: '٢٠', note: '' });
    await logWeek(page, { start: '2026-11-07', income: '30', orders: '2', proposals: '20', note: '' });
    // 5 orders from 40 proposals: 12.5%, against the plan's 10%.
    const rate = page.locator('[data-log-rate]');
    await expect.poll(() => rate.textContent()).toContain('12.5٪');
    const pace = page.locator('[data-log-pace]');
    expect(await pace.textContent()).toContain('الطلبات المنجزة 2.5');
    await rate.getByRole('button', { name: 'استعمل 12.5٪ في خطتك بدل 10٪' }).click();
    await expect.poll(() => page.locator('#g-acceptancePercent').inputValue()).toBe('12.5');
    await expect.poll(() => rate.getByRole('button').count()).toBe(0);
    const plan = readGoalPlan({ ...defaultGoalText(), acceptancePercent: '12.5' }).value!;
    await expect.poll(() => pace.textContent()).toContain(`والخطة تحتاج ${plan.plan.proposalsPerWeek}.`);
    expect(await result(page, 'proposals-week')).toBe(String(plan.plan.proposalsPerWeek));
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.locator('#g-acceptancePercent').inputValue()).toBe('12.5');
    await ctx.close();
  });

  it('logs three weeks, draws plan against actual with a verdict, and keeps everything after a reload', async () => {
    const page = await open(context);
    await logWeek(page, {
      start: '2026-10-31',
      income: '٣٠٠',
      orders: '١٠',
      proposals: '٦٠',
      note: 'بداية بطيئة: عروض قليلة',
    });
    await logWeek(page, {
      start: '2026-11-07',
      income: '350',
      orders: '12',
      proposals: '70',
      note: 'رفعت السعر قليلًا',
    });
    await logWeek(page, {
      start: '2026-11-14',
      income: '۴۰۰',
      orders: '۱۳',
      proposals: '۷۵',
      note: 'عميل عاد بطلب ثانٍ',
    });
    await expect.poll(() => page.locator('[data-week-log] tbody tr').count()).toBe(3);
    expect(await page.locator('[data-plan-chart] circle').count()).toBe(3);
    // 1,050 against 3 × 18,000 / 52 ≈ 1,038: on track.
    expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('on-track');
    expect(await page.locator('[data-verdict]').textContent()).toContain('على المسار');
    await page.reload();
    await expect.poll(() => page.locator('[data-week-log] tbody tr').count()).toBe(3);
    expect(await page.locator('#g-targetYearlyNet').inputValue()).toBe('١٨٠٠٠');
    expect(await page.locator('[data-week-log]').textContent()).toContain('عميل عاد بطلب ثانٍ');
    await page.close();
  });

  it('draws the log’s chart with axes, Arabic week labels and values, time running right to left, and a table of its figures', async () => {
    const ctx = await browser.newContext();
    await ctx.addInitScript(() => localStorage.setItem('dalil:digits', 'arab'));
    const page = await open(ctx);
    for (const [start, income] of [
      ['2026-10-31', '300'],
      ['2026-11-07', '350'],
      ['2026-11-14', '400'],
    ] as const)
      await logWeek(page, { start, income, orders: '1', proposals: '5', note: '' });
    const chart = page.locator('[data-plan-chart]');
    await expect.poll(() => chart.locator('circle').count()).toBe(3);
    // Values on the axis, in the reader's Arabic-Indic digits: 0, half the top and the top.
    const ticks = await chart.locator('[data-y-tick] text').allTextContents();
    expect(ticks).toHaveLength(3);
    for (const t of ticks) expect(t).toMatch(/[٠-٩]/);
    expect(ticks.join(' ')).not.toMatch(/[0-9]/);
    // Week labels are Arabic dates, the first at the right; the actual line climbs as it goes left.
    const weeks = chart.locator('[data-x-tick]');
    expect(await weeks.allTextContents()).toEqual(['٣١ أكتوبر', '٧ نوفمبر', '١٤ نوفمبر']);
    const xs = await weeks.evaluateAll((els) => els.map((e) => Number(e.getAttribute('x'))));
    expect(xs[0]).toBeGreaterThan(xs[2]!);
    const ys = await chart.locator('circle').evaluateAll((els) => els.map((e) => Number(e.getAttribute('cy'))));
    expect(ys[2]).toBeLessThan(ys[0]!);
    expect(await chart.textContent()).toContain('←');
    // The same figures as text, for screen readers; and the log's dates in Arabic, never ISO.
    expect(await chart.locator('[data-chart-table] tbody tr').count()).toBe(3);
    const log = await page.locator('[data-week-log]').textContent();
    expect(log).toContain('٣١ أكتوبر ٢٠٢٦');
    expect(log).not.toContain('2026-11');
    await ctx.close();
  });

  it('offers the weeks up to this one in Arabic, never a logged one again, and explains a bad count keeping what was typed', async () => {
    const page = await open(context);
    const choice = page.locator('#log-weekStart');
    // The three weeks logged above are marked and cannot be chosen; the form starts on this week, still open.
    expect(await choice.inputValue()).toBe('2026-11-21');
    expect(await choice.locator('option').first().textContent()).toBe('هذا الأسبوع: من 21 نوفمبر');
    const logged = choice.locator('option[value="2026-11-14"]');
    expect(await logged.textContent()).toBe('الأسبوع الماضي: من 14 نوفمبر (سجلته)');
    expect(await logged.isDisabled()).toBe(true);
    expect(await choice.textContent()).not.toMatch(/\d{4}-\d\d|mm|dd/i);
    // No browser-drawn date field, whose «mm/dd/yyyy» face is English on many phones.
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    await logWeek(page, { start: '2026-11-21', income: '10', orders: '1.5', proposals: '2', note: 'مكرر' });
    await expect.poll(() => page.locator('#log-orders-error').textContent()).toContain('عددًا صحيحًا');
    expect(await page.locator('#log-note').inputValue()).toBe('مكرر');
    await page.close();
  });

  it('shows a change made in another tab', async () => {
    const first = await open(context);
    const second = await open(context);
    await logWeek(first, {
      start: '2026-11-21',
      income: '380',
      orders: '12',
      proposals: '70',
      note: 'من التبويب الأول',
    });
    await expect.poll(() => second.locator('[data-week-log] tbody tr').count()).toBe(4);
    await second.locator('#g-averageOrderPrice').fill('35');
    await expect.poll(() => first.locator('#g-averageOrderPrice').inputValue()).toBe('35');
    await first.close();
    await second.close();
  });

  it('has zero axe violations with a plan and a log, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await context.close();
      context = await browser.newContext({ colorScheme });
      const page = await open(context);
      await logWeek(page, { start: '2026-10-31', income: '300', orders: '10', proposals: '60', note: 'أسبوع' });
      await page.locator('[data-week-log]').waitFor();
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    }
    await context.close();
  });

  it('downloads storage and the weekly log only when the reader uses them', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const lazy = () =>
      requested.map((p) => /^\/_astro\/(local-documents|week-log-chunk)\./.exec(p)?.[1]).filter(Boolean);
    await page.goto(`${baseURL}/tools/goals/`);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    expect(lazy()).toEqual([]);
    await page.locator('#g-targetYearlyNet').fill('24000');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('dalil:goals'))).toContain('24000');
    expect(lazy()).toEqual(['local-documents']);
    await page.locator('#log-income').focus();
    await expect.poll(lazy).toContain('week-log-chunk');
    await ctx.close();
  });

  it('downloads the plan as a CSV for Excel and as a calendar with the weekly review and the price rises', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true });
    const page = await open(ctx);
    await page.locator('#g-currency').selectOption('EGP');
    const download = async (kind: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`[data-export="${kind}"]`).click(),
      ]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    };
    const csv = await download('csv');
    expect(csv.name).toBe('dalil-goal-plan.csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = csv.text.slice(1).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(25); // headings and the ramp's 24 months
    expect(rows[0]).toContain('السعر (EGP)');
    // The pound examples (forms/examples.ts): 500 to start, 20% more from the third month, 50,000 a month.
    expect(rows[3]).toMatch(/^3,\d{4}-\d{2}-\d{2},600,480,105,60,لا,50000$/);
    await expect.poll(() => page.locator('[data-plan-exported]').textContent()).toContain('نزّلنا الملف');

    const ics = await download('ics');
    expect(ics.name).toBe('dalil-goal-plan.ics');
    const lines = ics.text.replace(/\r\n /g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('RRULE:FREQ=WEEKLY');
    expect(lines.filter((l) => l.startsWith('SUMMARY:ارفع سعرك إلى'))).toHaveLength(6);
    expect(lines.find((l) => l.startsWith('DESCRIPTION:سجّل'))).toContain('ج.م.');

    // A field with a problem: nothing is downloaded, and the reader is told what to fix.
    await page.locator('#g-averageOrderPrice').fill('0');
    await page.locator('[data-export="csv"]').click();
    await expect.poll(() => page.locator('[data-plan-exported]').textContent()).toContain('صحّح الحقول');
    await ctx.close();
  });

  it('shows goals saved by a newer version of the site read-only, and never overwrites them', async () => {
    const ctx = await browser.newContext();
    const stored = JSON.stringify({
      schemaVersion: 5,
      revision: 7,
      updatedAt: '2026-11-23T10:00:00.000Z',
      data: { fields: { targetYearlyNet: '30000' }, weeks: [] },
    });
    await seedStorageOnce(ctx, 'dalil:goals', stored);
    const page = await open(ctx);
    await expect.poll(() => page.locator('#g-targetYearlyNet').inputValue()).toBe('30000');
    expect(await page.locator('#g-targetYearlyNet').isDisabled()).toBe(true);
    expect(await page.locator('[role="alert"]').first().textContent()).toContain('للقراءة فقط');
    expect(await page.evaluate(() => localStorage.getItem('dalil:goals'))).toBe(stored);
    await ctx.close();
  });

  it('quarantines corrupt saved data, starts afresh and offers the old data for download', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true });
    await seedStorageOnce(ctx, 'dalil:goals', '{"schemaVersion":2,"revision":3,"data":{"fields":');
    const page = await open(ctx);
    const notice = page.locator('[data-quarantine-notice]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('لا نستطيع قراءتها');
    const link = notice.locator('a[download]');
    expect(await link.getAttribute('href')).toMatch(/^blob:/);
    const download = page.waitForEvent('download');
    await link.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('dalil-goals-backup.json');
    const { readFile } = await import('node:fs/promises');
    expect(await readFile((await file.path())!, 'utf8')).toBe('{"schemaVersion":2,"revision":3,"data":{"fields":');
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dalil:quarantine:')));
    expect(kept.length).toBe(1);
    await ctx.close();
  });

  it('warns that nothing is saved when the browser refuses to store, and keeps working', async () => {
    const ctx = await browser.newContext();
    await refuseStorage(ctx);
    const page = await open(ctx);
    await page.locator('#g-targetYearlyNet').fill('24000');
    await page.locator('[data-not-saved]').waitFor();
    await expect.poll(() => result(page, 'monthly')).toBe(asCard(formatMoney(2000, 'USD', 'latn')));
    await ctx.close();
  });

  it('warns that nothing is saved while the storage code cannot be downloaded, and saves once it can', async () => {
    const ctx = await browser.newContext();
    const page = await open(ctx);
    const storageCode = /\/_astro\/local-documents\./;
    await page.route(storageCode, (route) => route.abort());
    await page.locator('#g-targetYearlyNet').fill('24000');
    await page.locator('[data-not-saved]').waitFor();
    await page.unroute(storageCode);
    await page.locator('#g-averageOrderPrice').fill('40');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('dalil:goals')))
      .toContain('"averageOrderPrice":"40"');
    expect(await page.evaluate(() => localStorage.getItem('dalil:goals'))).toContain('"targetYearlyNet":"24000"');
    await expect.poll(() => page.locator('[data-not-saved]').count()).toBe(0);
    await ctx.close();
  });

  it('starts from the pricing calculator’s result through its link: income after the fee, and the weeks off', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    // 2,000 a month net, 100 expenses, 20% tax, 6 weeks off, 20% fee: the planner's goal is 31,200 a year after
    // the fee (before tax and expenses), not the 24,000 of the net.
    await page.goto(`${baseURL}/tools/pricing/?target=2000&expenses=100&tax=20&fee=20&off=6`);
    await hydrated(page);
    const link = page.locator('[data-planner-link]');
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/tools\/goals\//);
    await expect.poll(() => page.locator('#g-targetYearlyNet').inputValue()).toBe('31200');
    expect(await page.locator('#g-platformFeePercent').inputValue()).toBe('20');
    expect(await page.locator('#g-weeksOff').inputValue()).toBe('6');
    await page.locator('#g-averageOrderPrice').fill('50');
    await expect.poll(() => page.locator('[data-result="orders-month"]').first().textContent()).toBe('65');
    await ctx.close();
  });
});

describe.skipIf(!hasBrowser)('goal planner: nothing the reader saved or typed is lost', () => {
  const browser = useBrowser();
  const stored = (page: Page) =>
    page.evaluate(() => JSON.parse(localStorage.getItem('dalil:goals') ?? 'null')?.data ?? null);
  const savedPlan = JSON.stringify({
    schemaVersion: 2,
    revision: 4,
    updatedAt: '2026-11-20T10:00:00.000Z',
    data: { fields: { targetYearlyNet: '30000', averageOrderPrice: '50' }, weeks: [] },
  });

  async function open(ctx: BrowserContext, query = '', clock = true) {
    const page = await ctx.newPage();
    // The log offers the weeks up to today's: a Wednesday whose week began on Saturday 21 November.
    if (clock) await page.clock.install({ time: new Date(TODAY) });
    await page.goto(`${baseURL}/tools/goals/${query}`);
    await hydrated(page);
    return page;
  }

  it('keeps a saved plan when a link carries other values, and applies them only when asked', async () => {
    const ctx = await browser.newContext();
    await seedStorageOnce(ctx, 'dalil:goals', savedPlan);
    const page = await open(ctx, '?yearly=%3Cb%3Ex%3C%2Fb%3E&price=abc&fee=999');
    const offer = page.locator('[data-link-offer]');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('<b>x</b>');
    expect(await page.locator('#g-targetYearlyNet').inputValue()).toBe('30000');
    expect(await page.locator('#g-averageOrderPrice').inputValue()).toBe('50');
    expect(await page.evaluate(() => localStorage.getItem('dalil:goals'))).toBe(savedPlan);

    // The reader edits their plan; a reload (the link still in the address) keeps the edit.
    await page.locator('#g-startPrice').fill('7');
    await expect.poll(() => stored(page)).toMatchObject({ fields: { targetYearlyNet: '30000', startPrice: '7' } });
    await page.reload();
    await hydrated(page);
    await offer.waitFor();
    expect(await page.locator('#g-startPrice').inputValue()).toBe('7');
    expect(await page.locator('#g-targetYearlyNet').inputValue()).toBe('30000');

    // Declining forgets the link: the address loses its fields and the offer does not come back.
    await offer.getByRole('button', { name: 'أبقِ خطتي المحفوظة' }).click();
    await expect.poll(() => offer.count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('g-targetYearlyNet');
    expect((await stored(page)).fields).toEqual({ targetYearlyNet: '30000', averageOrderPrice: '50', startPrice: '7' });

    // Accepting another link applies its values, saves them, and forgets the link.
    await page.goto(`${baseURL}/tools/goals/?yearly=24000&fee=15&cur=SAR`);
    await hydrated(page);
    await offer.waitFor();
    await offer.getByRole('button', { name: 'استخدم أرقام الرابط' }).click();
    await expect
      .poll(() => stored(page))
      .toMatchObject({ fields: { targetYearlyNet: '24000', platformFeePercent: '15' } });
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('#g-currency').inputValue()).toBe('SAR');
    await page.locator('#g-targetYearlyNet').fill('26000');
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.locator('#g-targetYearlyNet').inputValue()).toBe('26000');
    expect(await offer.count()).toBe(0);
    await ctx.close();
  });

  it('fills the form from a link when nothing is saved, and saves it only with the reader’s first edit', async () => {
    const ctx = await browser.newContext();
    const page = await open(ctx, '?yearly=24000&fee=15');
    await expect.poll(() => page.locator('#g-targetYearlyNet').inputValue()).toBe('24000');
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => localStorage.getItem('dalil:goals'))).toBeNull();
    await page.locator('#g-averageOrderPrice').fill('40');
    await expect
      .poll(() => stored(page))
      .toMatchObject({ fields: { targetYearlyNet: '24000', platformFeePercent: '15', averageOrderPrice: '40' } });
    expect(new URL(page.url()).search).toBe('');
    await page.locator('#g-targetYearlyNet').fill('18000');
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.locator('#g-targetYearlyNet').inputValue()).toBe('18000');
    await ctx.close();
  });

  it('cuts a field to 100 characters as it is typed or pasted, says so, and saves exactly what it shows', async () => {
    const ctx = await browser.newContext();
    const page = await open(ctx);
    const field = page.locator('#g-averageOrderPrice');
    await field.fill('1'.repeat(150));
    await expect.poll(() => field.inputValue()).toBe('1'.repeat(100));
    expect(await page.locator('#g-averageOrderPrice-error').textContent()).toContain('أول 100');
    await expect.poll(() => stored(page)).toMatchObject({ fields: { averageOrderPrice: '1'.repeat(100) } });
    await field.press('End');
    await field.press('2');
    expect(await field.inputValue()).toBe('1'.repeat(100));
    await field.fill('35');
    await expect.poll(() => page.locator('#g-averageOrderPrice-error').count()).toBe(0);
    await field.fill('3'.repeat(101));
    await page.reload();
    await hydrated(page);
    await expect.poll(() => field.inputValue()).toBe('3'.repeat(100));
    await ctx.close();
  });

  it('keeps a field typed in one tab and a week logged in another at the same moment, and both tabs show both', async () => {
    const ctx = await browser.newContext();
    // The real clock in both tabs: their two actions are timed to the same instant of it.
    const first = await open(ctx, '', false);
    const second = await open(ctx, '', false);
    // Both tabs have their storage code and the log form ready, so the two saves happen together.
    await first.locator('#g-targetYearlyNet').focus();
    const lastWeek = (await second.locator('#log-weekStart option').nth(1).getAttribute('value'))!;
    await second.locator('#log-weekStart').focus();
    await second.locator('#log-weekStart').selectOption(lastWeek);
    await second.locator('#log-income').fill('300');
    await second.locator('#log-orders').fill('10');
    await second.locator('#log-proposals').fill('60');
    await expect
      .poll(() =>
        second.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('local-documents'))),
      )
      .toBe(true);
    await first.waitForTimeout(300);
    await actTogether([
      { page: first, selector: '#g-targetYearlyNet', value: '30000' },
      { page: second, selector: 'main form button[type="submit"]' },
    ]);
    await expect
      .poll(() => stored(first))
      .toMatchObject({ fields: { targetYearlyNet: '30000' }, weeks: [{ weekStart: lastWeek, income: 300 }] });
    for (const page of [first, second]) {
      await expect.poll(() => page.locator('#g-targetYearlyNet').inputValue()).toBe('30000');
      await expect.poll(() => page.locator('[data-week-log] tbody tr').count()).toBe(1);
    }
    await ctx.close();
  });

  it('moves focus to the next delete button, then the previous, then the form, when weeks are deleted by keyboard', async () => {
    const ctx = await browser.newContext();
    const page = await open(ctx);
    for (const start of ['2026-10-31', '2026-11-07', '2026-11-14'])
      await logWeek(page, { start, income: '100', orders: '1', proposals: '5', note: '' });
    const rows = page.locator('[data-week-log] tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id);
    await rows.nth(1).locator('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(2);
    // Buttons are named by the week's Arabic date (احذف أسبوع 14 نوفمبر 2026).
    expect(await focused()).toContain('14 نوفمبر 2026');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await focused()).toContain('31 أكتوبر 2026');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-week-log]').count()).toBe(0);
    expect(await focused()).toBe('log-weekStart');
    await ctx.close();
  });

  it('keeps the currency the reader plans in, and shares the whole plan as a link that never replaces a saved one', async () => {
    const ctx = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await open(ctx);
    await page.locator('#g-currency').selectOption('EGP');
    await page.locator('#g-targetYearlyNet').fill('٩٠٠٠٠');
    await expect.poll(() => stored(page)).toMatchObject({ currency: 'EGP', fields: { targetYearlyNet: '٩٠٠٠٠' } });
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.locator('#g-currency').inputValue()).toBe('EGP');
    expect(await page.locator('[data-result="monthly"]').textContent()).toContain('ج.م.');

    await page.getByRole('button', { name: 'انسخ رابط هذه الخطة' }).click();
    await expect.poll(() => page.locator('[data-plan-copied]').textContent()).toContain('نُسخ الرابط');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('cur=EGP');

    // Someone with nothing saved sees the plan in its currency.
    const other = await browser.newContext();
    const theirs = await other.newPage();
    await theirs.goto(link);
    await hydrated(theirs);
    await expect.poll(() => theirs.locator('#g-targetYearlyNet').inputValue()).toBe('٩٠٠٠٠');
    expect(await theirs.locator('#g-currency').inputValue()).toBe('EGP');
    await other.close();

    // Someone with a saved plan keeps it, currency included, and is offered the link's values.
    const saved = await browser.newContext();
    await seedStorageOnce(saved, 'dalil:goals', savedPlan);
    const mine = await saved.newPage();
    await mine.goto(link);
    await hydrated(mine);
    const offer = mine.locator('[data-link-offer]');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('جنيه');
    expect(await mine.locator('#g-currency').inputValue()).toBe('USD');
    expect(await mine.locator('#g-targetYearlyNet').inputValue()).toBe('30000');
    await offer.getByRole('button', { name: 'استخدم أرقام الرابط' }).click();
    await expect.poll(() => stored(mine)).toMatchObject({ currency: 'EGP', fields: { targetYearlyNet: '٩٠٠٠٠' } });
    await saved.close();
    await ctx.close();
  });
});
