// Starlight: astro and @astrojs/starlight (exact versions below) are installed once into a cache folder
// (.cache/bench-starlight, or $BENCH_CACHE_DIR/bench-starlight), never into the project; the same N guides,
// with only title and description, are built as an Arabic RTL Starlight site (which runs Pagefind itself).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { averageWords, guideMdx, syntheticGuides } from './guides.mjs';
import { runBuilds } from './measure.mjs';

/** The project root (scripts/bench/synthetic/ is three levels down). */
const ROOT = path.resolve(import.meta.dirname, '../../..');
export const STARLIGHT_VERSIONS = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' };

export const cacheDir = (name) =>
  path.join(process.env.BENCH_CACHE_DIR ? path.resolve(process.env.BENCH_CACHE_DIR) : path.join(ROOT, '.cache'), name);

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
  log(
    `  installing ${Object.entries(STARLIGHT_VERSIONS)
      .map(([n, v]) => `${n}@${v}`)
      .join(' ')} into ${path.relative(ROOT, dir) || dir} …`,
  );
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', '--loglevel=error'], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
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
    for (const g of guides)
      fs.writeFileSync(path.join(dir, 'src/content/docs/guides', `${g.id}.mdx`), guideMdx(g, ['title', 'description']));
    const sample = guides[Math.floor(pages / 2)].id;
    const result = await runBuilds({
      runs,
      label: `starlight ${pages}`,
      prepare: () => {
        for (const d of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
          fs.rmSync(path.join(dir, d), { recursive: true, force: true });
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
