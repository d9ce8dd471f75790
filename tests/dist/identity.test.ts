/** The visual identity in the built pages: icons from the Tabler set, inlined, and one per module, tool and kind. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLES } from '../../src/lib/writing/examples';
import { review } from '../../src/lib/writing/rules';
import { ICON_NAMES } from '../../src/lib/content/icons';
import sharp from 'sharp';
import { dist, htmlFiles, read, urlPathOf } from './site-files';

const require = createRequire(import.meta.url);
const pages = htmlFiles().map((f) => ({ path: urlPathOf(f), html: read(f) }));
const page = (p: string) => pages.find((x) => x.path === p)?.html ?? '';

/** The drawing elements of a Tabler outline icon, as the package draws them, without the blank bounding path. */
function tablerDrawing(name: string): string {
  const svg = fs.readFileSync(require.resolve(`@tabler/icons/outline/${name}.svg`), 'utf8');
  return [...svg.matchAll(/<(?:path|circle|rect|line|polyline|polygon|ellipse)\b[^>]*\/>/g)]
    .map(([el]) => el.replace(/\s+/g, ' ').replace(/ \/>/, '/>'))
    .filter((el) => !el.includes('stroke="none"'))
    .join('');
}
const NAME_OF = new Map<string, string>(ICON_NAMES.map((n) => [tablerDrawing(n), n]));
const iconTags = (html: string) => [...html.matchAll(/<svg class="icon[^"]*"[^>]*>(.*?)<\/svg>/g)];
/** Names of the icons in a piece of HTML, in order ('?' for a drawing that is not one of the site's Tabler icons). */
const icons = (html: string) => iconTags(html).map((m) => NAME_OF.get(m[1]!) ?? '?');

describe('icons', () => {
  it('every inline icon is a Tabler icon, drawn exactly as the package draws it, with no attribute the stylesheet sets', () => {
    let count = 0;
    for (const p of pages) {
      for (const [svg, body] of iconTags(p.html)) {
        count++;
        expect(NAME_OF.has(body!), `${p.path}: ${body}`).toBe(true);
        expect(svg, p.path).toMatch(/aria-hidden="true"/);
        expect(svg, p.path).not.toMatch(/stroke-width|stroke-linecap|xmlns|fill="none"/);
      }
    }
    expect(count).toBeGreaterThan(pages.length * 3);
  });

  it('the path page shows each module with an icon of its own', () => {
    const modules = [...page('/path/').matchAll(/<li id="[\w-]+" data-module[\s\S]*?<\/h2>/g)].map((m) => icons(m[0])[0]);
    expect(modules.length).toBeGreaterThan(3);
    expect(modules).not.toContain('?');
    expect(new Set(modules).size).toBe(modules.length);
  });

  it('list pages carry their kind’s icon in the title, and a guide’s level its plant', () => {
    const kinds = { '/guides/': 'book', '/stories/': 'quote', '/checklists/': 'list-check', '/glossary/': 'vocabulary', '/tools/': 'tools' };
    for (const [p, icon] of Object.entries(kinds)) expect(icons(page(p).match(/<h1[\s\S]*?<\/h1>/)?.[0] ?? ''), p).toEqual([icon]);
    const levels = [...page('/guides/').matchAll(/<span class="level-badge[^"]*">(<svg[\s\S]*?<\/svg>)/g)].map((m) => icons(m[1]!)[0]);
    expect(new Set(levels)).toEqual(new Set(['seedling', 'plant-2', 'tree']));
  });
});

describe('the home page guides', () => {
  const home = page('/');
  const yaml = fs.readFileSync(new URL('../../content/paths/from-zero-to-steady-income.yaml', import.meta.url), 'utf8');
  const moduleIds = [...yaml.matchAll(/^ {2}- id: ([\w-]+)$/gm)].map((m) => m[1]!);

  it('opens with a drawing, inline and decorative, beside the question', () => {
    const hero = home.match(/<section aria-labelledby="hero-title"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(hero).toMatch(/<svg viewBox="[^"]+"[^>]*aria-hidden="true"/);
  });

  it('draws the path as a roadmap: every module in order with its own icon, its goal, and a link to its page', () => {
    const road = home.match(/<ol class="road[\s\S]*?<\/ol>/)?.[0] ?? '';
    const items = [...road.matchAll(/<li data-roadmap-module="([\w-]+)"[\s\S]*?<\/li>/g)];
    expect(items.map((m) => m[1])).toEqual(moduleIds);
    const marks = items.map((m) => icons(m[0])[0]);
    expect(marks).not.toContain('?');
    expect(new Set(marks).size).toBe(moduleIds.length);
    for (const [li, id] of items) {
      const [, href, title, goal] = li.match(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>\s*<p[^>]*>([^<]+)<\/p>/) ?? [];
      expect(href).toBe(`/path/from-zero-to-steady-income/${id}/`);
      expect(title?.trim().length).toBeGreaterThan(3);
      expect(goal?.trim().length).toBeGreaterThan(20);
    }
  });

  it('says who it is for, how long the first steps take, answers four fears with a guide each, and says how facts are checked', () => {
    expect(home).toMatch(/<h2 id="who-title"[^>]*>لمن كُتب هذا الدليل؟<\/h2>/);
    const start = home.match(/<section aria-labelledby="start-title"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(icons(start)).toEqual(['clock', 'clock', 'clock']);
    expect(start).toMatch(/نحو (\d+|دقيقة واحدة|دقيقتان) [^<]*القراءة/);
    const faq = [...home.matchAll(/<details[\s\S]*?<summary[^>]*>([^<]+)<\/summary>[\s\S]*?<a class="link" href="(\/guides\/[\w-]+\/)"/g)];
    expect(faq.map((m) => m[1])).toEqual(['هل أحتاج إلى رأس مال لأبدأ؟', 'هل أحتاج إلى شهادة جامعية؟', 'هل يجب أن أتقن الإنجليزية؟', 'كيف يصل المال إليّ؟']);
    for (const [, , href] of faq) expect(pages.some((p) => p.path === href), href).toBe(true);
    const trust = home.match(/<section aria-labelledby="trust-title"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(trust).toContain('غير مؤكد');
    expect(trust).toContain('href="/about/#how-we-write"');
  });
});

describe('the tools hub', () => {
  const hub = page('/tools/');
  const cards = new Map([...hub.matchAll(/<li class="[^"]*" data-tool="([\w-]+)">([\s\S]*?)<\/li>/g)].map((m) => [m[1]!, m[2]!]));
  const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/[\u2066-\u2069\u200f]/g, '').replace(/\s+/g, ' ');
  const frontmatter = (guide: string) =>
    parse(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(new URL(`../../content/guides/${guide}.mdx`, import.meta.url), 'utf8'))![1]!) as {
      workedExamples: { tool: string; figures: Record<string, number> }[];
    };

  it('shows every tool with its own icon and an example the tool computed', () => {
    expect([...cards.keys()]).toEqual(['pricing', 'goals', 'writing', 'platforms']);
    const marks = [...cards.values()].map((c) => icons(c)[0]);
    expect(marks).toEqual(['calculator', 'target-arrow', 'writing', 'scale']);
    for (const [id, card] of cards) expect(card, id).toMatch(/data-tool-example/);
  });

  it('its examples are the tools’ own results for the guides’ worked examples', () => {
    const pricing = frontmatter('pricing-your-work').workedExamples.find((e) => e.tool === 'pricing')!.figures;
    expect(text(cards.get('pricing')!)).toContain(`اطلب ${pricing.hourly!.toFixed(2)} US$ في الساعة`);
    expect(cards.get('pricing')).toMatch(/href="\/tools\/pricing\/\?[^"]*target=400/);
    const goals = frontmatter('setting-goals').workedExamples.find((e) => e.tool === 'goals')!.figures;
    expect(text(cards.get('goals')!)).toContain(`${goals.ordersPerMonth} طلبات في الشهر، و${goals.proposalsPerWeek} عرضًا في الأسبوع`);
    const notes = review('proposal', EXAMPLES.proposal.bad).length;
    expect(notes).toBeGreaterThan(2);
    expect(text(cards.get('writing')!)).toContain(`${notes} ملاحظات على الأول`);
    const platforms = fs.readdirSync(new URL('../../content/platforms/', import.meta.url)).length;
    expect(text(cards.get('platforms')!)).toContain(`${platforms} منصات جنبًا إلى جنب`);
  });
});

describe('stories', () => {
  const storyPages = pages.filter((p) => /^\/stories\/[\w-]+\/$/.test(p.path));

  it('each story shows its pull quote as a figure and its lesson in one line', () => {
    expect(storyPages.length).toBeGreaterThan(5);
    for (const p of storyPages) {
      expect(p.html, p.path).toMatch(/<figure class="pull-quote[^"]*"[^>]*>\s*<blockquote[^>]*>[^<]{20,}<\/blockquote>\s*<\/figure>/);
      expect(p.html, p.path).toMatch(/<p class="lesson-line[^"]*">\s*<span class="font-bold">الدرس في سطر: <\/span>[^<]{10,}<\/p>/);
    }
  });

  it('every card on /stories/ carries the lesson, so a story without figures still says what it teaches', () => {
    const cards = page('/stories/').match(/<article class="card/g)?.length ?? 0;
    expect(cards).toBe(storyPages.length);
    expect(page('/stories/').match(/<p class="lesson-line/g)?.length).toBe(cards);
  });
});

describe('the tab icon', () => {
  it('is the site’s mark as a PNG of the size every page declares: an SVG icon is decoded on the page’s main thread', async () => {
    const links = new Set(pages.map((p) => p.html.match(/<link rel="icon"[^>]*>/)?.[0] ?? `${p.path}: none`));
    expect([...links]).toEqual(['<link rel="icon" href="/favicon.png" type="image/png" sizes="48x48">']);
    const png = fs.readFileSync(`${dist}/favicon.png`);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 48, 48]);
    // The mark's teal fills its corner-rounded square: the PNG is drawn from public/favicon.svg, not left blank.
    const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const centre = (24 * 48 + 10) * 3;
    expect([...data.subarray(centre, centre + 3)]).toEqual([0x0f, 0x76, 0x6e]);
  });
});
