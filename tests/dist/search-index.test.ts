import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, htmlFiles, read, urlPathOf } from './site-files';

const pages = htmlFiles().map((f) => ({ path: urlPathOf(f), html: read(f) }));
const kindOf = (html: string) => /name="pagefind-kind" data-pagefind-filter="النوع\[content\]" content="([^"]+)"/.exec(html)?.[1];

describe('search index', () => {
  it('was built by Pagefind into dist/pagefind/, without the prebuilt UI bundles the site does not use', () => {
    expect(fs.existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(fs.existsSync(path.join(dist, 'pagefind/pagefind-component-ui.js'))).toBe(false);
    expect(fs.existsSync(path.join(dist, 'pagefind/pagefind-ui.js'))).toBe(false);
  });

  it('holds one record per glossary term, and the build-only records file is not deployed', () => {
    const entry = JSON.parse(read(path.join(dist, 'pagefind/pagefind-entry.json'))) as { languages: Record<string, { page_count: number }> };
    const indexed = pages.filter((p) => /<main[^>]*data-pagefind-body/.test(p.html)).length;
    const terms = fs.readdirSync(path.resolve(dist, '../content/glossary')).filter((f) => f.endsWith('.yaml')).length;
    expect(entry.languages.ar?.page_count).toBe(indexed + terms);
    expect(fs.existsSync(path.join(dist, 'search/records.json'))).toBe(false);
  });

  it('ships the lexicon: synonym groups, glossary terms to suggest and popular guides', () => {
    const lexicon = JSON.parse(read(path.join(dist, 'search/lexicon.json'))) as { groups: string[][]; terms: { url: string }[]; popular: { url: string }[] };
    expect(lexicon.groups.length).toBeGreaterThan(40);
    expect(lexicon.groups.some((g) => g.includes('فريلانسر') && g.includes('مستقل'))).toBe(true);
    // Each term links to its entry on its letter's page, which the build made.
    for (const t of lexicon.terms) {
      expect(t.url).toMatch(/^\/glossary\/[a-z]+\/#term-[\w-]+$/);
      expect(fs.existsSync(path.join(dist, t.url.replace(/#.*$/, ''), 'index.html')), t.url).toBe(true);
    }
    for (const guide of lexicon.popular) expect(fs.existsSync(path.join(dist, guide.url, 'index.html')), guide.url).toBe(true);
  });

  it('lists the index’s own words for "did you mean", once per folded spelling, not precached by the service worker', async () => {
    const { foldArabic } = await import('../../src/lib/text/arabic');
    const words = (JSON.parse(read(path.join(dist, 'search/words.json'))) as { words: string }).words.split(' ');
    expect(words).toContain('التسعير');
    expect(words).toContain('PayPal');
    expect(words).toContain('CashU');
    expect(words).not.toContain('PayPalCashU');
    expect(words.some((w) => /[\u064B-\u065F\u0640]/.test(w))).toBe(false);
    expect(new Set(words.map(foldArabic)).size).toBe(words.length);
    // Fetched only when a search finds nothing: never on install, never on a page view.
    expect(read(path.join(dist, 'sw.js'))).not.toContain('words.json');
  });

  it('indexes the body of every guide, story, checklist and tool page, with its type filter', () => {
    const expected: [RegExp, string][] = [
      [/^\/guides\/[^/]+\/$/, 'دليل'],
      [/^\/stories\/[^/]+\/$/, 'قصة'],
      [/^\/checklists\/[^/]+\/$/, 'قائمة تحقق'],
      [/^\/tools\/[^/]+\/$/, 'أداة'],
    ];
    for (const [pattern, kind] of expected) {
      const matching = pages.filter((p) => pattern.test(p.path));
      expect(matching.length, String(pattern)).toBeGreaterThan(0);
      for (const p of matching) {
        expect(kindOf(p.html), p.path).toBe(kind);
        expect(p.html, p.path).toMatch(/<main[^>]*data-pagefind-body/);
      }
    }
  });

  it('gives guides a level filter', () => {
    for (const p of pages.filter((x) => /^\/guides\/[^/]+\/$/.test(x.path))) {
      expect(p.html, p.path).toMatch(/data-pagefind-filter="المستوى\[content\]" content="(مبتدئ|متوسط|متقدم)"/);
    }
  });

  it('keeps header and footer out of the index everywhere (the framable /embed/ pages have neither, nor a body to index)', () => {
    for (const p of pages.filter((x) => x.path.startsWith('/embed/'))) {
      expect(p.html, p.path).not.toMatch(/<header|<footer|data-pagefind-body/);
    }
    for (const p of pages.filter((x) => !x.path.startsWith('/embed/'))) {
      expect(p.html, p.path).toMatch(/<header data-site-header data-pagefind-ignore="all"/);
      expect(p.html, p.path).toMatch(/<footer data-site-footer data-pagefind-ignore="all"/);
    }
  });

  it('does not index list pages, the home page, the glossary page (its terms are records), the offline page or the 404 page', () => {
    for (const p of pages.filter((x) => ['/', '/guides/', '/stories/', '/checklists/', '/tools/', '/search/', '/glossary/', '/offline/', '/404.html'].includes(x.path))) {
      expect(p.html, p.path).not.toMatch(/data-pagefind-body/);
    }
  });
});
