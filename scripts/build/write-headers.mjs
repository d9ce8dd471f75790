// Response headers for static hosts, generated from the built site: the Content Security Policy as a header, a
// second policy with frame-ancestors (which a <meta> policy cannot carry) on every route but /embed/, the other
// security headers, and cache lifetimes.
// The build writes dist/_headers (Netlify, Cloudflare Pages); `node scripts/build/write-headers.mjs --nginx [dist]`
// prints the same rules for nginx. Generated rather than kept in public/ because Astro's script and style
// hashes change with the code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const NO_CACHE = 'no-cache';

/** Headers every response gets, besides the policy. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // Readers follow links to platforms and sources; which guide they came from stays with them.
  'Referrer-Policy': 'no-referrer',
  // Nothing here uses these; clipboard stays allowed for the "copy link" buttons.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
};

/**
 * Routes other sites may put in an iframe: the embeddable calculator (src/pages/embed/). Everywhere else a second
 * policy forbids framing. Two policies on one response are both enforced, so the site-wide one (on `/*`) never
 * needs to be taken back, which hosts do differently (`_headers` has no "all but"): the framing rules list the
 * site's routes instead, generated from the built folders.
 */
export const EMBED_PREFIX = '/embed/';
export const NO_FRAMING = { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };
export const EMBED_FRAMING = { 'Content-Security-Policy': 'frame-ancestors *' };

/** Pagefind folders whose file names carry a content hash. */
const PAGEFIND_HASHED_DIRS = ['index', 'fragment', 'filter'];
/** Files at fixed names that must be checked on every visit (the service worker above all). */
const FIXED_NAMES = ['/sw.js', '/manifest.webmanifest'];

function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

/**
 * One policy for the whole site: the union, directive by directive, of every page's <meta> policy (each
 * page's hashes stay allowed; a page's own <meta> still narrows it to its own). Framing is a second policy
 * (`framingRules`).
 */
