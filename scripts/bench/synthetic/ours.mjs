// Our site: the project's build inputs (src/, public/, scripts/, config/, the config files, real content/) are
// copied to a temp folder; the real guides stay (the path, checklists and glossary reference every one of them)
// and N synthetic guides are added, with frontmatter that satisfies the real schema. Then the real
// `node scripts/build/build.mjs` runs there, with Node's default heap and cold caches.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { averageWords, guideMdx, syntheticGuides } from './guides.mjs';
import { runBuilds } from './measure.mjs';

/** The project root (scripts/bench/synthetic/ is three levels down). */
const ROOT = path.resolve(import.meta.dirname, '../../..');
/**
 * What our build reads. Add to this list when the build grows a new input at the top level (as does the copy in
 * tests/browser/fixture-sites.ts).
 */
const BUILD_INPUTS = ['src', 'public', 'scripts', 'config', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

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

const idsIn = (dir) =>
  fs
    .readdirSync(path.join(ROOT, 'content', dir))
    .filter((f) => !f.startsWith('_') && /\.(mdx|ya?ml)$/.test(f))
    .map((f) => f.replace(/\.[^.]+$/, ''));

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
        // The share cards' cache too: the measured builds draw every card (cold).
        for (const d of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', '.cache/cards'])
          fs.rmSync(path.join(dir, d), { recursive: true, force: true });
      },
      command: process.execPath,
      args: ['scripts/build/build.mjs'],
      cwd: dir,
      samplePath: `/guides/${sample}/`,
      log,
    });
    // The cards step again over the same pages with the cache the build filled: what an unchanged site's next
    // build spends on cards.
    fs.rmSync(path.join(dir, 'dist/og'), { recursive: true, force: true });
    const again = spawnSync(process.execPath, ['scripts/build/cards.mjs', 'dist'], { cwd: dir, encoding: 'utf8' });
    if (again.status !== 0) throw new Error(`ours ${pages}: the cached cards step failed\n${again.stderr}`);
    const cardsCached = JSON.parse(again.stdout.trim().split('\n').at(-1));
    return {
      ...result,
      cardsCached,
      synthetic: pages,
      realGuides: idsIn('guides').length,
      words: averageWords(guides),
      dir: keep ? dir : null,
    };
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}
