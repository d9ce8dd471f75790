/** Byte budgets that do not vary between runs (timings live in `npm run bench`). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/bench/page-weight.mjs';
import { dist, htmlFiles, read, urlPathOf } from './site-files';

interface Weight {
  html: number;
  css: number;
  js: number;
  fonts: number;
  firstVisit: number;
  repeatVisit: number;
  jsFiles: string[];
}
const weigh = (p: string): Weight => pageWeight(dist, p);
const KB = 1024;

const pages = htmlFiles().map((f) => ({ path: urlPathOf(f), html: read(f) }));
const contentPages = pages.filter((p) => /^\/(guides|stories|glossary)\/[^/]+\/$/.test(p.path) || ['/', '/glossary/', '/about/'].includes(p.path));
/** A guide with a checklist embedded (GuideChecklist.astro): ticks saved as on the checklist's page. */
const withChecklist = (html: string) => html.includes('data-guide-checklist=');
// Checklists, the path overviews, the module pages (steps, project, self-check) and the questions to review.
const checklistPages = pages.filter((p) => /^\/checklists\/[^/]+\/$/.test(p.path) || p.path.startsWith('/path/'));
const modulePages = pages.filter((p) => /^\/path\/[^/]+\/[^/]+\/$/.test(p.path));

/**
 * An island's code is imported by the page's script when the island comes into view
 * (src/islands/shared/hydrate-when-visible.ts): the page itself neither loads nor preloads the component.
 */
