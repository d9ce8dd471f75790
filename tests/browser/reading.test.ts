/** Long text reads comfortably: a story's lines stay near 70 characters on a laptop. */
import { describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, useBrowser } from './browser';

describe.skipIf(!hasBrowser)('reading width', () => {
  const browser = useBrowser();

  it('story paragraphs hold at most about 70 characters a line at 1366 px', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseURL}/stories/`);
    const stories = await page.locator('main h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(stories.length).toBeGreaterThan(3);
    for (const url of stories) {
      await page.goto(`${baseURL}${url}`);
      // Characters on each rendered line, found from where each character is drawn.
      const perLine = await page.locator('.prose-ar p').evaluateAll((ps) =>
        ps.flatMap((p) => {
          const lines = new Map<number, number>();
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < node.textContent!.length; i++) {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const top = Math.round(range.getBoundingClientRect().top / 8);
              lines.set(top, (lines.get(top) ?? 0) + 1);
            }
          }
          return [...lines.values()];
        }),
      );
      expect(Math.max(...perLine), url).toBeGreaterThan(40);
      expect(Math.max(...perLine), url).toBeLessThanOrEqual(75);
    }
    await page.close();
  });
});

describe.skipIf(!hasBrowser)('finding your way in long lists', () => {
  const browser = useBrowser();

  it('the glossary has a letter index of plain links, each to the terms filed under that letter', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/glossary/`);
    const index = page.getByRole('navigation', { name: 'فهرس المصطلحات بالحروف' });
    const letters = await index
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href')!]));
    expect(letters.length).toBeGreaterThan(8);
    // Terms run in index order: each link lands on the first term filed under its letter, the terms before it
    // are filed under earlier letters, and the ones from it on until the next letter's under this one.
    const fold = (term: string) => term.replace(/^ال(?=..)/, '').replace(/^[أإآ]/, 'ا')[0];
    const terms = await page
      .locator('main dl > div')
      .evaluateAll((divs) => divs.map((d) => [d.id, d.querySelector('dt')!.firstChild!.textContent!.trim()]));
    const starts = letters.map(([, href]) => terms.findIndex(([id]) => `#${id}` === href));
    expect(starts[0]).toBe(0);
    letters.forEach(([letter], i) => {
      const group = terms.slice(starts[i], starts[i + 1] ?? terms.length);
      expect(group.length, letter).toBeGreaterThan(0);
      for (const [, term] of group) expect(fold(term!), term).toBe(letter);
    });
    await index.getByRole('link', { name: 'ت', exact: true }).click();
    expect(page.url()).toMatch(/#term-[\w-]+$/);
    await context.close();
  });

  it('guide levels are told by calm colours and dots, «متقدم» not in red', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseURL}/guides/`);
    const badges = await page
      .locator('.level-badge')
      .evaluateAll((spans) =>
        spans.map((s) => [
          s.textContent!.trim(),
          getComputedStyle(s).backgroundColor,
          s.querySelectorAll('[aria-hidden] > span').length,
        ]),
      );
    expect(new Set(badges.map(([text]) => text))).toEqual(
      new Set(['المستوى: مبتدئ', 'المستوى: متوسط', 'المستوى: متقدم']),
    );
    for (const [text, colour, dots] of badges) {
      // Tailwind's palette is oklch: red, rose, orange and amber sit at hues below 90 (or wrap past 340).
      const hue = Number(/oklch\([\d.%]+ [\d.]+ ([\d.]+)/.exec(String(colour))![1]);
      expect(hue > 90 && hue < 340, `${text}: ${colour}`).toBe(true);
      expect(dots, String(text)).toBe(3);
    }
    await page.close();
  });
});

describe.skipIf(!hasBrowser)('guides list filters', () => {
  const browser = useBrowser();

  it('filters guides by level without JavaScript, and jumps to a topic by link', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/guides/`);
    const shown = () => page.locator('main article:visible .level-badge').allTextContents();
    const all = await shown();
    expect(all.length).toBeGreaterThan(10);
    await page.getByRole('radio', { name: 'متقدم' }).check({ force: true });
    const advanced = await shown();
    expect(advanced.length).toBeGreaterThan(0);
    expect(advanced.length).toBeLessThan(all.length);
    for (const text of advanced) expect(text).toContain('متقدم');
    // A topic with no guide of that level is hidden with its heading, not left empty.
    for (const section of await page.locator('main section:visible').all())
      expect(await section.locator('article:visible').count()).toBeGreaterThan(0);
    await page.getByRole('radio', { name: 'الكل' }).check({ force: true });
    expect((await shown()).length).toBe(all.length);
    const topic = page.getByRole('navigation', { name: 'الموضوعات' }).getByRole('link').first();
    const href = (await topic.getAttribute('href'))!;
    await topic.click();
    expect(page.url().endsWith(href)).toBe(true);
    expect(await page.locator(`section:has(h2${href})`).count()).toBe(1);
    await context.close();
  });
});
