/**
 * The curriculum check (src/lib/content/curriculum.ts): each refusal on a small fixture, then the real content/,
 * read from the files (guide headings slugged as Astro does), so a wrong order fails before any build.
 */
import fs from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  practiceProblems,
  prerequisiteProblems,
  sharedStepIdProblems,
  type GuideFacts,
  type PathFacts,
} from '../../../src/lib/content/curriculum';
import type { ModuleRef } from '../../../src/lib/content/path-order';
import type { Level } from '../../../src/lib/content/levels';

const guide = (id: string, level: Level, prerequisites: string[] = []): GuideFacts => ({ id, level, prerequisites });
const onePath = (id: string, ...targets: string[][]): PathFacts => ({
  id,
  modules: targets.map((t, i) => ({
    id: `m${i}`,
    title: 'وحدة',
    steps: t.map((target) => ({ id: `${id}-${target}`, kind: 'guide' as const, target })),
  })),
});

describe('prerequisites against levels and order', () => {
  it('accepts prerequisites of the same or a lower level that come earlier', () => {
    const guides = [guide('a', 'مبتدئ'), guide('b', 'متوسط', ['a']), guide('c', 'متوسط', ['b'])];
    expect(prerequisiteProblems(guides, [onePath('p', ['a', 'b'], ['c'])])).toEqual([]);
  });

  it('refuses a prerequisite of a higher level, naming both guides', () => {
    const problems = prerequisiteProblems([guide('goals', 'مبتدئ', ['pricing']), guide('pricing', 'متوسط')], []);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Guide "goals" (level مبتدئ) lists prerequisite "pricing", whose level متوسط is higher');
  });

  it('refuses a prerequisite that comes later in a path, naming the guide, the path and both steps', () => {
    const problems = prerequisiteProblems(
      [guide('a', 'مبتدئ'), guide('b', 'مبتدئ', ['a'])],
      [onePath('p', ['b']), onePath('q', ['c'], ['b', 'a'])],
    );
    expect(problems).toEqual([
      'Guide "b" is step 2 of path "q", before its prerequisite "a" (step 3): move one of them.',
    ]);
  });

  it('allows a prerequisite that the path does not place', () => {
    expect(prerequisiteProblems([guide('a', 'مبتدئ'), guide('b', 'مبتدئ', ['a'])], [onePath('p', ['b'])])).toEqual([]);
  });

  it('refuses a step id used by two paths (saved progress keeps one record of step ids)', () => {
    const a: PathFacts = { id: 'p', modules: [{ id: 'm', title: 'و', steps: [{ id: 'read-x', kind: 'guide', target: 'x' }] }] };
    const b: PathFacts = { id: 'q', modules: [{ id: 'm', title: 'و', steps: [{ id: 'read-x', kind: 'guide', target: 'x' }] }] };
    expect(sharedStepIdProblems([a, b])).toEqual([
      'Step id "read-x" is used in paths "p" and "q": give the step of "q" its own id.',
    ]);
    expect(sharedStepIdProblems([a])).toEqual([]);
  });
});

