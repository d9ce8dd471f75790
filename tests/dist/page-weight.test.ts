/** Byte budgets that do not vary between runs (timings live in `npm run bench`). */
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/page-weight.mjs';
import { dist, htmlFiles, read, urlPathOf } from './site-files';

const weigh = (p: string): { js: number; jsFiles: string[] } => pageWeight(dist, p);

const pages = htmlFiles().map((f) => ({ path: urlPathOf(f), html: read(f) }));
const contentPages = pages.filter((p) => /^\/(guides|stories)\/[^/]+\/$/.test(p.path) || ['/', '/glossary/', '/about/'].includes(p.path));
const checklistPages = pages.filter((p) => /^\/checklists\/[^/]+\/$/.test(p.path) || p.path === '/path/');

describe('content pages stay light', () => {
  it('ship no framework runtime and at most 2 kB of gzipped JavaScript (theme toggle and search shortcut)', () => {
    const plain = contentPages.filter((p) => !p.html.includes('<astro-island'));
    expect(plain.length).toBeGreaterThan(10);
    for (const p of plain) {
      expect(p.html, p.path).not.toMatch(/preact/i);
      expect(weigh(p.path).js, p.path).toBeLessThanOrEqual(2048);
    }
  });

  it('a guide that embeds a tool hydrates it only when the reader scrolls to it', () => {
    const withTool = contentPages.filter((p) => p.html.includes('<astro-island'));
    expect(withTool.map((p) => p.path)).toEqual(['/guides/pricing-your-work/']);
    for (const p of withTool) {
      for (const [, attrs] of p.html.matchAll(/<astro-island\b([^>]*)>/g)) expect(attrs, p.path).toMatch(/\sclient="visible"/);
    }
  });
});

describe('pages that save progress (checklists, the path)', () => {
  it('remember what the reader marked with at most 3.5 kB of gzipped JavaScript on a page view (no framework; saving loads on the first mark)', () => {
    expect(checklistPages.length).toBeGreaterThan(5);
    for (const p of checklistPages) {
      expect(p.html, p.path).not.toMatch(/<astro-island|preact/i);
      expect(weigh(p.path).js, p.path).toBeLessThanOrEqual(3.5 * 1024);
    }
  });
});

describe('tool pages', () => {
  it('the pricing calculator page loads at most 15 kB of gzipped JavaScript', () => {
    const { js, jsFiles } = weigh('/tools/pricing/');
    expect(js, `loads ${jsFiles.join(', ')}`).toBeLessThanOrEqual(15 * 1024);
  });

  it('the goal planner page loads at most 15 kB of gzipped JavaScript; storage and the weekly log load on use', () => {
    const { js, jsFiles } = weigh('/tools/goals/');
    expect(js, `loads ${jsFiles.join(', ')}`).toBeLessThanOrEqual(15 * 1024);
    expect(jsFiles.filter((f) => /\/(storage|document|log)\.[\w-]+\.js$/.test(f))).toEqual([]);
  });

  it('hydrate their tool when it scrolls into view', () => {
    for (const path of ['/tools/pricing/', '/tools/goals/']) {
      const html = pages.find((p) => p.path === path)?.html ?? '';
      const islands = [...html.matchAll(/<astro-island\b([^>]*)>/g)];
      expect(islands.length, path).toBe(1);
      for (const [, attrs] of islands) expect(attrs, path).toMatch(/\sclient="visible"/);
    }
  });
});
