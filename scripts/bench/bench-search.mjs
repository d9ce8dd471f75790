// `npm run bench:search` (also part of `npm run bench`): what search costs a reader.
//  1. In a real browser on the built site: bytes transferred (gzipped, as a static host serves them) from
//     opening search to the first results, then for each later query.
//  2. In-engine time per query (Pagefind in Node with the site's own query planning), on the real index and
//     on a synthetic 10,000-page Arabic site indexed the same way (--skip-synthetic to leave it out).
// Figures only; nothing is asserted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import * as pagefind from 'pagefind';
import { startServer } from '../build/static-server.mjs';
import { loadPagefind } from './search-node.mjs';
import { importTs } from './load-ts.mjs';

const QUERIES = [
  'التسعير',
  'العميل الأول',
  'فريلانسر',
  'كيف أكتب عرضا',
  'خمسات',
  'الدخل السلبي',
  'معرض الأعمال',
  'أهداف',
  'ازاي ابدأ',
  'كيف اسعر خدماتي',
];
// Finds nothing: the one search that fetches the index's word list for "did you mean".
const TYPO = 'تسغير';
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

/** Bytes a page downloads from opening the header search to the first results of each query. */
async function browserTransfer(dist) {
  const server = await startServer({ root: dist, port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ serviceWorkers: 'block' });
  let bytes = 0;
  let files = 0;
  let opened = false;
  page.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    // Pagefind and the search files, and once search is opened, every script it loads (the dialog, the
    // controller with the planner and its vocabulary, and the chunks they share).
    const searchCode = opened && /^\/_astro\/[^/]+\.js$/.test(url.pathname);
    if (!searchCode && !/^\/(pagefind|search)\//.test(url.pathname)) return;
    const file = path.join(dist, decodeURIComponent(url.pathname));
    if (fs.existsSync(file)) {
      bytes += gzipSync(fs.readFileSync(file)).length;
      files += 1;
    }
  });
  await page.goto(`${origin}/guides/pricing-your-work/`);
  await page.waitForLoadState('networkidle');
  const beforeOpen = bytes;
  const rows = [];
  opened = true;
  await page.keyboard.press('/');
  for (const query of QUERIES) {
    const [startBytes, startFiles] = [bytes, files];
    await page.locator('[data-search-dialog] [data-search-input]').fill(query);
    // Wait for this query's results, not the previous query's, which stay on screen while it runs.
    await page.locator('[data-search-dialog] [data-search-status]', { hasText: `«${query}»` }).waitFor();
    await page.locator('[data-search-dialog] [data-search-hit]').first().waitFor();
    await page.waitForLoadState('networkidle');
    rows.push({ query, bytes: bytes - startBytes, files: files - startFiles });
  }
  const [startBytes, startFiles] = [bytes, files];
  await page.locator('[data-search-dialog] [data-search-input]').fill(TYPO);
  await page.locator('[data-search-dialog] [data-search-suggest]').waitFor();
  await page.waitForLoadState('networkidle');
  const typo = { query: TYPO, bytes: bytes - startBytes, files: files - startFiles };
  await browser.close();
  server.close();
  return { beforeOpen, rows, typo };
}

let lib;
const searchLib = async () =>
  (lib ??= { ...(await importTs('src/lib/search/query.ts')), ...(await importTs('src/lib/search/run.ts')) });

/** Median in-engine time of each query with the site's planning, and the bytes Node's engine read. */
async function engineTimes(dist, queries) {
  const { planSearch, runPlan } = await searchLib();
  const lexiconFile = path.join(dist, 'search', 'lexicon.json');
  const lexicon = fs.existsSync(lexiconFile) ? JSON.parse(fs.readFileSync(lexiconFile, 'utf8')).groups : [];
  const started = performance.now();
  const engine = await loadPagefind(dist);
  const initMs = performance.now() - started;
  const rows = [];
  for (const query of queries) {
    engine.resetTransfer();
    const times = [];
    let count = 0;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const { results } = await runPlan(engine.pagefind, planSearch(query, lexicon));
      await Promise.all(results.slice(0, 6).map((r) => r.data()));
      times.push(performance.now() - t);
      count = results.length;
    }
    const first = times[0] ?? 0;
    times.sort((a, b) => a - b);
    rows.push({ query, first, median: times[2] ?? 0, results: count, read: engine.transfer().bytes });
  }
  return { initMs, rows };
}

/**
 * Recall in the first 5 results: with the site's query planning (and its "did you mean" followed once for a
 * query that finds nothing, as in the recall tests), and with the raw query sent to Pagefind.
 */
async function recallAt5(dist, queries) {
  const { measureRecall } = await importTs('tests/search/recall.ts');
  const { pagefind } = await loadPagefind(dist);
  const planned = (await measureRecall(dist, queries)).filter((o) => o.found).length;
  let raw = 0;
  for (const q of queries) {
    const theirs = await Promise.all(
      (await pagefind.search(q.query)).results.slice(0, 5).map(async (r) => (await r.data()).url),
    );
    if (q.expect.some((u) => theirs.includes(u))) raw++;
  }
  const pct = (n) => `${n}/${queries.length} (${((n / queries.length) * 100).toFixed(0)}%)`;
  return { planned: pct(planned), raw: pct(raw) };
}

