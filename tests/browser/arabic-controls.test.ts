/** Every control a reader sees speaks Arabic: no browser-drawn English («Choose File»), no Latin labels. */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseURL, hasBrowser, useBrowser } from './browser';

// Inputs whose face the browser draws in its own language (the file button, date pickers' placeholders).
const NATIVE_FACED = ['file', 'date', 'month', 'week', 'time', 'datetime-local', 'color'];

describe.skipIf(!hasBrowser)('controls in Arabic', () => {
  const browser = useBrowser();

  for (const [url, ready] of [
    ['/my-data/', '[data-last-exported]:not(:empty)'],
    ['/path/', '[data-mark]:not([hidden])'],
    ['/checklists/proposal-checklist/', '[data-checklist-reset]:not([hidden])'],
  ] as const) {
    it(`${url}: no visible control shows Latin text or a face the browser draws in English`, async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
      await page.goto(`${baseURL}${url}`);
      await page.locator(ready).first().waitFor();
      const found = await page.evaluate((nativeFaced) => {
        const visible = (e: Element) => {
          const r = e.getBoundingClientRect();
          return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility !== 'hidden';
        };
        const problems: string[] = [];
        for (const c of document.querySelectorAll('button, label, summary, select, input, textarea, [role="button"]')) {
          if (!visible(c)) continue;
          if (c instanceof HTMLInputElement && nativeFaced.includes(c.type)) problems.push(`native ${c.type} input`);
          const text = [
            (c as HTMLElement).innerText,
            c.getAttribute('aria-label'),
            c.getAttribute('placeholder'),
            c.getAttribute('title'),
            c instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(c.type) ? c.value : '',
          ].join(' ');
          if (/[A-Za-z]/.test(text)) problems.push(text.trim());
        }
        return problems;
      }, NATIVE_FACED);
      expect(found).toEqual([]);
      await page.close();
    });
  }

  it('/my-data/: the Arabic file button opens the picker and shows the chosen file’s name in Arabic text', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${baseURL}/my-data/`);
    const name = page.locator('[data-file-name]');
    expect(await name.textContent()).toContain('لم تختر ملفًا بعد');
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('اختر ملف النسخة').click();
    const file = path.join(os.tmpdir(), 'dalil-notes.json');
    await writeFile(file, '{"x":1}');
    await (await chooser).setFiles(file);
    await expect.poll(() => name.textContent()).toContain('الملف المختار:');
    expect(await name.locator('bdi').textContent()).toBe('dalil-notes.json');
    // Keyboards reach the hidden input, and its label names it.
    expect(await page.getByLabel('اختر ملف النسخة').getAttribute('type')).toBe('file');
    await page.close();
  });

  it('/about/ opens with a page heading, not a line of body text', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseURL}/about/`);
    const [h1, p] = await page.evaluate(() => [
      parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
      parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize),
    ]);
    expect(h1).toBeGreaterThanOrEqual(28);
    expect(h1).toBeGreaterThan(p * 1.4);
    await page.close();
  });
});
