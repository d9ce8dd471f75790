// `npm run build`: Astro's build, each page's module scripts moved into its head, the Pagefind index over
// dist/, the service worker that precaches it, dist/_headers for static hosts, and the share cards (dist/og/).
// Astro only logs some content problems (a reference to an entry that does not exist) and
// still exits 0; any [ERROR] line it prints fails our build so broken content never ships.
// One build id ties a deploy together: the pages ask Pagefind for `pagefind-entry.json?ts=<id>` and the
// service worker precaches exactly that URL, so old and new index files are never mixed.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { writeCards } from './cards.mjs';
import { moveModuleScriptsInDist } from './scripts-in-head.mjs';
import { buildSearchIndex } from './search-index.mjs';
import { writeServiceWorker } from './service-worker.mjs';
import { writeHeaders } from './write-headers.mjs';

const bin = (name) => path.resolve('node_modules/.bin', name);
const dist = path.resolve('dist');
const buildId = process.env.PUBLIC_BUILD_ID || `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PUBLIC_BUILD_ID: buildId },
    });
    const errors = [];
    const watch = (stream, out) =>
      stream.on('data', (chunk) => {
        out.write(chunk);
        for (const line of chunk.toString().split('\n')) if (/\[ERROR\]/.test(line)) errors.push(line.trim());
      });
    watch(child.stdout, process.stdout);
    watch(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, errors }));
  });
}

const astro = await run(bin('astro'), ['build']);
if (astro.code !== 0) process.exit(astro.code);
if (astro.errors.length) {
  console.error(`\nBuild failed: Astro logged ${astro.errors.length} error(s):\n  ${astro.errors.join('\n  ')}`);
  process.exit(1);
}
try {
  console.log(`module scripts moved into the head of ${moveModuleScriptsInDist(dist)} pages`);
  const started = performance.now();
  const { pages, records, words } = await buildSearchIndex(dist);
  console.log(
    `search index: ${pages} pages and ${records} glossary terms (${words} words for "did you mean") in ${Math.round(performance.now() - started)} ms`,
  );
  const sw = await writeServiceWorker(dist, buildId);
  console.log(`service worker: ${sw.count} files precached (${(sw.size / 1024).toFixed(1)} kB), build ${buildId}`);
  // Headers for static hosts (Netlify, Cloudflare Pages): the CSP with every page's hashes, caching rules.
  writeHeaders(dist);
  // Share cards for link previews, drawn only when a page's title or the drawing changed (.cache/cards/).
  const cards = await writeCards(dist);
  console.log(
    `share cards: ${cards.count} (${cards.drawn} drawn, ${cards.reused} from the cache, ${(cards.bytes / 1024).toFixed(0)} kB) in ${cards.ms} ms`,
  );
} catch (error) {
  console.error(`\nBuild failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