const WORDS =
  'العمل الحر المستقل العميل المشروع التسعير السعر الخدمة المنصة العرض الملف الشخصي الخبرة التسويق الدخل الهدف الأسبوع الشهر السنة التصميم البرمجة الترجمة الكتابة المحتوى التقييم الثقة الموعد التسليم الجودة المهارة الدورة التعلم الوقت العائلة الحرية المال الاستثمار الادخار الضريبة العمولة الدفع التحويل البنك الحساب الرسالة السؤال الجواب النصيحة التجربة القصة البداية الصبر النجاح الفشل الدرس الفرصة السوق الطلب المنافسة الجمهور الموقع المدونة القناة الفيديو الصورة الشعار الهوية'.split(
    ' ',
  );

/** A plain static site of `count` Arabic pages, indexed by Pagefind exactly as the real build does. */
async function syntheticSite(count) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-bench-'));
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const sentence = () =>
    Array.from({ length: 8 + Math.floor(random() * 10) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ') +
    '.';
  const { index } = await pagefind.createIndex({ forceLanguage: 'ar' });
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: 12 }, () => `<p>${Array.from({ length: 5 }, sentence).join(' ')}</p>`).join('');
    await index.addHTMLFile({
      url: `/guides/g${i}/`,
      content: `<html lang="ar"><body><main data-pagefind-body><h1 data-pagefind-meta="title">دليل ${i}: ${sentence()}</h1>${body}</main></body></html>`,
    });
  }
  await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  await pagefind.close();
  return dir;
}

function folderSize(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .reduce(
      (n, e) => n + (e.isDirectory() ? folderSize(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size),
      0,
    );
}

export async function benchSearch({ dist = path.resolve('dist'), synthetic = 10_000 } = {}) {
  console.log('\nsearch, real site (browser, gzipped transfer):');
  const transfer = await browserTransfer(dist);
  console.log(`  before opening search: ${kb(transfer.beforeOpen)}`);
  transfer.rows.forEach((r, i) =>
    console.log(`  ${i === 0 ? 'first search ' : 'later search '} «${r.query}»: ${kb(r.bytes)} in ${r.files} files`),
  );
  const later = transfer.rows.slice(1);
  console.log(`  later searches: ${kb(later.reduce((n, r) => n + r.bytes, 0) / later.length)} on average`);
  console.log(
    `  «${transfer.typo.query}», no results, "did you mean" word list: ${kb(transfer.typo.bytes)} in ${transfer.typo.files} files`,
  );

  const { RECALL_QUERIES } = await importTs('tests/search/queries.ts');
  const { READER_QUERIES } = await importTs('tests/search/reader-queries.ts');
  console.log('');
  for (const [name, set] of [
    ['the tuning set (tests/search/queries.ts)', RECALL_QUERIES],
    ['the reader-typed set (dialects, verbs, brands, typos)', READER_QUERIES],
  ]) {
    const recall = await recallAt5(dist, set);
    console.log(
      `search recall@5 on ${set.length} queries of ${name}: ${recall.planned} with the site's planner, ${recall.raw} with Pagefind alone`,
    );
  }

  const real = await engineTimes(dist, QUERIES);
  console.log(`\nsearch, real site (in-engine, Node): init ${real.initMs.toFixed(0)} ms`);
  for (const r of real.rows)
    console.log(
      `  «${r.query}»: ${r.results} results, first ${r.first.toFixed(1)} ms, median ${r.median.toFixed(1)} ms`,
    );

  if (synthetic > 0) {
    const started = performance.now();
    const dir = await syntheticSite(synthetic);
    console.log(
      `\nsearch, synthetic ${synthetic.toLocaleString('en')}-page site: indexed in ${((performance.now() - started) / 1000).toFixed(1)} s, index ${kb(folderSize(path.join(dir, 'pagefind')))}`,
    );
    const big = await engineTimes(dir, ['التسعير', 'العميل', 'الدخل الشهري', 'تصميم الشعار', 'في']);
    console.log(`  init ${big.initMs.toFixed(0)} ms`);
    for (const r of big.rows)
      console.log(
        `  «${r.query}»: ${r.results} results, first ${r.first.toFixed(1)} ms, median ${r.median.toFixed(1)} ms, read ${kb(r.read)}`,
      );
    // What a very common word would cost without the planner, which drops it before Pagefind sees it.
    const raw = await loadPagefind(dir);
    await raw.pagefind.search('في');
    console.log(`  «في» sent to Pagefind as it is (no planner): ${kb(raw.transfer().bytes)} read`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchSearch({ synthetic: process.argv.includes('--skip-synthetic') ? 0 : 10_000 });
}
