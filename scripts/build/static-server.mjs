// A small static file server for dist/: what `npm start` serves and what the browser tests drive.
// No dependency, so a fresh clone needs nothing beyond `npm ci`.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Maps a URL path to a file in root, or null when there is none (never escapes root). */
export function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const full = path.join(root, path.normalize(decoded));
  if (!full.startsWith(root)) return null;
  for (const candidate of [full, path.join(full, 'index.html')]) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next candidate */
    }
  }
  return null;
}

/** Text types a static host compresses; fonts, images and Pagefind's own gzipped files are sent as they are. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

/**
 * `gzip: true` compresses text responses for clients that accept it, as Netlify, Cloudflare Pages or nginx with
 * `gzip on` do: Lighthouse's simulated mobile network then sees the bytes a reader downloads.
 */
export function startServer({ root = path.resolve('dist'), port = 4321, host = '127.0.0.1', gzip = false } = {}) {
  const absRoot = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const pathname = url.split('?')[0];
    // Directory URLs without their trailing slash redirect, as static hosts do.
    if (!pathname.endsWith('/') && !path.extname(pathname) && resolveFile(absRoot, pathname + '/')) {
      res.writeHead(301, { Location: pathname + '/' + url.slice(pathname.length) });
      res.end();
      return;
    }
    const file = resolveFile(absRoot, pathname);
    const status = file ? 200 : 404;
    const body = file ?? path.join(absRoot, '404.html');
    const type = TYPES[path.extname(body)] ?? 'application/octet-stream';
    const hashed = pathname.startsWith('/_astro/');
    const compress = gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    if (req.method === 'HEAD') return res.end();
    const stream = fs.createReadStream(body).on('error', () => res.end());
    (compress ? stream.pipe(zlib.createGzip()) : stream).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve('dist');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error('dist/ has no site yet: run `npm run build` (or `npm start`, which builds first).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4321);
  const server = await startServer({ root, port, host: process.env.HOST ?? 'localhost' });
  console.log(`Serving dist/ on http://localhost:${server.address().port}/  (Ctrl+C to stop)`);
}
