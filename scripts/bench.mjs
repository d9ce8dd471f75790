// `npm run bench`: builds the site and prints what it costs: build time, pages, and bytes a reader downloads.
// Figures only; budgets that must hold are asserted in tests/dist/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pageWeight } from './page-weight.mjs';

const dist = path.resolve('dist');
const started = performance.now();
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) process.exit(build.status ?? 1);

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
const files = walk(dist);
const html = files.filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`));
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

const fonts = files.filter((f) => f.endsWith('.woff2'));
const pagefind = files.filter((f) => f.includes(`${path.sep}pagefind${path.sep}`));
console.log(`build (astro + pagefind): ${seconds.toFixed(1)} s`);
console.log(`pages: ${html.length} (${(html.length / seconds).toFixed(1)} pages/s)`);
console.log(`dist: ${kb(files.reduce((n, f) => n + fs.statSync(f).size, 0))} in ${files.length} files`);
console.log(`pagefind bundle: ${kb(pagefind.reduce((n, f) => n + fs.statSync(f).size, 0))} in ${pagefind.length} files`);
console.log(`font files: ${fonts.map((f) => `${path.basename(f)} ${kb(fs.statSync(f).size)}`).join(', ')}`);
console.log('\nper page, gzipped (fonts not included):');
for (const p of ['/', '/path/', '/guides/pricing-your-work/', '/stories/abdelhafid-chrayer/', '/checklists/proposal-checklist/', '/tools/platforms/', '/tools/pricing/', '/tools/goals/', '/search/']) {
  if (!fs.existsSync(path.join(dist, p, 'index.html'))) continue;
  const c = pageWeight(dist, p);
  console.log(`  ${p.padEnd(36)} html ${kb(c.html).padStart(8)}  css ${kb(c.css).padStart(8)}  js ${kb(c.js).padStart(8)}`);
}
