// Lighthouse (mobile, its default) on a page of each kind (PAGES below), driving Debian's Chromium, against dist/
// served locally over HTTPS and HTTP/2, as static hosts serve it. Lighthouse is installed on first use into .cache/bench-lighthouse (pinned below), never as a
// project dependency. Prints scores, LCP, CLS and TBT, what the LCP estimate is made of, and for any score below 100
// the audits that cost points. Figures only; nothing is asserted. Run after `npm run build`:
//   node scripts/bench/bench-lighthouse.mjs [--runs N] [--pages /,/search/] [--http1]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
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
  return {
    dir,
    entry,
    launcher: path.join(dir, 'node_modules/chrome-launcher/dist/index.js'),
    lantern: path.join(dir, 'node_modules/lighthouse/core/lib/lantern/lantern.js'),
  };
}

/**
 * The real (unthrottled) load's LCP and its parts, from the LCP breakdown insight. The simulated estimate counts
 * every request, except low-priority images, that ended before this observed LCP: a late paint on a busy machine
 * lets scripts, fonts and the manifest's icon into the figure.
 */
function breakdownOf(lhr) {
  const items = lhr.audits['lcp-breakdown-insight']?.details?.items ?? [];
  const parts = items.find((i) => i.type === 'table')?.items ?? [];
  const names = {
    timeToFirstByte: 'TTFB',
    resourceLoadDelay: 'load delay',
    resourceLoadDuration: 'load',
    elementRenderDelay: 'render delay',
  };
  const observed = lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint;
  const sum = parts.map((p) => `${names[p.subpart] ?? p.subpart} ${Math.round(p.duration)}`).join(' + ');
  return `observed LCP ${Math.round(observed ?? NaN)} ms (${sum || 'no breakdown'})`;
}

/** The requests in the simulated LCP estimate: how many and what they weigh on the wire, by kind. */
function graphOf(requests) {
  const kb = (list) => (list.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024).toFixed(1);
  const kinds = ['Document', 'Stylesheet', 'Font', 'Script'].map((type) => {
    const list = requests.filter((r) => r.resourceType === type);
    return `${type.toLowerCase()} ${list.length} (${kb(list)} kB)`;
  });
  const rest = requests.filter((r) => !['Document', 'Stylesheet', 'Font', 'Script'].includes(r.resourceType));
  return `estimate counts ${requests.length} requests, ${kb(requests)} kB: ${kinds.join(', ')}, other ${rest.length} (${kb(rest)} kB)`;
}

/**
 * A certificate for 127.0.0.1, made once with openssl into .cache/bench-lighthouse: static hosts serve the site
 * over HTTPS with HTTP/2, one connection for every file, which the simulated network then models as deployed.
 */
