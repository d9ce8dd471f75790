/** Reads the built site in dist/ for the checks in this folder. */
import fs from 'node:fs';
import path from 'node:path';

export const dist = path.resolve(__dirname, '../../dist');

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  throw new Error('dist/ has no built site: run `npm run build` before these checks.');
}

export function htmlFiles(dir = dist): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

/** Site URL path of a built HTML file: dist/guides/x/index.html → /guides/x/. */
export function urlPathOf(file: string): string {
  const rel = path.relative(dist, file).split(path.sep).join('/');
  return '/' + rel.replace(/index\.html$/, '');
}

export function read(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

/** URL paths listed in the sitemap. */
export function sitemapPaths(): string[] {
  const files = fs.readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  return files.flatMap((f) => [...read(path.join(dist, f)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}
