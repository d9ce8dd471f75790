/**
 * Editorial checks over content/: copied sentences, path coverage, references and the
 * quality bar of the learning path. Reads the files directly, so it runs before any build.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countWords, readableText } from '../../../src/lib/content/reading-time';

const root = path.resolve(__dirname, '../../..');
const contentDir = path.join(root, 'content');
const seedTool = process.env.SEED_OVERLAP ?? path.resolve(root, '../shared/tools/seed-overlap.mjs');

type Data = Record<string, unknown>;
interface Entry {
  id: string;
  file: string;
  data: Data;
  body: string;
}

function load(collection: string): Entry[] {
  const dir = path.join(contentDir, collection);
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(mdx|ya?ml)$/.test(f) && !f.startsWith('_'))
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const id = f.replace(/\.(mdx|ya?ml)$/, '');
      if (f.endsWith('.mdx')) {
        const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
        return { id, file: `${collection}/${f}`, data: parse(front) as Data, body };
      }
      return { id, file: `${collection}/${f}`, data: parse(text) as Data, body: '' };
    });
}

const guides = load('guides');
const stories = load('stories');
const checklists = load('checklists');
const paths = load('paths');
const platforms = load('platforms');
const glossary = load('glossary');
const sources = load('sources');
const ids = (entries: Entry[]) => new Set(entries.map((e) => e.id));

interface PathStep {
  kind: string;
  guide?: string;
  checklist?: string;
}
const pathSteps = paths.flatMap((p) => (p.data.modules as { steps: PathStep[] }[]).flatMap((m) => m.steps));

describe('content is written in our own words', () => {
  it('shares no run of 8 words with the source articles (seed-overlap)', () => {
    if (!fs.existsSync(seedTool)) {
      if (process.env.CI) throw new Error(`seed-overlap tool not found at ${seedTool}`);
      console.warn(`\n!!! SKIPPED: seed-overlap tool not found at ${seedTool} (set SEED_OVERLAP to its path)\n`);
      return;
    }
    let output = '';
    try {
      output = execFileSync(process.execPath, [seedTool, contentDir], { encoding: 'utf8' });
    } catch (error) {
      const e = error as { stdout?: string; status?: number };
      throw new Error(`seed-overlap found copied runs (exit ${e.status}):\n${e.stdout ?? ''}`);
    }
    expect(output).toMatch(/no run of \d+ words is shared/);
  });
});

describe('the learning path', () => {
  it('places every guide on a path', () => {
    const placed = new Set(pathSteps.filter((s) => s.kind === 'guide').map((s) => s.guide));
    expect(guides.filter((g) => !placed.has(g.id)).map((g) => g.file)).toEqual([]);
  });

  it('places every checklist on a path', () => {
    const placed = new Set(pathSteps.filter((s) => s.kind === 'checklist').map((s) => s.checklist));
    expect(checklists.filter((c) => !placed.has(c.id)).map((c) => c.file)).toEqual([]);
  });
});

describe('references between entries', () => {
  const guideIds = ids(guides);
  const checklistIds = ids(checklists);
  const storyIds = ids(stories);
  const sourceIds = ids(sources);
  const platformIds = ids(platforms);

  it('every internal link in guides and stories points at an existing page', () => {
    const known: Record<string, Set<string>> = { guides: guideIds, stories: storyIds, checklists: checklistIds };
    const pages = new Set([
      '/',
      '/path/',
      '/guides/',
      '/stories/',
      '/checklists/',
      '/glossary/',
      '/tools/',
      '/tools/platforms/',
      '/tools/pricing/',
      '/tools/goals/',
      '/tools/writing/',
      '/search/',
      '/about/',
    ]);
    for (const e of [...guides, ...stories]) {
      // The page a link opens, without its query (`?kind=proposal`) or fragment.
      for (const [, href] of e.body.matchAll(/\]\((\/[^)#?\s]*)(?:[?#][^)]*)?\)/g)) {
        const m = /^\/(guides|stories|checklists)\/([^/]+)\/$/.exec(href!);
        const ok = m ? known[m[1]!]!.has(m[2]!) : pages.has(href!);
        expect(ok, `${e.file} links to ${href}, which does not exist`).toBe(true);
      }
    }
  });

  it('every source named by an entry is one of the source articles', () => {
    const named = [
      ...guides.flatMap((g) => g.data.sources as string[]),
      ...stories.map((s) => s.data.source as string),
      ...platforms.flatMap((p) => (p.data.source ? [p.data.source as string] : [])),
    ];
    expect(named.filter((s) => !sourceIds.has(s))).toEqual([]);
  });

  it('every source entry stands for one of the five seed articles that exists', () => {
    const seedsDir = path.resolve(root, '../shared/seeds');
    for (const s of sources) {
      expect(s.data.seed, `${s.file} names no seed`).toMatch(/\.txt$/);
      if (fs.existsSync(seedsDir))
        expect(fs.existsSync(path.join(seedsDir, s.data.seed as string)), `${s.file}: seed file missing`).toBe(true);
    }
  });

  it('stories name existing platforms', () => {
    for (const s of stories) if (s.data.platform) expect(platformIds.has(s.data.platform as string), s.file).toBe(true);
  });
});

describe('quality bar', () => {
  it('has at least 16 guides of 700 to 1,500 words', () => {
    expect(guides.length).toBeGreaterThanOrEqual(16);
    for (const g of guides) {
      const words = countWords(readableText(g.body));
      expect(words, `${g.file} has ${words} words`).toBeGreaterThanOrEqual(700);
      expect(words, `${g.file} has ${words} words`).toBeLessThanOrEqual(1500);
    }
  });

  it('has at least 7 stories, 7 checklists and 30 glossary terms', () => {
    expect(stories.length).toBeGreaterThanOrEqual(7);
    expect(checklists.length).toBeGreaterThanOrEqual(7);
    expect(glossary.length).toBeGreaterThanOrEqual(30);
  });

  it('spells الإنترنت one way', () => {
    const variants = /(?<![\p{L}])(ال|بال|وال|لل|فال)?(انترنت|انترنيت|إنترنيت|النت)(?![\p{L}])/u;
    for (const e of [...guides, ...stories, ...checklists, ...glossary]) {
      const text = e.body + JSON.stringify(e.data.variants ? { ...e.data, variants: [] } : e.data);
      expect(variants.exec(text)?.[0], `${e.file} spells الإنترنت another way`).toBeUndefined();
    }
  });

  it('writes Latin names the Arabic way first, with the Latin in parentheses on its first mention', () => {
    // One spelling per name: the Arabic form the site uses, then «(<bdi>Latin</bdi>)» the first time on a page.
    const names: [latin: string, arabic: string, wrong: RegExp][] = [
      ['WordPress', 'ووردبريس', /(?<![\p{L}])(?:وردبريس|ووردبرس|وردبرس|ورد برس|الووردبرس)(?![\p{L}])/u],
      ['Access', 'أكسس', /(?<![\p{L}])(?:اكسس|آكسس|أكسيس)(?![\p{L}])/u],
      ['Google', 'جوجل', /(?<![\p{L}])(?:غوغل|قوقل|جوجول)(?![\p{L}])/u],
      ['PayPal', 'باي بال', /(?<![\p{L}])(?:بايبال|باي پال)(?![\p{L}])/u],
    ];
    for (const e of [...guides, ...stories, ...checklists, ...glossary]) {
      const text = e.body + JSON.stringify(e.data.variants ? { ...e.data, variants: [] } : e.data);
      for (const [latin, arabic, wrong] of names) {
        expect(wrong.exec(text)?.[0], `${e.file} spells ${latin} another way`).toBeUndefined();
        // Emphasis may close between the two («**باي بال** (PayPal)»: the bold font has no lowercase Latin).
        const body = e.body.replaceAll('**', '');
        const first = body.indexOf(`<bdi>${latin}</bdi>`);
        if (first >= 0)
          expect(body.slice(Math.max(0, first - arabic.length - 2), first), `${e.file}: first ${latin}`).toBe(
            `${arabic} (`,
          );
      }
    }
  });

  it('uses مستقل rather than فريلانسر in its own voice (the glossary may list it as a variant)', () => {
    for (const e of [...guides, ...stories, ...checklists]) {
      expect(/فريلانسر/.test(e.body + JSON.stringify(e.data)), `${e.file} uses فريلانسر`).toBe(false);
    }
  });
});
