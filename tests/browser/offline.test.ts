/**
 * Offline reading and deploys, with the service worker on: what a reader has visited keeps working with the
 * network cut, "save for offline" stores the whole path, and a new deploy shows new content without mixing
 * index files or reloading by itself.
 */
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/build/static-server.mjs';
import { countLabel, PAGES } from '../../src/lib/format/plural';
import { OFFLINE_COPY } from '../../src/lib/search/copy';
import { baseURL, hasBrowser, hydrated, useBrowser } from './browser';
import { NEW_GUIDE_WORD, cleanUpFixtureSites, rebuiltSiteWithNewGuide } from './fixture-sites';

const hitUrls = (page: Page, scope: string) =>
  page.locator(`${scope} [data-search-hit]`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));

async function installedWorker(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The page that installed the worker keeps a copy of itself; wait for it before cutting the network.
  await expect
    .poll(() => page.evaluate(async () => Boolean(await caches.match(location.pathname))), { timeout: 20_000 })
    .toBe(true);
  return page;
}

async function searchInDialog(page: Page, query: string) {
  await page.keyboard.press('/');
  await page.locator('[data-search-dialog] [data-search-input]').fill(query);
}

// The second deploy is a whole build of the project, tens of seconds of CPU: it starts with the file, so it runs
// while the tests before «a new deploy» wait on service workers and timers, and is ready (or nearly) when awaited.
let secondDeploy: Promise<string> | undefined;
beforeAll(() => {
  if (!hasBrowser) return;
  secondDeploy = rebuiltSiteWithNewGuide();
  // A failed build is reported by the test that awaits it, not as an unhandled rejection before then.
  secondDeploy.catch(() => {});
});
// Also when «a new deploy» is filtered out: the build ends before its folder is removed.
afterAll(async () => {
  await secondDeploy?.catch(() => {});
  cleanUpFixtureSites();
});

const SEARCH_TITLE = 'البحث في الدليل';
const NOT_SAVED = OFFLINE_COPY.notSaved;
const h1 = (page: Page) => page.locator('h1').textContent();

describe.skipIf(!hasBrowser)('offline reading', () => {
  const browser = useBrowser();

  it('after one visit and a search, visited pages and that search work with the network cut; other pages show the offline page', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await installedWorker(context, `${baseURL}/guides/build-your-profile/`);
    await page.goto(`${baseURL}/stories/jaber-hadboun/`);
    // Nothing of search is stored until the reader searches: this search, online, stores what it fetched.
    await searchInDialog(page, 'التسعير');
    await expect
      .poll(() => hitUrls(page, '[data-search-dialog]'), { timeout: 20_000 })
      .toContain('/guides/pricing-your-work/');
    await context.setOffline(true);

    await page.goto(`${baseURL}/guides/build-your-profile/`);
    expect(await page.locator('h1').textContent()).toContain('الملف الشخصي');
    await searchInDialog(page, 'التسعير');
    await expect
      .poll(() => hitUrls(page, '[data-search-dialog]'), { timeout: 20_000 })
      .toContain('/guides/pricing-your-work/');

    await page.goto(`${baseURL}/guides/cover-letter/`);
    expect(await page.locator('h1').textContent()).toBe('أنت غير متصل بالإنترنت');
    const saved = page.locator('[data-offline-list] a');
    await expect
      .poll(() => saved.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
      .toEqual(expect.arrayContaining(['/guides/build-your-profile/', '/stories/jaber-hadboun/']));
    await context.close();
  });

  it('offline, before any search, the search key leads to the offline page, which offers to store search', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await installedWorker(context, `${baseURL}/guides/build-your-profile/`);
    await context.setOffline(true);
    await page.reload();
    await page.keyboard.press('/');
    await page.waitForURL(`${baseURL}/search/`);
    expect(await h1(page)).toBe('أنت غير متصل بالإنترنت');
    await expect.poll(() => page.locator('[data-save-search]').isVisible()).toBe(true);
    await context.close();
  });

  it('«اجعل البحث يعمل دون اتصال» stores the whole index, says how much, and then any word is found offline', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await installedWorker(context, `${baseURL}/guides/build-your-profile/`);
    await page.goto(`${baseURL}/search/`);
    await page.locator('[data-save-search]').click();
    const status = page.locator('[data-save-search-status]');
    await expect
      .poll(() => status.textContent(), { timeout: 60_000 })
      .toMatch(/^البحث يعمل الآن دون اتصال.*\d+ كيلوبايت/);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await context.setOffline(true);
    for (const [query, url] of [
      ['خطاب التقديم', '/guides/cover-letter/'],
      ['التسعير', '/guides/pricing-your-work/'],
    ]) {
      await page.goto(`${baseURL}/search/`);
      await page.locator('[data-search-page] [data-search-input]').fill(query!);
      await expect.poll(() => hitUrls(page, '[data-search-page]'), { timeout: 20_000 }).toContain(url);
    }
    await context.close();
  });

  it('"save for offline" on the path page stores every step, even ones never opened', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await installedWorker(context, `${baseURL}/path/`);
    await page.locator('[data-save-offline]').click();
    const status = page.locator('[data-save-offline-status]');
    // The click answers at once; then every page and the whole search index are stored (the test above allows the
    // index alone a minute, on a machine that is also building the second deploy). A timeout shows how far it got.
    expect(await status.textContent()).not.toBe('');
    await expect.poll(() => status.textContent(), { timeout: 90_000 }).toContain('المسار محفوظ');
    await context.setOffline(true);
    await page.goto(`${baseURL}/guides/cover-letter/`);
    expect(await page.locator('h1').textContent()).toContain('خطاب التقديم');
    await page.goto(`${baseURL}/checklists/proposal-checklist/`);
    expect(await page.locator('h1').textContent()).toContain('قائمة');
    await context.close();
  });
});