describe('self-checks and projects', () => {
  const paths = [onePath('p', ['a'], ['b'])];
  const headings = new Map([
    ['a', ['first-heading', 'second']],
    ['b', []],
  ]);
  const check = (file: string, module: string, ...ids: string[]) => ({
    file,
    path: 'p',
    module,
    questions: ids.map((id) => ({ id, learn: { guide: 'a', heading: 'second' } })),
  });

  it('accepts checks and projects of existing modules with existing headings', () => {
    expect(practiceProblems(paths, [check('x.yaml', 'm0', 'q1', 'q2')], [{ file: 'y.yaml', path: 'p', module: 'm1' }], headings, false)).toEqual([]);
  });

  it('refuses a path and module pair that does not exist', () => {
    const problems = practiceProblems(paths, [{ ...check('x.yaml', 'm9', 'q1'), path: 'p' }], [{ file: 'y.yaml', path: 'nowhere', module: 'm0' }], headings, false);
    expect(problems).toEqual([
      'x.yaml: path "p" has no module "m9" (a self-check belongs to a module of a path in content/paths/).',
      'y.yaml: path "nowhere" has no module "m0" (a project belongs to a module of a path in content/paths/).',
    ]);
  });

  it('refuses a question id used twice across the site, naming both files', () => {
    const problems = practiceProblems(paths, [check('x.yaml', 'm0', 'q1'), check('z.yaml', 'm1', 'q1')], [], headings, false);
    expect(problems).toEqual(['z.yaml: question id "q1" is already used in x.yaml; question ids are unique across the site.']);
  });

  it('refuses a link to a heading the guide does not have, naming file, question and heading', () => {
    const bad = { file: 'x.yaml', path: 'p', module: 'm0', questions: [{ id: 'q1', learn: { guide: 'a', heading: 'no-such' } }] };
    const [problem] = practiceProblems(paths, [bad], [], headings, false);
    expect(problem).toContain('x.yaml: question "q1" links to heading "no-such" of guide "a", which has no such heading');
  });

  it('refuses two self-checks for one module', () => {
    expect(practiceProblems(paths, [check('x.yaml', 'm0', 'q1'), check('z.yaml', 'm0', 'q2')], [], headings, false)).toEqual([
      'z.yaml: module "p/m0" already has a self-check in x.yaml.',
    ]);
  });

  it('lets a module go without practice until REQUIRE_MODULE_PRACTICE is on, then names what is missing', () => {
    const some = [check('x.yaml', 'm0', 'q1')];
    expect(practiceProblems(paths, some, [], headings, false)).toEqual([]);
    expect(practiceProblems(paths, some, [], headings, true)).toEqual([
      'Module "p/m1" has no self-check: add content/self-checks/p/m1.yaml.',
      'Module "p/m0" has no project: add content/projects/p/m0.yaml.',
      'Module "p/m1" has no project: add content/projects/p/m1.yaml.',
    ]);
  });
});

describe('the real content holds together', () => {
  const root = path.resolve(__dirname, '../../../content');
  const yamlFiles = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f) && !path.basename(f).startsWith('_'))
      : [];
  const guides = fs.readdirSync(path.join(root, 'guides')).filter((f) => f.endsWith('.mdx')).map((f) => {
    const text = fs.readFileSync(path.join(root, 'guides', f), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const data = parse(front) as { level: Level; prerequisites?: string[]; draft?: boolean };
    const slugger = new GithubSlugger();
    const headings = [...body.matchAll(/^#{2,6}\s+(.+)$/gm)].map((m) =>
      slugger.slug(m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').trim()),
    );
    return { id: f.replace(/\.mdx$/, ''), level: data.level, prerequisites: data.prerequisites ?? [], headings };
  });
  const paths: PathFacts[] = yamlFiles(path.join(root, 'paths')).map((f) => {
    const data = parse(fs.readFileSync(path.join(root, 'paths', f), 'utf8')) as {
      modules: { id: string; title: string; steps: { id: string; kind: 'guide' | 'checklist' | 'tool'; guide?: string; checklist?: string; tool?: string }[] }[];
    };
    const modules: ModuleRef[] = data.modules.map((m) => ({
      id: m.id,
      title: m.title,
      steps: m.steps.map((s) => ({ id: s.id, kind: s.kind, target: (s.guide ?? s.checklist ?? s.tool)! })),
    }));
    return { id: f.replace(/\.ya?ml$/, ''), modules };
  });

  it('every guide comes after its prerequisites and is not easier than them; no step id is shared', () => {
    expect(paths.map((p) => p.id).sort()).toEqual(['from-zero-to-steady-income', 'hire-a-freelancer']);
    expect(prerequisiteProblems(guides, paths)).toEqual([]);
    expect(sharedStepIdProblems(paths)).toEqual([]);
  });

  it('every self-check and project belongs to a module and links to headings that exist', () => {
    const read = (collection: string) =>
      yamlFiles(path.join(root, collection)).map((f) => ({
        file: `content/${collection}/${f}`,
        ...(parse(fs.readFileSync(path.join(root, collection, f), 'utf8')) as { path: string; module: string }),
      }));
    const checks = read('self-checks') as unknown as Parameters<typeof practiceProblems>[1];
    const projects = read('projects');
    expect(practiceProblems(paths, checks, projects, new Map(guides.map((g) => [g.id, g.headings])))).toEqual([]);
  });
});
