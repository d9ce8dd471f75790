/**
 * Which built pages a costly browser check visits when pages share a template: the fewest pages that, together,
 * show every kind of element the template's pages show, read from the built HTML.
 */
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(__dirname, '../../dist');

/** Every URL path of the built sitemap. */
export function sitemapPaths(): string[] {
  return fs
    .readdirSync(dist)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) =>
      [...fs.readFileSync(path.join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1]!).pathname,
      ),
    );
}

/**
 * The attributes the built stylesheets select on, as name → whether the value matters (`[data-state=done]`) or only
 * the presence (`[title]`). The theme is the same for every element of a page, and an element styled by its id is
 * one of a kind wherever it is, so neither sets a kind apart.
 */
function styledAttributes(): Map<string, boolean> {
  const dir = path.join(dist, '_astro');
  const css = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  const attributes = new Map<string, boolean>();
  for (const [, name, operator] of css.matchAll(/\[([a-z][a-z-]*)([\]=~|^$*])/g))
    attributes.set(name!, attributes.get(name!) === true || operator !== ']');
  attributes.delete('data-theme');
  attributes.delete('id');
  return attributes;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * The kinds of element a page shows, as its styles see them, each inside the kind of its parent (a link inside a
 * callout is drawn on the callout's background): an element's kind is its tag with its classes and the attributes
 * the stylesheets select on. Two elements of one kind in parents of one kind are drawn with the same colours.
 */
export function elementKinds(html: string, attributes: Map<string, boolean>): Set<string> {
  const kinds = new Set<string>();
  const open = ['body'];
  const tags = html.slice(html.indexOf('<body') + 5).matchAll(/<(\/?)([a-z][a-z0-9-]*)\b([^>]*)>/g);
  for (const [, closing, tag, attrs = ''] of tags) {
    if (closing) {
      const at = open.findLastIndex((kind) => kind.split(' ')[0] === tag);
      if (at > 0) open.length = at;
      continue;
    }
    const parts = [tag!];
    for (const [, name, value = ''] of attrs.matchAll(/([a-z][\w:-]*)(?:="([^"]*)")?/g)) {
      if (name === 'class') parts.push(...value.split(/\s+/).filter(Boolean).sort());
      else if (attributes.has(name!)) parts.push(attributes.get(name!) ? `[${name}=${value}]` : `[${name}]`);
    }
    const kind = parts.join(' ');
    kinds.add(`${open.at(-1)} > ${kind}`);
    if (!VOID.has(tag!) && !attrs.endsWith('/')) open.push(kind);
  }
  return kinds;
}

/**
 * A page's template, from its address: a page under a section shares its section's (/guides/a/ and /guides/b/
 * are `/guides/*​/`); a top-level page (/, /guides/, /tools/) is its own.
 */
export const templateOf = (urlPath: string) =>
  urlPath.split('/').length > 3 ? urlPath.replace(/[^/]+\/$/, '*/') : urlPath;

/**
 * A greedy cover of `urlPaths`: at least one page per template, then pages until every element kind of every
 * page is shown by a chosen one, taking each time the page that adds the most kinds not yet shown.
 */
export function coveringSample(urlPaths: string[]): string[] {
  const attributes = styledAttributes();
  const kinds = new Map(
    urlPaths.map((u) => {
      const html = fs.readFileSync(path.join(dist, u, 'index.html'), 'utf8');
      return [u, new Set([`template ${templateOf(u)}`, ...elementKinds(html, attributes)])] as const;
    }),
  );
  const missing = new Set([...kinds.values()].flatMap((k) => [...k]));
  const chosen: string[] = [];
  while (missing.size > 0) {
    let best = '';
    let gain = 0;
    for (const [u, k] of kinds) {
      const adds = [...k].filter((kind) => missing.has(kind)).length;
      if (adds > gain) [best, gain] = [u, adds];
    }
    chosen.push(best);
    for (const kind of kinds.get(best)!) missing.delete(kind);
  }
  return urlPaths.filter((u) => chosen.includes(u));
}
