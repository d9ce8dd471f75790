/** The visual identity in the built pages: icons from the Tabler set, inlined, and one per module, tool and kind. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { htmlFiles, read, urlPathOf } from './site-files';

const require = createRequire(import.meta.url);
const pages = htmlFiles().map((f) => ({ path: urlPathOf(f), html: read(f) }));
const page = (p: string) => pages.find((x) => x.path === p)?.html ?? '';
const iconsOf = (html: string) => [...html.matchAll(/<svg class="icon[^"]*"[^>]*data-icon="([\w-]+)"[^>]*>(.*?)<\/svg>/g)];

/** The drawing elements of a Tabler outline icon, without the blank bounding path. */
function tablerDrawing(name: string): string[] {
  const svg = fs.readFileSync(require.resolve(`@tabler/icons/outline/${name}.svg`), 'utf8');
  return [...svg.matchAll(/<(?:path|circle|rect|line|polyline|polygon|ellipse)\b[^>]*\/>/g)]
    .map(([el]) => el.replace(/\s+/g, ' ').replace(/ \/>/, '/>'))
    .filter((el) => !el.includes('stroke="none"'));
}

describe('icons', () => {
  it('every inline icon is a Tabler icon, drawn exactly as the package draws it, with no attribute the stylesheet sets', () => {
    let count = 0;
    for (const p of pages) {
      expect(p.html.match(/<svg class="icon/g)?.length ?? 0, p.path).toBe(iconsOf(p.html).length);
      for (const [svg, name, body] of iconsOf(p.html)) {
        count++;
        expect(body, `${p.path}: ${name}`).toBe(tablerDrawing(name!).join(''));
        expect(svg, p.path).toMatch(/aria-hidden="true"/);
        expect(svg, p.path).not.toMatch(/stroke-width|stroke-linecap|xmlns|fill="none"/);
      }
    }
    expect(count).toBeGreaterThan(pages.length * 3);
  });

  it('the path page shows each module with an icon of its own', () => {
    const modules = [...page('/path/').matchAll(/<li id="([\w-]+)" data-module[\s\S]*?data-icon="([\w-]+)"/g)];
    expect(modules.length).toBeGreaterThan(3);
    expect(new Set(modules.map((m) => m[2])).size).toBe(modules.length);
  });

  it('list pages carry their kind’s icon in the title, and a guide’s level its plant', () => {
    const kinds = { '/guides/': 'book', '/stories/': 'quote', '/checklists/': 'list-check', '/glossary/': 'vocabulary' };
    for (const [p, icon] of Object.entries(kinds)) expect(page(p), p).toMatch(new RegExp(`<h1[^>]*><span class="icon-tile[^"]*"><svg[^>]*data-icon="${icon}"`));
    const levels = [...page('/guides/').matchAll(/<span class="level-badge[^"]*"><svg[^>]*data-icon="([\w-]+)"/g)].map((m) => m[1]);
    expect(new Set(levels)).toEqual(new Set(['seedling', 'plant-2', 'tree']));
  });
});