describe.skipIf(!hasBrowser)('offline, no dead ends', () => {
  const browser = useBrowser();
  const live = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-site-'));
  afterAll(() => fs.rmSync(live, { recursive: true, force: true }));

  it('after a search, the search page opens offline, also from the offline page, and searches', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await installedWorker(context, `${baseURL}/guides/build-your-profile/`);
    await searchInDialog(page, 'التسعير');
    await expect
      .poll(() => hitUrls(page, '[data-search-dialog]'), { timeout: 20_000 })
      .toContain('/guides/pricing-your-work/');
    // The search page and its scripts are stored as the first search runs.
    await expect
      .poll(() => page.evaluate(async () => Boolean(await caches.match('/search/'))), { timeout: 20_000 })
      .toBe(true);
    await context.setOffline(true);

    await page.goto(`${baseURL}/search/`);
    expect(await h1(page)).toBe(SEARCH_TITLE);
    await page.goto(`${baseURL}/guides/cover-letter/`);
    expect(await h1(page)).toBe('أنت غير متصل بالإنترنت');
    await page.locator('main a', { hasText: 'صفحة البحث' }).click();
    await page.waitForURL(`${baseURL}/search/`);
    expect(await h1(page)).toBe(SEARCH_TITLE);
    await page.locator('[data-search-page] [data-search-input]').fill('التسعير');
    await expect
      .poll(() => hitUrls(page, '[data-search-page]'), { timeout: 20_000 })
      .toContain('/guides/pricing-your-work/');
    await context.close();
  });

  it('Enter in the header dialog offline opens the search page with the query and its results', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await installedWorker(context, `${baseURL}/stories/jaber-hadboun/`);
    await searchInDialog(page, 'التسعير');
    await expect.poll(() => hitUrls(page, '[data-search-dialog]'), { timeout: 20_000 }).not.toEqual([]);
    await expect
      .poll(() => page.evaluate(async () => Boolean(await caches.match('/search/'))), { timeout: 20_000 })
      .toBe(true);
    await context.setOffline(true);
    await page.reload();
    await searchInDialog(page, 'التسعير');
    await expect.poll(() => hitUrls(page, '[data-search-dialog]'), { timeout: 20_000 }).not.toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(await h1(page)).toBe(SEARCH_TITLE);
    expect(await page.locator('[data-search-page] [data-search-input]').inputValue()).toBe('التسعير');
    await expect
      .poll(() => hitUrls(page, '[data-search-page]'), { timeout: 20_000 })
      .toContain('/guides/pricing-your-work/');
    await context.close();
  });

  it('where no service worker can serve the search page, Enter offline keeps the reader in the dialog and says why', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}/stories/jaber-hadboun/`);
    await searchInDialog(page, 'التسعير');
    await expect.poll(() => hitUrls(page, '[data-search-dialog]')).toContain('/guides/pricing-your-work/');
    await context.setOffline(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-search-dialog] [data-search-status]').textContent())
      .toContain(OFFLINE_COPY.searchPageNotSaved);
    expect(page.url()).toBe(`${baseURL}/stories/jaber-hadboun/`);
    expect(await page.locator('[data-search-dialog]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await hitUrls(page, '[data-search-dialog]')).toContain('/guides/pricing-your-work/');
    await context.close();
  });

  it('"save for offline" pressed when its work cannot load says so and can be pressed again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}/path/`);
    await context.route('**/_astro/save-path.*.js', (route) => route.abort());
    const button = page.locator('[data-save-offline]');
    await button.click();
    const status = page.locator('[data-save-offline-status]');
    await expect.poll(() => status.textContent()).toContain('تعذّر بدء الحفظ');
    expect(await button.isEnabled()).toBe(true);
    await context.close();
  });

  it('a saved tool answers any query string offline (the calculator and its link to the planner), and online pages still come from the network', async () => {
    fs.cpSync(path.resolve(__dirname, '../../dist'), live, { recursive: true });
    const server = await startServer({ root: live, port: 0 });
    const origin = `http://127.0.0.1:${server.address().port}`;
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await installedWorker(context, `${origin}/tools/pricing/`);
    await page.goto(`${origin}/tools/goals/`);
    // On this visit the worker stores the planner's parts that load on use (the link's reader among them) while
    // it serves the page: a reader who goes offline before that finishes would miss them, so the test waits.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            for (const name of await caches.keys())
              for (const request of await (await caches.open(name)).keys())
                if (/\/link-offer\.[^/]+\.js$/.test(request.url)) return true;
            return false;
          }),
        { timeout: 30_000 },
      )
      .toBe(true);

    // Online, a visit with a query string is answered by the network: an edit on the server shows at once.
    const file = path.join(live, 'tools', 'pricing', 'index.html');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('>حاسبة التسعير</h1>', '>حاسبة التسعير المحدثة</h1>'));
    await page.goto(`${origin}/tools/pricing/?target=5000`);
    expect(await h1(page)).toBe('حاسبة التسعير المحدثة');

    await context.setOffline(true);
    await page.goto(`${origin}/tools/pricing/?target=7777`);
    expect(await h1(page)).toBe('حاسبة التسعير المحدثة');
    await hydrated(page);
    expect(await page.locator('#f-target').inputValue()).toBe('7777');
    const link = page.locator('[data-planner-link]');
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/tools\/goals\/\?yearly=/);
    const yearly = new URL(href, origin).searchParams.get('yearly');
    await link.click();
    await page.waitForURL(/\/tools\/goals\/\?yearly=/);
    expect(await h1(page)).toBe('مخطط الأهداف');
    await hydrated(page);
    await expect.poll(() => page.locator('#g-targetYearlyNet').inputValue()).toBe(yearly);

    // One copy per page, stored under its path.
    const keys = await page.evaluate(async () =>
      (await (await caches.open('dalil-pages')).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search),
    );
    expect(keys.filter((k) => k.startsWith('/tools/')).sort()).toEqual(['/tools/goals/', '/tools/pricing/']);
    await context.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('offline, a search result whose page is not saved says so; online, no result is marked', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await installedWorker(context, `${baseURL}/guides/pricing-your-work/`);
    const dialog = '[data-search-dialog]';
    const hit = (url: string) => page.locator(`${dialog} [data-search-hit][href="${url}"]`);
    await searchInDialog(page, 'التسعير');
    await hit('/guides/pricing-your-work/').waitFor();
    await expect.poll(() => page.locator(`${dialog} [data-search-hit]`).count()).toBeGreaterThan(1);
    expect(await page.locator(`${dialog} [data-search-hit]`, { hasText: NOT_SAVED }).count()).toBe(0);

    await context.setOffline(true);
    await page.reload();
    await searchInDialog(page, 'التسعير');
    await hit('/guides/pricing-your-work/').waitFor();
    await expect
      .poll(() => page.locator(`${dialog} [data-search-hit]`, { hasText: NOT_SAVED }).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await hit('/guides/pricing-your-work/').textContent()).not.toContain(NOT_SAVED);
    expect(await page.locator(`${dialog} [data-search-status]`).textContent()).toContain(OFFLINE_COPY.someNotSaved);
    const urls = await hitUrls(page, dialog);
    for (const url of urls.filter((u) => u !== '/guides/pricing-your-work/')) {
      expect(await hit(url!).textContent(), url!).toContain(NOT_SAVED);
    }
    const axe = await new AxeBuilder({ page }).include(dialog).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });

  it('the offline page lists each saved page once, whatever query strings it was visited or saved with', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await installedWorker(context, `${baseURL}/tools/pricing/`);
    for (const url of ['/tools/pricing/?target=7777', '/tools/pricing/?target=5000&fee=10', '/search/', '/search/?q=x'])
      await page.goto(`${baseURL}${url}`);
    // Copies stored under their whole address, as workers before this one did.
    await page.evaluate(async () => {
      const cache = await caches.open('dalil-pages');
      for (const url of ['/tools/pricing/?target=1', '/search/?q=%D8%B9%D9%85%D9%8A%D9%84'])
        await cache.put(url, await fetch(url.replace(/\?.*$/, '')));
    });
    await context.setOffline(true);
    await page.goto(`${baseURL}/offline/`);
    const saved = page.locator('[data-offline-list] a');
    await expect.poll(() => saved.count()).toBeGreaterThan(0);
    const links = await saved.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(links.filter(([, text]) => text === 'حاسبة التسعير للمستقلين')).toEqual([
      ['/tools/pricing/', 'حاسبة التسعير للمستقلين'],
    ]);
    expect(links.filter(([, text]) => text === 'البحث')).toEqual([['/search/', 'البحث']]);
    expect(new Set(links.map(([href]) => href)).size).toBe(links.length);
    expect(await page.locator('[data-offline-status]').textContent()).toContain(countLabel(links.length, PAGES));
    await context.close();
  });
});

