/** Deploy headers (scripts/build/write-headers.mjs), generated here into a temporary file from the built pages. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POLICY_PLACEHOLDER, nginxSnippet, writeHeaders } from '../../scripts/build/write-headers.mjs';
import { parseHeadersFile } from '../../scripts/build/static-server.mjs';
import { dist, htmlFiles, read, urlPathOf } from './site-files';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'headers-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const text = fs.readFileSync(writeHeaders(dist, path.join(tmp, '_headers')), 'utf8');

/** `_headers` as rules in file order: a path pattern, then its indented `Name: value` lines. */
const rules: { pattern: string; headers: Map<string, string> }[] = [];
for (const line of text.split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  if (line.startsWith('/')) rules.push({ pattern: line.trim(), headers: new Map() });
  else {
    const [, name, value] = /^\s+([\w-]+):\s*(.+)$/.exec(line) ?? [];
    expect(name, `malformed line: ${line}`).toBeDefined();
    rules.at(-1)!.headers.set(name!, value!);
  }
}
const rule = (pattern: string) => rules.find((r) => r.pattern === pattern)?.headers ?? new Map<string, string>();

/** A policy as directive name → source tokens. */
const parse = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));

describe('_headers for Netlify and Cloudflare Pages', () => {
  const all = rule('/*');
  const policy = parse(all.get('Content-Security-Policy') ?? '');

  it('sends a policy on every path that allows every hash and source of every page’s <meta> policy', () => {
    const pages = htmlFiles();
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(read(file))?.[1];
      expect(meta, `${urlPathOf(file)} has no policy <meta>`).toBeDefined();
      for (const [name, values] of parse(meta!)) {
        for (const v of values) expect(policy.get(name) ?? [], `${urlPathOf(file)}: ${name} ${v}`).toContain(v);
      }
    }
    expect(policy.get('script-src')!.some((v) => v.startsWith("'sha256-"))).toBe(true);
  });

  it('forbids framing on every page but /embed/, which other sites may frame', () => {
    // The site-wide policy leaves framing to the routes' own second policy (two policies are both enforced).
    expect(policy.has('frame-ancestors')).toBe(false);
    expect(all.has('X-Frame-Options')).toBe(false);
    const parsed = parseHeadersFile(text);
    /** Every header value the rules give a path, as the hosts (and the static server) join them. */
    const headersFor = (urlPath: string) => {
      const got = new Map<string, string[]>();
      for (const r of parsed.filter((x) => x.pattern.test(urlPath)))
        for (const [name, value] of r.headers) got.set(name, [...(got.get(name) ?? []), value]);
      return got;
    };
    const pages = htmlFiles().map(urlPathOf);
    expect(pages).toContain('/embed/pricing/');
    for (const page of [...pages, '/404.html', '/index.html']) {
      const got = headersFor(page);
      const framing = (got.get('Content-Security-Policy') ?? []).flatMap((p) => parse(p).get('frame-ancestors') ?? []);
      if (page.startsWith('/embed/')) {
        expect(framing, page).toEqual(['*']);
        expect(got.has('X-Frame-Options'), page).toBe(false);
      } else {
        expect(framing, page).toEqual(["'none'"]);
        expect(got.get('X-Frame-Options'), page).toEqual(['DENY']);
      }
    }
  });

  it('allows no inline code or eval beyond the hashes', () => {
    const sources = [...policy.values()].flat();
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
  });

  it('sends the other security headers everywhere', () => {
    expect(all.get('X-Content-Type-Options')).toBe('nosniff');
    expect(all.get('Referrer-Policy')).toMatch(/^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/);
    expect(all.get('Permissions-Policy')).toMatch(/camera=\(\)/);
  });

  it('caches hashed files for a year and revalidates the files with fixed names', () => {
    const immutable = /^public, max-age=31536000, immutable$/;
    expect(rule('/_astro/*').get('Cache-Control')).toMatch(immutable);
    for (const dir of ['index', 'fragment', 'filter']) expect(rule(`/pagefind/${dir}/*`).get('Cache-Control'), dir).toMatch(immutable);
    const pagefind = fs.readdirSync(path.join(dist, 'pagefind'));
    for (const meta of pagefind.filter((f) => f.endsWith('.pf_meta'))) expect(rule(`/pagefind/${meta}`).get('Cache-Control'), meta).toMatch(immutable);
    const fixed = pagefind.filter((f) => /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\..+\.pagefind)$/.test(f));
    expect(fixed).toContain('pagefind.js');
    for (const name of [...fixed.map((f) => `/pagefind/${f}`), '/sw.js', '/manifest.webmanifest']) expect(rule(name).get('Cache-Control'), name).toBe('no-cache');
  });

  it('sets Cache-Control once per path: hosts join or override values when two matching rules set it', () => {
    // /* must not carry it; the other patterns are prefixes or exact names that never overlap.
    expect(all.has('Cache-Control')).toBe(false);
    const cached = rules.filter((r) => r.headers.has('Cache-Control')).map((r) => r.pattern);
    for (const a of cached) {
      for (const b of cached) if (a !== b && a.endsWith('/*')) expect(b.startsWith(a.slice(0, -1)), `${a} and ${b} overlap`).toBe(false);
    }
  });

  it('stays within Cloudflare Pages’ limits (100 rules, 2,000 characters a line)', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of text.split('\n')) expect(line.length, line.slice(0, 60)).toBeLessThanOrEqual(2000);
  });
});

describe('nginx snippet in the README', () => {
  it('matches the generator (nginxSnippet(POLICY_PLACEHOLDER) in scripts/build/write-headers.mjs): update the README if not', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(nginxSnippet(POLICY_PLACEHOLDER));
  });
});