function expectLoadedWhenVisible(html: string, where: string) {
  const names = [...html.matchAll(/\sdata-island="([\w-]+)"/g)].map((m) => m[1]!);
  expect(names.length, where).toBeGreaterThan(0);
  const loaded = [...html.matchAll(/\s(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  for (const name of names) expect(loaded.filter((url) => url.includes(`/${name}.`)), where).toEqual([]);
  // The props the island hydrates with: JSON that parses, with no `<` that could close its element.
  for (const [, json] of html.matchAll(/<script type="application\/json">([^]*?)<\/script>/g)) {
    expect(json, where).not.toContain('<');
    expect(JSON.parse(json!), where).toHaveProperty('copy');
  }
}

describe('content pages stay light', () => {
  it('ship no framework runtime and at most 2 kB of gzipped JavaScript (theme toggle and search shortcut)', () => {
    const plain = contentPages.filter((p) => !p.html.includes('data-island=') && !withChecklist(p.html));
    expect(plain.length).toBeGreaterThan(10);
    for (const p of plain) {
      expect(p.html, p.path).not.toMatch(/preact/i);
      expect(weigh(p.path).js, p.path).toBeLessThanOrEqual(2048);
    }
  });

  it('a guide with a checklist in it ships at most 3.5 kB of gzipped JavaScript, like a checklist page', () => {
    const guides = contentPages.filter((p) => withChecklist(p.html));
    expect(guides.map((p) => p.path)).toEqual(expect.arrayContaining(['/guides/avoid-scams/', '/guides/delivering-work/']));
    for (const p of guides) {
      expect(p.html, p.path).not.toMatch(/data-island=|preact/i);
      const { js, jsFiles } = weigh(p.path);
      expect(js, `${p.path} loads ${jsFiles.join(', ')}`).toBeLessThanOrEqual(3.5 * 1024);
      expect(js, `${p.path}: the checklist's script is missing`).toBeGreaterThan(2048 / 2);
    }
  });

  it('first visit at most 50 kB gzipped with both fonts (HTML ≤ 14 kB, CSS ≤ 10 kB); a repeat visit at most 15 kB', () => {
    // The pricing guide embeds the calculator (server-rendered, hydrated when scrolled to): tool budgets apply to it.
    const plain = contentPages.filter((p) => !p.html.includes('data-island='));
    for (const p of plain) {
      const w = weigh(p.path);
      // A guide with a checklist in it also carries the list's items and its script (1.5 kB more, as the
      // checklist page's budget allows): its first visit gets 5 kB more room.
      const bound = withChecklist(p.html) ? 55 : 50;
      const where = `${p.path}: html ${w.html}, css ${w.css}, js ${w.js}, fonts ${w.fonts}`;
      expect(w.html, where).toBeLessThanOrEqual(14 * KB);
      expect(w.css, where).toBeLessThanOrEqual(10 * KB);
      expect(w.fonts, where).toBeGreaterThan(0);
      expect(w.firstVisit, where).toBeLessThanOrEqual(bound * KB);
      expect(w.repeatVisit, where).toBeLessThanOrEqual(15 * KB);
    }
  });

  it('a guide that embeds a tool hydrates it only when the reader scrolls to it', () => {
    const withTool = contentPages.filter((p) => p.html.includes('data-island='));
    expect(withTool.map((p) => p.path)).toEqual(['/guides/pricing-your-work/']);
    for (const p of withTool) expectLoadedWhenVisible(p.html, p.path);
  });
});

describe('pages that save progress (checklists, the path)', () => {
  it('remember what the reader marked with at most 3.5 kB of gzipped JavaScript on a page view (no framework; saving loads on the first mark)', () => {
    expect(checklistPages.length).toBeGreaterThan(5);
    for (const p of checklistPages) {
      expect(p.html, p.path).not.toMatch(/data-island=|preact/i);
      expect(weigh(p.path).js, p.path).toBeLessThanOrEqual(3.5 * 1024);
    }
  });

  it('a module page answers its self-check and saves ticks within 3.5 kB of gzipped JavaScript and 14 kB of HTML; the feedback and storage load on use', () => {
    // Eight modules of the main path and two of the path for people who hire.
    expect(modulePages.length).toBeGreaterThanOrEqual(10);
    for (const p of modulePages) {
      const { js, html, jsFiles } = weigh(p.path);
      expect(js, `${p.path} loads ${jsFiles.join(', ')}`).toBeLessThanOrEqual(3.5 * 1024);
      expect(html, p.path).toBeLessThanOrEqual(14 * KB);
      expect(jsFiles.filter((f) => /\/(module-practice|save-practice|local-documents)\./.test(f)), p.path).toEqual([]);
    }
  });
});

describe('tool pages', () => {
  it('the pricing calculator page loads at most 15 kB of gzipped JavaScript', () => {
    const { js, jsFiles } = weigh('/tools/pricing/');
    expect(js, `loads ${jsFiles.join(', ')}`).toBeLessThanOrEqual(15 * 1024);
  });

  it('the goal planner page loads at most 15 kB of gzipped JavaScript; storage, saved goals and the weekly log load on use', () => {
    const { js, jsFiles } = weigh('/tools/goals/');
    expect(js, `loads ${jsFiles.join(', ')}`).toBeLessThanOrEqual(15 * 1024);
    // The lazy parts are chunks of their own (the planner imports them dynamically), never loaded on a page view.
    const lazy = /\/(local-documents|saved-goals|week-log-chunk)\.[\w-]+\.js$/;
    expect(fs.readdirSync(path.join(dist, '_astro')).filter((f) => lazy.test(`/${f}`)).length).toBe(3);
    expect(jsFiles.filter((f) => lazy.test(f))).toEqual([]);
  });

  it('the writing workbench loads at most 15 kB of gzipped JavaScript and no framework; drafts storage and examples load on use', () => {
    const { js, jsFiles } = weigh('/tools/writing/');
    expect(js, `loads ${jsFiles.join(', ')}`).toBeLessThanOrEqual(15 * 1024);
    const html = pages.find((p) => p.path === '/tools/writing/')?.html ?? '';
    expect(html).not.toMatch(/data-island=|preact/i);
    const lazy = /\/(drafts-store|examples)\.[\w-]+\.js$/;
    expect(fs.readdirSync(path.join(dist, '_astro')).filter((f) => lazy.test(`/${f}`)).length).toBe(2);
    expect(jsFiles.filter((f) => lazy.test(f))).toEqual([]);
  });

  it('hydrate their tool when it scrolls into view', () => {
    for (const path of ['/tools/pricing/', '/tools/goals/']) {
      const html = pages.find((p) => p.path === path)?.html ?? '';
      expect([...html.matchAll(/\sdata-island="/g)].length, path).toBe(1);
      expectLoadedWhenVisible(html, path);
    }
  });
});
