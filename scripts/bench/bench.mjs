// `npm run bench`: builds the site and prints what it costs. Figures only; budgets that must hold are asserted
// in tests/dist/. Parts (each can be skipped):
//   1. this build: time, pages, output, index and font sizes, bytes per page by kind (first and repeat visit);
//   2. search: bytes for the first and later searches, recall, in-engine time (real and 10,000-page index);
//   3. Lighthouse (mobile) on a page of each kind, FCP and median LCP;       --skip-lighthouse, --lighthouse-runs 5
//   4. synthetic sites of 1,000 and 10,000 guides (with what the share cards cost, cold and cached), and
//      Starlight on 1,000.                                                   --skip-synthetic, --sizes 1000,10000,
//      --starlight 1000 (0 to skip), --runs N
//   --skip-search leaves out part 2; --skip-writing the writing workbench's feedback time (bench-writing.mjs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pageWeight } from './page-weight.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return fallback;
  return (args[i].includes('=') ? args[i].split('=')[1] : args[i + 1])
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
};

const dist = path.resolve('dist');
const started = performance.now();
const build = spawnSync(process.execPath, ['scripts/build/build.mjs'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
});
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) process.exit(build.status ?? 1);

function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
const files = walk(dist);
const html = files.filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`));
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

const fonts = files.filter((f) => f.endsWith('.woff2'));
const pagefind = files.filter((f) => f.includes(`${path.sep}pagefind${path.sep}`));
console.log(`build (astro + pagefind + service worker): ${seconds.toFixed(1)} s`);
for (const line of build.stdout.split('\n').filter((l) => /^(search index|service worker):/.test(l)))
  console.log(`  ${line}`);
console.log(`pages: ${html.length} (${(html.length / seconds).toFixed(1)} pages/s)`);
console.log(`dist: ${kb(files.reduce((n, f) => n + fs.statSync(f).size, 0))} in ${files.length} files`);
console.log(
  `pagefind bundle: ${kb(pagefind.reduce((n, f) => n + fs.statSync(f).size, 0))} in ${pagefind.length} files`,
);
console.log(`font files: ${fonts.map((f) => `${path.basename(f)} ${kb(fs.statSync(f).size)}`).join(', ')}`);
console.log('\nper page, gzipped (fonts as they are); first visit = all of it, repeat visit = the HTML:');
for (const p of [
  '/',
  '/path/',
  '/guides/what-is-online-work/',
  '/guides/pricing-your-work/',
  '/stories/abdelhafid-chrayer/',
  '/glossary/',
  '/checklists/proposal-checklist/',
  '/tools/platforms/',
  '/tools/pricing/',
  '/tools/goals/',
  '/tools/writing/',
  '/search/',
]) {
  if (!fs.existsSync(path.join(dist, p, 'index.html'))) continue;
  const c = pageWeight(dist, p);
  console.log(
    `  ${p.padEnd(32)} html ${kb(c.html).padStart(8)}  css ${kb(c.css).padStart(7)}  js ${kb(c.js).padStart(8)}  fonts ${kb(c.fonts).padStart(7)}  first ${kb(c.firstVisit).padStart(8)}  repeat ${kb(c.repeatVisit).padStart(7)}`,
  );
}

if (!flag('--skip-search')) {
  const { benchSearch } = await import('./bench-search.mjs');
  await benchSearch({ dist, synthetic: flag('--skip-synthetic') ? 0 : 10_000 });
}
if (!flag('--skip-writing')) {
  const { benchWriting } = await import('./bench-writing.mjs');
  await benchWriting({ dist });
}
if (!flag('--skip-lighthouse')) {
  const { benchLighthouse } = await import('./bench-lighthouse.mjs');
  await benchLighthouse({ dist, runs: option('--lighthouse-runs', [5])[0] ?? 5 });
}
if (!flag('--skip-synthetic')) {
  const { runSyntheticBench } = await import('./bench-synthetic.mjs');
  await runSyntheticBench({
    pages: option('--sizes', [1000, 10000]),
    starlight: option('--starlight', [1000]),
    runs: option('--runs', [1])[0] ?? 1,
  });
}
