// Screenshots of every kind of page at a phone's and a laptop's width, in the light and the dark theme, into
// shots/ (ignored by git), so a change can be looked at before it is reviewed. Serves the existing dist/ (run
// `npm run build` first); `npm run shots -- /path/ /tools/goals/` takes only the pages named.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../build/static-server.mjs';

/** One page of each kind; the tools and pages a change most often touches. */
const PAGES = [
  '/',
  '/path/',
  '/guides/',
  '/guides/pricing-your-work/',
  '/stories/',
  '/stories/jaber-hadboun/',
  '/checklists/profile-checklist/',
  '/glossary/',
  '/tools/',
  '/tools/pricing/',
  '/tools/goals/',
  '/tools/platforms/',
  '/search/?q=تسعير',
  '/my-data/',
  '/about/',
  '/offline/',
];
const WIDTHS = [375, 1366];
const THEMES = /** @type {const} */ (['light', 'dark']);

const dist = path.resolve('dist');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('shots: no dist/ to serve; run `npm run build` first');
  process.exit(1);
}
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const out = path.resolve('shots');
fs.mkdirSync(out, { recursive: true });

const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : PAGES;
const server = await startServer({ root: dist, port: 0 });
const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
const browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const page of pages) {
    for (const width of WIDTHS) {
      for (const colorScheme of THEMES) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const tab = await context.newPage();
        await tab.goto(base + page, { waitUntil: 'networkidle' });
        // Islands hydrate when visible: scroll through once so every one has drawn itself.
        await tab.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 600) {
            window.scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 50));
          }
          window.scrollTo(0, 0);
        });
        const name = `${page.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await tab.screenshot({ path: path.join(out, name), fullPage: true });
        await context.close();
        console.log(`shots/${name}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