describe.skipIf(!hasBrowser)('a new deploy', () => {
  const browser = useBrowser();
  const live = fs.mkdtempSync(path.join(os.tmpdir(), 'live-site-'));
  afterAll(() => {
    cleanUpFixtureSites();
    fs.rmSync(live, { recursive: true, force: true });
  });

  it('after a rebuild with new content, a reload finds the new content, with no version warning and no forced reload', async () => {
    const second = await secondDeploy!;
    fs.cpSync(path.resolve(__dirname, '../../dist'), live, { recursive: true });
    const server = await startServer({ root: live, port: 0 });
    const origin = `http://127.0.0.1:${server.address().port}`;
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await installedWorker(context, `${origin}/guides/build-your-profile/`);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    await searchInDialog(page, NEW_GUIDE_WORD);
    await expect
      .poll(() => page.locator('[data-search-dialog] [data-search-status]').textContent())
      .toContain('لا نتائج');

    // Deploy: the served folder now holds the second build.
    for (const entry of fs.readdirSync(live)) fs.rmSync(path.join(live, entry), { recursive: true });
    fs.cpSync(second, live, { recursive: true });
    await page.reload();
    await searchInDialog(page, NEW_GUIDE_WORD);
    await expect
      .poll(() => hitUrls(page, '[data-search-dialog]'), { timeout: 20_000 })
      .toContain('/guides/new-deploy-guide/');
    expect(warnings.filter((w) => /version/i.test(w))).toEqual([]);

    // The new worker waits for the reader: a notice, and a reload only when asked.
    const notice = page.locator('[data-update-notice]');
    await expect.poll(() => notice.isVisible(), { timeout: 30_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await notice.getByRole('button', { name: 'حدّث الآن' }).click();
    await page.waitForEvent('load');
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toContain('/sw.js');
    await context.close();
    await new Promise((resolve) => server.close(resolve));
  });
});