function localCertificate(dir) {
  const key = path.join(dir, 'localhost-key.pem');
  const cert = path.join(dir, 'localhost-cert.pem');
  if (!fs.existsSync(cert)) {
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '3650',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ]);
    if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`);
  }
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/**
 * Lighthouse's mobile LCP is simulated (Lantern) from a real load: the main thread's tasks, as measured here, are
 * multiplied by 4 (layout by 2), so a busy machine inflates it (load average is printed). Each page runs `runs`
 * times and the run with the median LCP is reported: Lighthouse's docs on variability (docs/variability.md) find
 * the median of five runs about halves the spread of one. One run before them is not counted: the first page a
 * freshly started Chromium draws also pays for the browser's own start (its first paint comes about a second late),
 * which no reader's phone repeats on each page.
 */
export async function benchLighthouse({
  dist = path.resolve('dist'),
  runs = 5,
  goalMs = 1000,
  pages = PAGES,
  http1 = false,
} = {}) {
  const { dir, entry, launcher, lantern } = installLighthouse();
  const { default: lighthouse } = await import(pathToFileURL(entry).href);
  // The simulator Lighthouse estimates LCP with keeps each simulation's timings: the requests in the LCP estimate
  // that end last say what the figure waits for.
  const { Simulator } = (await import(pathToFileURL(lantern).href)).Simulation;
  const { launch } = await import(pathToFileURL(launcher).href);
  // Compressed as any static host would: the simulated mobile network then carries the bytes a reader downloads.
  // As deployed (HTTPS, HTTP/2), unless `--http1` asks for the plain local server.
  const tls = http1 ? undefined : localCertificate(dir);
  const server = await startServer({ root: dist, port: 0, gzip: true, tls });
  const origin = `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}`;
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      ...(tls ? ['--ignore-certificate-errors'] : []),
    ],
  });
  console.log(
    `\nLighthouse (mobile) over ${tls ? 'HTTPS and HTTP/2' : 'HTTP/1.1'}, scores and lab metrics, median LCP of ${runs} run(s) per page (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores):`,
  );
  console.log(`  ${'page'.padEnd(34)} perf  a11y  best   seo     FCP     LCP     CLS    TBT   LCP element`);
  const lcps = [];
  try {
    const warmUp = await lighthouse(`${origin}${pages[0]}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const warmLcp = warmUp.lhr.audits['largest-contentful-paint']?.numericValue ?? NaN;
    console.log(
      `  (a first run on ${pages[0]}, not counted, warms the browser up: LCP ${(warmLcp / 1000).toFixed(2)} s)`,
    );
    for (const page of pages) {
      const results = [];
      for (let r = 0; r < runs; r++) {
        const result = await lighthouse(`${origin}${page}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        const timings = Simulator.allNodeTimings.get('optimisticLargestContentfulPaint');
        const requests = [...(timings?.entries() ?? [])].filter(([node]) => node.type === 'network');
        const waits = [...requests]
          .sort((a, b) => b[1].endTime - a[1].endTime)
          .slice(0, 3)
          .map(
            ([node, t]) =>
              `${new URL(node.request.url).pathname.replace(/^\/_astro\//, '')} ${Math.round(t.startTime)}–${Math.round(t.endTime)} ms`,
          );
        results.push({ ...result.lhr, waits, graph: graphOf(requests.map(([node]) => node.request)) });
      }
      const lcpOf = (lhr) => lhr.audits['largest-contentful-paint']?.numericValue ?? NaN;
      const mid = median(results.map(lcpOf));
      const lhr = results.find((x) => lcpOf(x) === mid) ?? results[0];
      const clsOf = (x) => x.audits['cumulative-layout-shift']?.numericValue ?? NaN;
      lcps.push({ page, lcp: mid, all: results.map(lcpOf), cls: Math.max(...results.map(clsOf)) });
      const score = (id) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padStart(4);
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      const element =
        lhr.audits['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node')?.selector ?? '';
      console.log(
        `  ${page.padEnd(34)} ${CATEGORIES.map(score).join('  ')}  ${(audit('first-contentful-paint') / 1000).toFixed(2).padStart(5)} s  ${(mid / 1000).toFixed(2).padStart(5)} s  ${audit('cumulative-layout-shift').toFixed(3)}  ${String(Math.round(audit('total-blocking-time'))).padStart(3)} ms  ${element}`,
      );
      for (const id of CATEGORIES) {
        const category = lhr.categories[id];
        if (!category || category.score === 1) continue;
        const lost = category.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${ref.id} (${lhr.audits[ref.id].title})`);
        console.log(`      ${id} below 100: ${lost.join('; ') || 'see the report'}`);
      }
      console.log(`      ${breakdownOf(lhr)}; ${lhr.graph}`);
      if (lhr.waits.length) console.log(`      LCP waits on (simulated): ${lhr.waits.join(', ')}`);
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  const met = lcps.filter((x) => x.lcp <= goalMs).length;
  console.log(
    `  LCP within ${(goalMs / 1000).toFixed(1)} s on ${met} of ${lcps.length} pages; every run: ${lcps.map((x) => `${x.page} ${x.all.map((v) => (v / 1000).toFixed(2)).join('/')}`).join(', ')}`,
  );
  console.log(`  worst CLS of any run: ${Math.max(...lcps.map((x) => x.cls)).toFixed(3)}`);
  return lcps;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  await benchLighthouse({
    runs: Number(arg('--runs') ?? 5),
    pages: arg('--pages')?.split(',') ?? PAGES,
    http1: process.argv.includes('--http1'),
  });
}