export function sitePolicy(distDir) {
  /** @type {Map<string, string[]>} */
  const directives = new Map();
  const pages = htmlFiles(distDir);
  for (const file of pages) {
    const html = fs.readFileSync(file, 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    if (!meta)
      throw new Error(
        `${path.relative(distDir, file)} has no content-security-policy <meta>: is security.csp still set in astro.config.mjs?`,
      );
    for (const directive of meta.replace(/&#39;/g, "'").split(';')) {
      const [name, ...values] = directive.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? [];
      for (const v of values) if (!known.includes(v)) known.push(v);
      directives.set(name, known);
    }
  }
  if (!pages.length) throw new Error(`${distDir} has no HTML pages: build the site first.`);
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/**
 * Framing by route: forbidden on the home page, the 404 page and every top-level folder of the built site that
 * holds pages, allowed on /embed/. Patterns never overlap, so no host has to choose between two of them.
 */
export function framingRules(distDir) {
  const embed = EMBED_PREFIX.slice(1, -1);
  const folders = fs
    .readdirSync(distDir, { withFileTypes: true })
    .filter(
      (e) =>
        e.isDirectory() && e.name !== embed && e.name !== 'pagefind' && htmlFiles(path.join(distDir, e.name)).length,
    )
    .map((e) => e.name)
    .sort();
  return [
    ...['/', '/index.html', '/404.html', ...folders.map((f) => `/${f}/*`)].map((p) => [p, NO_FRAMING]),
    ...(fs.existsSync(path.join(distDir, embed)) ? [[`${EMBED_PREFIX}*`, EMBED_FRAMING]] : []),
  ];
}

/** Cache-Control by URL path, most specific first; pagefind's top-level files are listed by name. */
export function cacheRules(distDir) {
  const rules = [['/_astro/*', IMMUTABLE], ...PAGEFIND_HASHED_DIRS.map((d) => [`/pagefind/${d}/*`, IMMUTABLE])];
  const pagefind = path.join(distDir, 'pagefind');
  if (fs.existsSync(pagefind)) {
    for (const e of fs.readdirSync(pagefind, { withFileTypes: true })) {
      if (e.isFile()) rules.push([`/pagefind/${e.name}`, e.name.endsWith('.pf_meta') ? IMMUTABLE : NO_CACHE]);
    }
  }
  for (const name of FIXED_NAMES) rules.push([name, NO_CACHE]);
  return rules;
}

/** The `_headers` file Netlify and Cloudflare Pages read from the published folder. */
export function headersFile(distDir) {
  const block = (pattern, headers) => [pattern, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return (
    [
      [
        '# Generated by scripts/build/write-headers.mjs from the built pages; do not edit.',
        '# Pages keep the host default Cache-Control (max-age=0, must-revalidate: checked on every visit). A',
        '# Cache-Control on /* would be joined to the immutable one below on Cloudflare Pages instead of replaced.',
      ].join('\n'),
      block('/*', { 'Content-Security-Policy': sitePolicy(distDir), ...SECURITY_HEADERS }),
      ...framingRules(distDir).map(([pattern, headers]) => block(pattern, headers)),
      ...cacheRules(distDir).map(([pattern, value]) => block(pattern, { 'Cache-Control': value })),
    ].join('\n\n') + '\n'
  );
}

/** Stands for the policy in the README's copy of the nginx snippet, which does not change with every build. */
export const POLICY_PLACEHOLDER = '<the Content-Security-Policy line of dist/_headers>';

/** The same rules for nginx: a `map` for the http block and the lines for the site's server block. */
export function nginxSnippet(policy) {
  const q = (v) => `"${v.replace(/"/g, '\\"')}"`;
  return (
    [
      '# In the http block: how long browsers keep each file. Hashed names never change; the rest is revalidated.',
      'map $uri $dalil_cache_control {',
      ...[
        ['default', NO_CACHE],
        ['~^/_astro/', IMMUTABLE],
        [`~^/pagefind/(${PAGEFIND_HASHED_DIRS.join('|')})/`, IMMUTABLE],
        ['~^/pagefind/[^/]+\\.pf_meta$', IMMUTABLE],
      ].map(([match, value]) => `    ${match.padEnd(40)}${q(value)};`),
      '}',
      '# Only /embed/ may be framed by other sites: a second policy forbids it everywhere else (an empty value',
      '# sends no header).',
      'map $uri $dalil_framing {',
      `    ${'default'.padEnd(40)}${q(NO_FRAMING['Content-Security-Policy'])};`,
      `    ${`~^${EMBED_PREFIX}`.padEnd(40)}${q(EMBED_FRAMING['Content-Security-Policy'])};`,
      '}',
      'map $uri $dalil_frame_options {',
      `    ${'default'.padEnd(40)}${q(NO_FRAMING['X-Frame-Options'])};`,
      `    ${`~^${EMBED_PREFIX}`.padEnd(40)}"";`,
      '}',
      '',
      '# In the server block, with root pointing at dist/.',
      'index index.html;',
      'error_page 404 /404.html;',
      'location / { try_files $uri $uri/ =404; }',
      'location = /_headers { return 404; }',
      '# Not on error responses, so a mistyped asset URL is not cached for a year.',
      'add_header Cache-Control $dalil_cache_control;',
      `add_header Content-Security-Policy ${q(policy)} always;`,
      'add_header Content-Security-Policy $dalil_framing always;',
      'add_header X-Frame-Options $dalil_frame_options always;',
      ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `add_header ${k} ${q(v)} always;`),
    ].join('\n') + '\n'
  );
}

/** Writes `_headers` (into the built site unless told otherwise) and returns its path. */
export function writeHeaders(distDir = 'dist', outFile = path.join(distDir, '_headers')) {
  fs.writeFileSync(outFile, headersFile(distDir));
  return outFile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const distDir = args.find((a) => !a.startsWith('--')) ?? 'dist';
  if (args.includes('--nginx')) process.stdout.write(nginxSnippet(sitePolicy(distDir)));
  else console.log(`Wrote ${writeHeaders(distDir)}`);
}
