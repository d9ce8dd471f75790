// What a first visit to one built page downloads, gzipped, by kind. Shared by `npm run bench` and the
// budget tests. JavaScript counts inline scripts, script files, and each island's component (`data-island`,
// which the page's script imports when the island comes into view: src/islands/shared/hydrate-when-visible.ts)
// and its hydration, with every module they import statically (other dynamic imports load only when used, so
// they are left out).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buffer) => gzipSync(buffer).length;

/** Static imports of an ES module file in dist/_astro: `from"./x.js"` and bare `import"./x.js"`. */
function staticImports(dist, file) {
  const code = fs.readFileSync(path.join(dist, file), 'utf8');
  const dir = path.posix.dirname(file);
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) =>
    path.posix.join(dir, m[1]),
  );
}

export function pageWeight(dist, urlPath) {
  const file = path.join(dist, urlPath, urlPath.endsWith('.html') ? '' : 'index.html');
  const html = fs.readFileSync(file, 'utf8');
  const cost = {
    html: gz(fs.readFileSync(file)),
    css: 0,
    js: 0,
    fonts: 0,
    firstVisit: 0,
    repeatVisit: 0,
    jsFiles: /** @type {string[]} */ ([]),
  };
  const styles = [];
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
    const css = fs.readFileSync(path.join(dist, href));
    cost.css += gz(css);
    styles.push(css.toString());
  }
  for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    cost.css += gz(Buffer.from(css));
    styles.push(css);
  }
  // Web fonts (already compressed, counted as they are): every woff2 the page's styles declare; each weight is drawn.
  const fonts = new Set(styles.flatMap((css) => [...css.matchAll(/url\(["']?([^"')]+\.woff2)/g)].map((m) => m[1])));
  for (const font of fonts) cost.fonts += fs.statSync(path.join(dist, font)).size;
  const modules = new Set();
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) modules.add(src.replace(/^\//, ''));
    // An island's props (`type="application/json"`) are data, counted with the HTML, never run.
    else if (!/\stype="application\/json"/.test(attrs)) cost.js += gz(Buffer.from(body));
  }
  const queue = [...modules].filter((m) => m.endsWith('.js') && fs.existsSync(path.join(dist, m)));
  // An island's component, which the page's script imports by name (`import("./GoalPlanner.<hash>.js")`), and the
  // hydration the island loader imports with it (`import("./hydrate-island.<hash>.js")`).
  const islands = [...html.matchAll(/\sdata-island="([\w-]+)"/g)].map((m) => m[1]);
  const loadedWhenVisible = (file) =>
    islands.length > 0 &&
    ['hydrate-island', ...islands].some((name) => path.posix.basename(file).startsWith(`${name}.`));
  const seen = new Set();
  while (queue.length) {
    const m = queue.pop();
    if (seen.has(m)) continue;
    seen.add(m);
    queue.push(...staticImports(dist, m));
    const code = fs.readFileSync(path.join(dist, m), 'utf8');
    for (const [, file] of code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
      if (loadedWhenVisible(file)) queue.push(path.posix.join(path.posix.dirname(m), file));
  }
  for (const m of seen) cost.js += gz(fs.readFileSync(path.join(dist, m)));
  cost.jsFiles = [...seen];
  /** First visit: everything. Repeat visit: the HTML only (styles, scripts and fonts have hashed, cached names). */
  cost.firstVisit = cost.html + cost.css + cost.js + cost.fonts;
  cost.repeatVisit = cost.html;
  return cost;
}
