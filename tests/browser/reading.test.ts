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

  it('the glossary has a letter index of plain links, each to a page of the terms filed under that letter', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/glossary/`);
    const index = page.getByRole('navigation', { name: 'فهرس المصطلحات بالحروف' });
    const letters = await index
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href')!]));
    expect(letters.length).toBeGreaterThan(8);
    const fold = (term: string) => term.replace(/^ال(?=..)/, '').replace(/^[أإآ]/, 'ا')[0];
    const seen = new Set<string>();
    for (const [letter, href] of letters) {
      expect(href).toMatch(/^\/glossary\/[a-z]+\/$/);
      await page.goto(`${baseURL}${href}`);
      const terms = await page
        .locator('main dl > div')
        .evaluateAll((divs) => divs.map((d) => [d.id, d.querySelector('dt')!.firstChild!.textContent!.trim()]));
      expect(terms.length, letter).toBeGreaterThan(0);
      for (const [id, term] of terms) {
        expect(fold(term!), term).toBe(letter);
        expect(id).toMatch(/^term-[\w-]+$/);
        seen.add(id!);
      }
    }
    // Every term has a page, and a link made before the split (/glossary/#term-<id>) still lands on its name,
    // which leads to its definition under the same anchor.
    await page.goto(`${baseURL}/glossary/#term-freelancer`);
    const old = page.locator('#term-freelancer a');
    await expect.poll(() => old.evaluate((a) => a.getBoundingClientRect().top)).toBeLessThan(812);
    await old.click();
    expect(page.url()).toMatch(/\/glossary\/[a-z]+\/#term-freelancer$/);
    await expect.poll(() => page.locator('#term-freelancer dt').isVisible()).toBe(true);
    await page.goto(`${baseURL}/glossary/`);
    expect(await page.locator('main li[id^="term-"]').count()).toBe(seen.size);
    await context.close();
  });

  it('guide levels are told by calm colours and a plant that grows with the level, «متقدم» not in red', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseURL}/guides/`);
    const badges = await page
      .locator('.level-badge')
      .evaluateAll((spans) =>
        spans.map((s) => [
          s.textContent!.trim(),
          getComputedStyle(s).backgroundColor,
          s.querySelector('svg[aria-hidden="true"]')?.innerHTML ?? '',
        ]),
      );
    expect(new Set(badges.map(([text]) => text))).toEqual(
      new Set(['المستوى: مبتدئ', 'المستوى: متوسط', 'المستوى: متقدم']),
    );
    // One drawing per level (seedling, young plant, tree), so colour is not the only cue.
    const drawings = new Map(badges.map(([text, , drawing]) => [text, drawing]));
    expect(new Set(drawings.values()).size).toBe(3);
    for (const [text, colour, drawing] of badges) {
      // Tailwind's palette is oklch: red, rose, orange and amber sit at hues below 90 (or wrap past 340).
      const hue = Number(/oklch\([\d.%]+ [\d.]+ ([\d.]+)/.exec(String(colour))![1]);
      expect(hue > 90 && hue < 340, `${text}: ${colour}`).toBe(true);
      expect(String(drawing).length, String(text)).toBeGreaterThan(20);
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
