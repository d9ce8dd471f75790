// Synthetic-site benchmark: builds the site with N generated Arabic guides in a temporary folder and measures
// what the build costs; optionally builds the same guides with Starlight for comparison.
//
//   node scripts/bench/bench-synthetic.mjs --pages 1000            our build only
//   node scripts/bench/bench-synthetic.mjs --pages 1000,10000 --starlight 1000 --runs 3
//   node scripts/bench/bench-synthetic.mjs --pages 100 --keep      keep the temp folders to look at them
//
// Our site: the project's build inputs (src/, public/, scripts/, config/, the config files, real content/) are
// copied to a temp folder; the real guides stay (the path, checklists and glossary reference every one of them)
// and N synthetic guides are added, with frontmatter that satisfies the real schema. Then the real
// `node scripts/build/build.mjs` runs there, with Node's default heap and cold caches.
// Starlight: astro and @astrojs/starlight (exact versions below) are installed once into a cache folder
// (.cache/bench-starlight, or $BENCH_CACHE_DIR/bench-starlight), never into the project; the same N guides,
// with only title and description, are built as an Arabic RTL Starlight site (which runs Pagefind itself).
// Figures only: nothing here asserts.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pageWeight } from './page-weight.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const STARLIGHT_VERSIONS = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' };
/** What our build reads. Add to this list when the build grows a new input at the top level. */
const BUILD_INPUTS = ['src', 'public', 'scripts', 'config', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const SYNTHETIC_PREFIX = 'bench-';

export const cacheDir = (name) => path.join(process.env.BENCH_CACHE_DIR ? path.resolve(process.env.BENCH_CACHE_DIR) : path.join(ROOT, '.cache'), name);

// ---------------------------------------------------------------------------------------------------------
// Synthetic content

/** Small seeded PRNG so the same N gives the same site every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Arabic words taken from the real guides: the synthetic text is nonsense, but real Arabic for Pagefind. */
function wordList() {
  const dir = path.join(ROOT, 'content/guides');
  const words = new Set();
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
    const body = fs.readFileSync(path.join(dir, f), 'utf8').replace(/^---[\s\S]*?---/, '');
    for (const w of body.split(/[\s.,،؛:؟!«»()[\]*#\-–—"'`/<>{}=]+/)) if (/^[\u0621-\u064A\u0660-\u0669]{2,}$/.test(w)) words.add(w);
  }
  return [...words];
}

const TAGS = ['التسعير', 'العملاء', 'العروض', 'الملف الشخصي', 'التسويق', 'الأهداف', 'الدخل', 'المنصات', 'التخصص', 'الكتابة', 'التصميم', 'الترجمة', 'البرمجة', 'التواصل', 'الوقت', 'الجودة', 'التقييمات', 'الاستثمار', 'الخدمات المصغرة', 'المشاريع', 'الانطلاق', 'التنظيم', 'الثقة', 'السمعة', 'المهارات', 'التعلم', 'العمل عن بعد', 'الإنتاجية', 'التفاوض', 'المال'];
const LEVELS = ['مبتدئ', 'متوسط', 'متقدم'];

/**
 * N synthetic guides: `{ id, data, body }`, where data satisfies the guides schema in src/content.config.ts.
 * References point only at real entries (`realGuides`, `sources`) or at synthetic guides generated earlier.
 */
export function syntheticGuides(n, { realGuides = [], sources = [] } = {}) {
  if (!sources.length) throw new Error('syntheticGuides needs at least one source id');
  const words = wordList();
  // Two streams: the text (titles, descriptions, bodies) does not depend on the references available, so
  // Starlight gets exactly the same pages as our site.
  const text = prng(7);
  const meta = prng(11);
  const pick = (list, rand = text) => list[Math.floor(rand() * list.length)];
  const int = (min, max, rand = text) => min + Math.floor(rand() * (max - min + 1));
  const phrase = (min, max) => Array.from({ length: int(min, max) }, () => pick(words)).join(' ');
  const sentence = () => {
    const parts = Array.from({ length: int(1, 2) }, () => phrase(5, 10));
    return parts.join('، ') + (text() < 0.1 ? '؟' : '.');
  };
  const paragraph = () => Array.from({ length: int(2, 4) }, sentence).join(' ');
  const id = (i) => `${SYNTHETIC_PREFIX}${String(i + 1).padStart(5, '0')}`;
  const guides = [];
  for (let i = 0; i < n; i++) {
    const title = `دليل ${i + 1}: ${phrase(3, 6)}`.slice(0, 90);
    let description = `${phrase(10, 18)}.`;
    while (description.length < 40) description = `${phrase(4, 6)} ${description}`;
    const prerequisites = [];
    if (i > 0 && meta() < 0.4) prerequisites.push(id(int(Math.max(0, i - 50), i - 1, meta)));
    if (realGuides.length && meta() < 0.2) prerequisites.push(pick(realGuides, meta));
    const data = {
      title,
      description: description.slice(0, 220),
      level: LEVELS[i % 3],
      tags: [...new Set(Array.from({ length: int(2, 4, meta) }, () => pick(TAGS, meta)))],
      prerequisites,
      sources: [...new Set([pick(sources, meta), pick(sources, meta)])],
      updated: new Date(Date.UTC(2024, 0, 1) + int(0, 900, meta) * 86_400_000).toISOString().slice(0, 10),
    };
    // About 800 words: an introduction, six or seven sections (one with a subsection), one list, a link.
    const parts = [paragraph(), paragraph()];
    const sections = int(6, 7);
    for (let s = 0; s < sections; s++) {
      parts.push(`## ${phrase(2, 5)}`, paragraph(), paragraph(), paragraph());
      if (s === 1) parts.push(Array.from({ length: int(3, 5) }, () => `- ${phrase(4, 9)}.`).join('\n'));
      if (s === 2) parts.push(`### ${phrase(2, 4)}`, `${phrase(4, 8)} **${phrase(2, 3)}** ${sentence()}`);
      if (s === 3 && i > 0) parts.push(`${phrase(4, 8)} [${phrase(2, 4)}](/guides/${id(int(0, i - 1))}/) ${sentence()}`);
    }
    guides.push({ id: id(i), data, body: parts.join('\n\n') + '\n' });
  }
  return guides;
}

const yamlString = (s) => JSON.stringify(s);
/** MDX file text; `fields` picks the frontmatter (Starlight takes only title and description). */
export function guideMdx(guide, fields = Object.keys(guide.data)) {
  const lines = fields.map((k) => {
    const v = guide.data[k];
    return `${k}: ${Array.isArray(v) ? `[${v.map(yamlString).join(', ')}]` : typeof v === 'string' ? yamlString(v) : v}`;
  });
  return `---\n${lines.join('\n')}\n---\n\n${guide.body}`;
}

// ---------------------------------------------------------------------------------------------------------
// Measuring a build

/**
 * A folder's own node_modules made of links to the entries of `from`: packages resolve as in `from`, but
 * Astro's and Vite's caches (node_modules/.astro, .vite, …) are written into the temp site, so every build is cold
 * and nothing is written to the project's node_modules.
 */
function linkNodeModules(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const name of fs.readdirSync(from)) {
    if (name.startsWith('.') && name !== '.bin') continue; // caches (.astro, .vite, .vite-temp, .cache…)
    fs.symlinkSync(path.join(from, name), path.join(to, name));
  }
}

/** Sum of VmRSS over a process and all its descendants, in bytes. */
function treeRss(rootPid) {
  const children = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      /* the process ended while we looked */
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop();
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      /* ended */
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

const TIME_BIN = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * Runs a command and measures it: wall time, peak RSS of the whole process tree (sampled every 100 ms) and the
 * largest single process's peak (getrusage, through /usr/bin/time when present). Output goes to `logFile`.
 */
export function measure(command, args, { cwd, logFile, env = process.env }) {
  return new Promise((resolve) => {
    const log = fs.createWriteStream(logFile);
    const maxrssFile = `${logFile}.maxrss`;
    const [cmd, argv] = TIME_BIN ? [TIME_BIN, ['-f', '%M', '-o', maxrssFile, command, ...args]] : [command, args];
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr])
      stream.on('data', (chunk) => {
        log.write(chunk);
        output += chunk;
        if (output.length > 200_000) output = output.slice(-100_000);
      });
    let peakTree = 0;
    const sample = () => (peakTree = Math.max(peakTree, treeRss(child.pid)));
    const timer = setInterval(sample, 100);
    sample();
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      log.end();
      let peakProcess = null;
      try {
        peakProcess = Number(fs.readFileSync(maxrssFile, 'utf8').trim().split('\n').at(-1)) * 1024 || null;
      } catch {
        /* no /usr/bin/time */
      }
      resolve({ code: code ?? 1, seconds, peakTree, peakProcess, output });
    });
  });
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Figures of a built dist/: pages, sizes, and what one synthetic guide page weighs. */
function distFigures(dist, samplePath) {
  const files = walk(dist);
  const size = (list) => list.reduce((n, f) => n + fs.statSync(f).size, 0);
  const inPagefind = (f) => f.includes(`${path.sep}pagefind${path.sep}`);
  const html = files.filter((f) => f.endsWith('.html') && !inPagefind(f));
  const page = pageWeight(dist, samplePath);
  return {
    pages: html.length,
    distBytes: size(files),
    distFiles: files.length,
    pagefindBytes: size(files.filter(inPagefind)),
    htmlBytes: size(html),
    sample: { path: samplePath, html: page.html, css: page.css, js: page.js, htmlRaw: fs.statSync(path.join(dist, samplePath, 'index.html')).size },
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Starlight logs "Finished building search index in 254ms." or "… in 4.53s.". */
function starlightPagefind(output) {
  const [, value, unit] = /Finished building search index in ([\d.]+) ?(ms|s)\b/.exec(output) ?? [];
  return value ? Number(value) / (unit === 'ms' ? 1000 : 1) : null;
}

/** Builds `runs` times and keeps the run with the median wall time. */
async function runBuilds({ runs, label, prepare, command, args, cwd, samplePath, log }) {
  const results = [];
  for (let r = 0; r < runs; r++) {
    prepare();
    const logFile = path.join(cwd, `build-${r + 1}.log`);
    const m = await measure(command, args, { cwd, logFile, env: childEnv() });
    if (m.code !== 0) {
      throw new Error(`${label}: build failed (exit ${m.code}); log: ${logFile}\n${m.output.split('\n').slice(-30).join('\n')}`);
    }
    // Our build says "search index: … in N ms"; Starlight's integration and Pagefind's CLI say it their own ways.
    const pagefindSeconds =
      Number(/search index: .* in (\d+) ms/.exec(m.output)?.[1]) / 1000 ||
      starlightPagefind(m.output) ||
      Number(/Finished in ([\d.]+) seconds/.exec(m.output)?.[1]) ||
      null;
    const figures = distFigures(path.join(cwd, 'dist'), samplePath);
    results.push({ ...m, output: undefined, pagefindSeconds, ...figures });
    log(`  ${label} run ${r + 1}/${runs}: ${m.seconds.toFixed(1)} s, ${figures.pages} pages, peak ${mb(m.peakTree)}`);
  }
  const mid = median(results.map((x) => x.seconds));
  const chosen = results.find((x) => x.seconds === mid);
  return { ...chosen, label, runs, allSeconds: results.map((x) => x.seconds) };
}

/** The child's environment: Node's default heap (no --max-old-space-size from the caller), no colours. */
function childEnv() {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };
  if (env.NODE_OPTIONS) env.NODE_OPTIONS = env.NODE_OPTIONS.replace(/--max[-_]old[-_]space[-_]size(=|\s+)\S+/g, '').trim();
  // Our build resolves `node` from PATH through npm-less spawns of node_modules/.bin; keep the caller's node first.
  env.PATH = `${path.dirname(process.execPath)}${path.delimiter}${env.PATH ?? ''}`;
  return env;
}

const idsIn = (dir) =>
  fs
    .readdirSync(path.join(ROOT, 'content', dir))
    .filter((f) => !f.startsWith('_') && /\.(mdx|ya?ml)$/.test(f))
    .map((f) => f.replace(/\.[^.]+$/, ''));

// ---------------------------------------------------------------------------------------------------------
// Our site

/** Builds our site with `pages` synthetic guides added to the real content. */
export async function benchOurs({ pages, runs = 1, keep = false, log = console.log } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-ours-${pages}-`));
  try {
    for (const input of BUILD_INPUTS) fs.cpSync(path.join(ROOT, input), path.join(dir, input), { recursive: true });
    fs.cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
    linkNodeModules(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    const guides = syntheticGuides(pages, { realGuides: idsIn('guides'), sources: idsIn('sources') });
    for (const g of guides) fs.writeFileSync(path.join(dir, 'content/guides', `${g.id}.mdx`), guideMdx(g));
    const sample = guides[Math.floor(pages / 2)].id;
    const result = await runBuilds({
      runs,
      label: `ours ${pages}`,
      prepare: () => {
        for (const d of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) fs.rmSync(path.join(dir, d), { recursive: true, force: true });
      },
      command: process.execPath,
      args: ['scripts/build/build.mjs'],
      cwd: dir,
      samplePath: `/guides/${sample}/`,
      log,
    });
    return { ...result, synthetic: pages, realGuides: idsIn('guides').length, words: averageWords(guides), dir: keep ? dir : null };
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

const averageWords = (guides) => Math.round(guides.reduce((n, g) => n + g.body.split(/\s+/).filter((w) => /[\u0600-\u06FF]/.test(w)).length, 0) / guides.length);

// ---------------------------------------------------------------------------------------------------------
// Starlight

/** Installs the pinned astro + Starlight once into the cache folder; later runs reuse it. */
export function installStarlight({ log = console.log } = {}) {
  const dir = cacheDir('bench-starlight');
  const pkgFile = path.join(dir, 'package.json');
  const pkg = { name: 'bench-starlight', private: true, type: 'module', dependencies: STARLIGHT_VERSIONS };
  const installed = (name) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return null;
    }
  };
  if (Object.entries(STARLIGHT_VERSIONS).every(([name, v]) => installed(name) === v)) return dir;
  log(`  installing ${Object.entries(STARLIGHT_VERSIONS).map(([n, v]) => `${n}@${v}`).join(' ')} into ${path.relative(ROOT, dir) || dir} …`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  if (npm.status !== 0) throw new Error(`npm install in ${dir} failed`);
  return dir;
}

const STARLIGHT_CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://bench.example',
  integrations: [
    starlight({
      title: 'دليل العمل الحر',
      defaultLocale: 'root',
      locales: { root: { label: 'العربية', lang: 'ar', dir: 'rtl' } },
    }),
  ],
});
`;
const STARLIGHT_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
`;

/** Builds the same N synthetic guides (title and description only) as a Starlight site, with its defaults. */
export async function benchStarlight({ pages, runs = 1, keep = false, log = console.log } = {}) {
  const installDir = installStarlight({ log });
  // A real copy of the installed packages (not a symlink, not a parent folder's node_modules): otherwise Vite
  // resolves Starlight's components to paths Astro's compiler does not recognise and the build fails.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-starlight-${pages}-`));
  try {
    fs.cpSync(path.join(installDir, 'node_modules'), path.join(dir, 'node_modules'), { recursive: true });
    // The dependencies must be listed: Astro bundles (rather than leaves to Node) the packages a project's
    // package.json names that build on Astro. Without them Starlight's middleware is loaded by Node, which cannot
    // import \`astro:content\`, and the build fails on the first page.
    const pkg = { name: 'bench-starlight-site', private: true, type: 'module', dependencies: STARLIGHT_VERSIONS };
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
    fs.writeFileSync(path.join(dir, 'astro.config.mjs'), STARLIGHT_CONFIG);
    fs.mkdirSync(path.join(dir, 'src/content/docs/guides'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'src/content.config.ts'), STARLIGHT_CONTENT_CONFIG);
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/strict' }) + '\n');
    // Same generator and seed as our site: the guides' bodies are identical; links are rewritten to resolve.
    const guides = syntheticGuides(pages, { realGuides: [], sources: ['x'] });
    for (const g of guides) fs.writeFileSync(path.join(dir, 'src/content/docs/guides', `${g.id}.mdx`), guideMdx(g, ['title', 'description']));
    const sample = guides[Math.floor(pages / 2)].id;
    const result = await runBuilds({
      runs,
      label: `starlight ${pages}`,
      prepare: () => {
        for (const d of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) fs.rmSync(path.join(dir, d), { recursive: true, force: true });
      },
      command: process.execPath,
      args: [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
      cwd: dir,
      samplePath: `/guides/${sample}/`,
      log,
    });
    return { ...result, synthetic: pages, realGuides: 0, words: averageWords(guides), dir: keep ? dir : null };
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Report

export const mb = (n) => (n == null ? '—' : `${(n / 2 ** 20).toFixed(0)} MB`);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

/** Side-by-side table of bench results (one column each); the last column is a ratio when `ratio` is given. */
export function formatResults(results, { ratio } = {}) {
  const rows = [
    ['guides (synthetic + real)', (r) => `${r.synthetic} + ${r.realGuides}`],
    ['HTML pages built', (r) => String(r.pages)],
    ['build time (wall)', (r) => `${r.seconds.toFixed(1)} s` + (r.runs > 1 ? ` (median of ${r.runs})` : ''), (r) => r.seconds],
    ['  of which Pagefind', (r) => (r.pagefindSeconds == null ? '—' : `${r.pagefindSeconds.toFixed(1)} s`), (r) => r.pagefindSeconds],
    ['pages per second', (r) => (r.pages / r.seconds).toFixed(0), (r) => r.pages / r.seconds],
    ['ms per page', (r) => ((r.seconds * 1000) / r.pages).toFixed(1), (r) => r.seconds / r.pages],
    ['peak RSS, process tree', (r) => mb(r.peakTree), (r) => r.peakTree],
    ['peak RSS, largest process', (r) => mb(r.peakProcess), (r) => r.peakProcess],
    ['dist size', (r) => `${(r.distBytes / 2 ** 20).toFixed(1)} MB`, (r) => r.distBytes],
    ['  Pagefind index', (r) => `${(r.pagefindBytes / 2 ** 20).toFixed(1)} MB`, (r) => r.pagefindBytes],
    ['one guide: HTML gz', (r) => kb(r.sample.html), (r) => r.sample.html],
    ['one guide: HTML raw', (r) => kb(r.sample.htmlRaw), (r) => r.sample.htmlRaw],
    ['one guide: CSS gz', (r) => kb(r.sample.css), (r) => r.sample.css],
    ['one guide: JS gz', (r) => kb(r.sample.js), (r) => r.sample.js],
    ['one guide: total gz', (r) => kb(r.sample.html + r.sample.css + r.sample.js), (r) => r.sample.html + r.sample.css + r.sample.js],
  ];
  const header = ['', ...results.map((r) => r.label), ...(ratio ? [ratio.title] : [])];
  const body = rows.map(([name, cell, value]) => {
    const cells = [name, ...results.map(cell)];
    if (ratio) {
      const [a, b] = ratio.columns.map((i) => value?.(results[i]));
      cells.push(a && b ? `${(b / a).toFixed(2)}×` : '');
    }
    return cells;
  });
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => String(row[i]).length)));
  const line = (row) => row.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('   ');
  return [line(header), ...body.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Command line

function parseArgs(argv) {
  const opts = { pages: [1000], starlight: [], runs: 1, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    const list = () => value().split(',').filter(Boolean).map(Number);
    if (a.startsWith('--pages') || a.startsWith('--sizes')) opts.pages = list();
    else if (a.startsWith('--starlight')) opts.starlight = list();
    else if (a.startsWith('--runs')) opts.runs = Number(value());
    else if (a === '--keep') opts.keep = true;
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

/** Runs the synthetic benches and prints our sizes side by side, then ours vs Starlight at each Starlight size. */
export async function runSyntheticBench({ pages = [1000, 10000], starlight = [1000], runs = 1, keep = false, log = console.log } = {}) {
  const ours = [];
  for (const n of pages) {
    log(`\nsynthetic site, ${n} guides: building…`);
    ours.push(await benchOurs({ pages: n, runs, keep, log }));
  }
  if (ours.length) {
    log(`\n== our build, synthetic guides ==`);
    log(formatResults(ours, ours.length > 1 ? { ratio: { title: 'last/first', columns: [0, ours.length - 1] } } : undefined));
    if (ours.length > 1) {
      const [a, b] = [ours[0], ours.at(-1)];
      const perPage = (r) => (r.seconds * 1000) / r.pages;
      log(`per-page build cost: ${perPage(a).toFixed(1)} ms at ${a.pages} pages, ${perPage(b).toFixed(1)} ms at ${b.pages} pages (${(perPage(b) / perPage(a)).toFixed(2)}×; 1.00× is flat)`);
    }
  }
  for (const n of starlight) {
    log(`\nStarlight, ${n} guides: building…`);
    let theirs;
    try {
      theirs = await benchStarlight({ pages: n, runs, keep, log });
    } catch (error) {
      // Reported, not fatal: the rest of the benchmark still prints.
      const message = error instanceof Error ? error.message : String(error);
      log(`  Starlight could not be built here: ${message.split('\n')[0]}`);
      log(`  ${message.split('\n').find((l) => /\[ERROR\]/.test(l)) ?? ''}`);
      const mine = ours.find((r) => r.synthetic === n);
      if (mine && n === 1000) log(`  For reference only (measured by the issue's author, not here): Starlight 0.42 built 1,000 such pages in 34.5 s with a 1.5 GB peak; ours took ${mine.seconds.toFixed(1)} s with a ${mb(mine.peakTree)} peak (${(34.5 / mine.seconds).toFixed(2)}× faster).`);
      continue;
    }
    const mine = ours.find((r) => r.synthetic === n) ?? (await benchOurs({ pages: n, runs, keep, log }));
    log(`\n== ${n} synthetic guides: ours vs Starlight ${STARLIGHT_VERSIONS['@astrojs/starlight']} ==`);
    log(formatResults([mine, theirs], { ratio: { title: 'Starlight/ours', columns: [0, 1] } }));
  }
  return ours;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const opts = parseArgs(process.argv.slice(2));
  await runSyntheticBench(opts);
}
