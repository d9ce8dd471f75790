// A small static file server for dist/: what `npm start` serves and what the browser tests drive.
// No dependency, so a fresh clone needs nothing beyond `npm ci`.
import http from 'node:http';
import http2 from 'node:http2';
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
 * The rules of a Netlify / Cloudflare Pages `_headers` file: a path pattern (`*` matches anything), then its
 * indented `Name: value` lines. Every rule whose pattern matches a path applies to it.
 * @param {string} text @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
      if (match && rules.length) rules.at(-1).headers.push([match[1], match[2]]);
    }
  }
  return rules;
}

/**
 * `gzip: true` compresses text responses for clients that accept it, as Netlify, Cloudflare Pages or nginx with
 * `gzip on` do: Lighthouse's simulated mobile network then sees the bytes a reader downloads. `deploy: true` also
 * applies root/_headers as those hosts do (their Cache-Control replaces the default below, `_headers` itself is not
 * served), with gzip: the responses and their caching are then what a reader gets from the real host.
 * Like those hosts, every file carries an ETag and a matching If-None-Match is answered 304 without a body.
 * `server.bytesSent()` is what the server has written to every connection so far (status lines, headers and
 * bodies, as sent, compressed or not), and `server.log` lists each response's path and bytes.
 * `tls: { key, cert }` serves HTTPS with HTTP/2 (and HTTP/1.1 for clients without it), as those hosts do; the
 * Lighthouse bench uses it so its simulated network carries the site as it is deployed.
 */
export function startServer({
  root = path.resolve('dist'),
  port = 4321,
  host = '127.0.0.1',
  gzip = false,
  deploy = false,
  tls = /** @type {{ key: string | Buffer, cert: string | Buffer } | undefined} */ (undefined),
} = {}) {
  const absRoot = path.resolve(root);
  const compressText = gzip || deploy;
  const headersFile = path.join(absRoot, '_headers');
  const rules = deploy && fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) : [];
  if (deploy && !rules.length) throw new Error(`${headersFile} has no rules: build the site first.`);
  /** @type {{ path: string, status: number, bytes: number }[]} */
  const log = [];
  const sockets = new Set();
  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  const handle = (req, res) => {
    const url = req.url ?? '/';
    const pathname = url.split('?')[0];
    const before = req.socket.bytesWritten;
    res.on('finish', () => log.push({ path: url, status: res.statusCode, bytes: req.socket.bytesWritten - before }));
    // Directory URLs without their trailing slash redirect, as static hosts do.
    if (!pathname.endsWith('/') && !path.extname(pathname) && resolveFile(absRoot, pathname + '/')) {
      res.writeHead(301, { Location: pathname + '/' + url.slice(pathname.length) });
      res.end();
      return;
    }
    const file = deploy && pathname === '/_headers' ? null : resolveFile(absRoot, pathname);
    const status = file ? 200 : 404;
    const body = file ?? path.join(absRoot, '404.html');
    const type = TYPES[path.extname(body)] ?? 'application/octet-stream';
    const hashed = pathname.startsWith('/_astro/');
    const compress = compressText && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const stat = fs.statSync(body);
    const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${compress ? '-gz' : ''}"`;
    /** @type {Record<string, string>} */
    const headers = {
      'Content-Type': type,
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: etag,
      ...(compressText && COMPRESSIBLE.test(type) ? { Vary: 'Accept-Encoding' } : {}),
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    };
    /** Headers set by an earlier matching rule: a later one adds its value, as Cloudflare Pages joins them. */
    const fromRules = new Set();
    for (const rule of rules) {
      if (!rule.pattern.test(pathname)) continue;
      // Rules for hashed files would put a year of caching on a 404 page; hosts send them on errors too, but
      // a missing file is not what these tests measure.
      for (const [name, value] of rule.headers) {
        if (status !== 200 && name === 'Cache-Control') continue;
        headers[name] = fromRules.has(name) ? `${headers[name]}, ${value}` : value;
        fromRules.add(name);
      }
    }
    if (status === 200 && req.headers['if-none-match'] === etag) {
      delete headers['Content-Type'];
      delete headers['Content-Encoding'];
      res.writeHead(304, headers);
      return res.end();
    }
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return res.end();
    const stream = fs.createReadStream(body).on('error', () => res.end());
    (compress ? stream.pipe(zlib.createGzip()) : stream).pipe(res);
  };
  const server = tls
    ? /** @type {http.Server} */ (
        /** @type {unknown} */ (http2.createSecureServer({ ...tls, allowHTTP1: true }, /** @type {any} */ (handle)))
      )
    : http.createServer(handle);
  server.on('connection', (socket) => sockets.add(socket));
  Object.assign(server, {
    log,
    bytesSent: () => [...sockets].reduce((n, socket) => n + socket.bytesWritten, 0),
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
  // Served as the deploy rules say (dist/_headers, compression), so what a reader's browser gets is what shows here.
  const server = await startServer({ root, port, host: process.env.HOST ?? 'localhost', deploy: true });
  console.log(`Serving dist/ on http://localhost:${server.address().port}/  (Ctrl+C to stop)`);
}
