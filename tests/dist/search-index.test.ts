import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, htmlFiles, read, urlPathOf } from './site-files';

const pages = htmlFiles().map((f) => ({ path: urlPathOf(f), html: read(f) }));
const kindOf = (html: string) => /name="pagefind-kind" data-pagefind-filter="النوع\[content\]" content="([^"]+)"/.exec(html)?.[1];

describe('search index', () => {
  it('was built by Pagefind into dist/pagefind/', () => {
    expect(fs.existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(fs.existsSync(path.join(dist, 'pagefind/pagefind-component-ui.js'))).toBe(true);
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

  it('keeps header and footer out of the index everywhere', () => {
    for (const p of pages) {
      expect(p.html, p.path).toMatch(/<header data-site-header data-pagefind-ignore="all"/);
      expect(p.html, p.path).toMatch(/<footer data-site-footer data-pagefind-ignore="all"/);
    }
  });

  it('does not index list pages, the home page or the 404 page', () => {
    for (const p of pages.filter((x) => ['/', '/guides/', '/stories/', '/checklists/', '/tools/', '/search/', '/404.html'].includes(x.path))) {
      expect(p.html, p.path).not.toMatch(/data-pagefind-body/);
    }
  });
});
