// Lighthouse (mobile, its default) on a page of each kind (PAGES below), driving Debian's Chromium, against dist/
// served locally. Lighthouse is installed on first use into .cache/bench-lighthouse (pinned below), never as a
// project dependency. Prints scores, LCP, CLS and TBT, and for any score below 100 the audits that cost points.
// Figures only; nothing is asserted. Run after `npm run build`:  node scripts/bench/bench-lighthouse.mjs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../build/static-server.mjs';

export const LIGHTHOUSE_VERSION = '13.5.0';
const PAGES = [
  '/',
  '/guides/what-is-online-work/',
  '/stories/abdelhafid-chrayer/',
  '/checklists/proposal-checklist/',
  '/path/',
  '/tools/pricing/',
  '/tools/goals/',
  '/search/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function installLighthouse() {
  const dir = path.resolve('.cache/bench-lighthouse');
  const entry = path.join(dir, 'node_modules/lighthouse/core/index.js');
  if (!fs.existsSync(entry)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{"private":true,"type":"module"}');
    console.log(`installing lighthouse@${LIGHTHOUSE_VERSION} into ${path.relative(process.cwd(), dir)}…`);
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', `lighthouse@${LIGHTHOUSE_VERSION}`], {
      cwd: dir,
      stdio: 'inherit',
    });
    if (npm.status !== 0) throw new Error('could not install lighthouse');
  }
  return { entry, launcher: path.join(dir, 'node_modules/chrome-launcher/dist/index.js') };
}

export async function benchLighthouse({ dist = path.resolve('dist') } = {}) {
  const { entry, launcher } = installLighthouse();
  const { default: lighthouse } = await import(pathToFileURL(entry).href);
  const { launch } = await import(pathToFileURL(launcher).href);
  // Compressed as any static host would: the simulated mobile network then carries the bytes a reader downloads.
  const server = await startServer({ root: dist, port: 0, gzip: true });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  console.log('\nLighthouse (mobile), scores and lab metrics:');
  console.log(`  ${'page'.padEnd(34)} perf  a11y  best   seo     LCP     CLS    TBT`);
  try {
    for (const page of PAGES) {
      const result = await lighthouse(`${origin}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const lhr = result.lhr;
      const score = (id) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padStart(4);
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      console.log(
        `  ${page.padEnd(34)} ${CATEGORIES.map(score).join('  ')}  ${(audit('largest-contentful-paint') / 1000).toFixed(2).padStart(5)} s  ${audit('cumulative-layout-shift').toFixed(3)}  ${String(Math.round(audit('total-blocking-time'))).padStart(3)} ms`,
      );
      for (const id of CATEGORIES) {
        const category = lhr.categories[id];
        if (!category || category.score === 1) continue;
        const lost = category.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${ref.id} (${lhr.audits[ref.id].title})`);
        console.log(`      ${id} below 100: ${lost.join('; ') || 'see the report'}`);
      }
    }
  } finally {
    await chrome.kill();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLighthouse();
