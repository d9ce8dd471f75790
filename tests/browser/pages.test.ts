/**
 * Every URL of the sitemap, in a real browser at phone width: it loads, is Arabic and right to left, logs no error,
 * fails no request, nothing sticks out at 320 px; and axe finds nothing, with every rule in the light theme and the
 * colour rules in the dark one, on the pages that show what the site's templates can show (see the samples below).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, launch } from './browser';
import { coveringSample, sitemapPaths, templateOf } from './samples';

const sitemap = sitemapPaths();

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

// Axe is most of this file's time (a full run takes seconds a page), so each rule runs where it can find something
// new. The rules on markup, names and roles (every WCAG rule but the colour ones): every page written by hand
// (guides and stories, whose markup is their writer's), and for the templates that only lay out data (a glossary
// letter's terms, a checklist's items, a module's steps: one component each), the fewest pages of each that
// together show every kind of element its pages show. The colour rules, in both themes: colours follow from an
// element's kind and its parent's, so the fewest pages that together show every such pair on the site, with at
// least one page of every template. samples.ts reads the kinds from the built HTML (tag, classes, the attributes
// the stylesheets select on): a new component, class or template on any one page adds that page by itself.
const FROM_DATA = [/^\/glossary\/\*\/$/, /^\/checklists\/\*\/$/, /^\/path\/[^/]+\/\*\/$/];
const fromData = (url: string) => FROM_DATA.some((t) => t.test(templateOf(url)));
const markupAxe = new Set([
  ...sitemap.filter((url) => !fromData(url)),
  ...[...Map.groupBy(sitemap.filter(fromData), templateOf).values()].flatMap(coveringSample),
]);
const colourAxe = coveringSample(sitemap);

describe.skipIf(!hasBrowser)('every page of the sitemap', () => {
  let browser: Browser;
  const contexts: Record<'light' | 'dark', BrowserContext> = {} as never;

  beforeAll(async () => {
    browser = await launch();
    for (const theme of ['light', 'dark'] as const) {
      // The service worker is blocked, as in the other browser tests (tests/browser/browser.ts): it would store
      // every page's files as the pages are visited, and each page would wait for that before it is checked. Its
      // own behaviour is tested in offline.test.ts and first-visit.test.ts.
      contexts[theme] = await browser.newContext({
        viewport: { width: 320, height: 720 },
        colorScheme: theme,
        locale: 'ar',
        serviceWorkers: 'block',
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has pages to check, and samples that spare most of them a second axe run', () => {
    expect(sitemap.length).toBeGreaterThan(20);
    // A kind found on every page alone (a class or styled attribute that names the page) would put every page in
    // the samples and bring back the time they save: find it in samples.ts' elementKinds.
    expect(colourAxe.length, colourAxe.join(' ')).toBeLessThan(sitemap.length / 2);
    expect(markupAxe.size).toBeLessThan(sitemap.length);
  });

  const AXE = {
    all: 'every rule',
    markup: 'every rule but the colour ones',
    colour: 'the colour rules',
    sampled: 'checked on other pages of its template',
  };
  const lightRules = (url: string) =>
    markupAxe.has(url)
      ? colourAxe.includes(url)
        ? AXE.all
        : AXE.markup
      : colourAxe.includes(url)
        ? AXE.colour
        : AXE.sampled;
  const runs: ['light' | 'dark', { url: string; axe: string }[]][] = [
    ['light', sitemap.map((url) => ({ url, axe: lightRules(url) }))],
    ['dark', colourAxe.map((url) => ({ url, axe: AXE.colour }))],
  ];
  for (const [theme, cases] of runs) {
    // Pages are checked a few at a time: axe waits on layout in each page's renderer, so one at a time leaves the
    // machine idle (maxConcurrency in vitest.browser.config.ts bounds how many).
    it.concurrent.for(cases)(
      `$url (${theme}, 320 px) loads cleanly and fits; zero axe violations: $axe`,
      async ({ url: urlPath, axe: rules }, { expect }) => {
        const page = await contexts[theme].newPage();
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(`console: ${m.text()}`);
        });
        page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
        page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
        page.on('response', (r) => {
          if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
        });
        const response = await page.goto(baseURL + urlPath, { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe('ar');
        expect(await page.getAttribute('html', 'dir')).toBe('rtl');
        expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
        // Nothing sticks out at 320 px; if something does, name it, to say where to look.
        const sticksOut = await page.evaluate(() => {
          if (document.documentElement.scrollWidth <= innerWidth) return '';
          const all = [...document.querySelectorAll('body *')];
          const past = all.filter((e) => {
            const r = e.getBoundingClientRect();
            return r.left < -1 || r.right > innerWidth + 1;
          });
          const spilling = all.filter(
            (e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible',
          );
          const e = past.at(-1) ?? spilling.at(-1);
          return `${document.documentElement.scrollWidth} > ${innerWidth}: ${e ? `${e.tagName.toLowerCase()}.${e.className}` : '?'}`;
        });
        expect(sticksOut, 'page scrolls sideways at 320 px').toBe('');
        // The themes differ only in colour: the dark pass runs the colour rules alone (the markup, names and roles it
        // would check again are the same). Which rules on which page: see markupAxe and colourAxe above.
        if (rules !== AXE.sampled) {
          const builder = new AxeBuilder({ page }).withTags(WCAG);
          if (rules === AXE.colour) builder.withRules(COLOUR_RULES);
          if (rules === AXE.markup) builder.disableRules(COLOUR_RULES);
          const axe = await builder.analyze();
          const violations = axe.violations.map(
            (v) =>
              `${v.id}: ${v.help} → ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(' | ')}`,
          );
          expect(violations).toEqual([]);
        }
        expect(errors).toEqual([]);
        await page.close();
      },
    );
  }
});
