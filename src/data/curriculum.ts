/**
 * The build-time check over paths, guides, self-checks and projects (src/lib/content/curriculum.ts), and each
 * module's self-check and project for the pages. Pages that show a path call `assertCurriculum()`, so a problem
 * fails `npm run build` with an English message naming the file, guide or question.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import {
  practiceProblems,
  prerequisiteProblems,
  sharedStepIdProblems,
  type PathFacts,
} from '../lib/content/curriculum';
import { getGuides, getPaths, pathModules } from './entries';
import type { DeliveryProject } from '../lib/writing/deliver';
import { isKind } from '../lib/writing/kinds';

export type SelfCheck = CollectionEntry<'selfChecks'>;
export type Project = CollectionEntry<'projects'>;

const file = (collection: string, e: { id: string; filePath?: string | undefined }) =>
  e.filePath ?? `content/${collection}/${e.id}.yaml`;

let checked: Promise<void> | undefined;

async function problems(): Promise<string[]> {
  const paths: PathFacts[] = (await getPaths()).map((p) => ({ id: p.id, modules: pathModules(p) }));
  const guides = await getGuides();
  const selfChecks = await getCollection('selfChecks');
  const projects = await getCollection('projects');
  // Heading ids exactly as the built guide has them: rendered by Astro, only for guides a question links to.
  const linked = new Set(selfChecks.flatMap((c) => c.data.questions.map((q) => q.learn.guide.id)));
  const headings = new Map<string, string[]>();
  for (const g of guides) headings.set(g.id, linked.has(g.id) ? (await render(g)).headings.map((h) => h.slug) : []);
  return [
    ...prerequisiteProblems(
      guides.map((g) => ({ id: g.id, level: g.data.level, prerequisites: g.data.prerequisites.map((p) => p.id) })),
      paths,
    ),
    ...sharedStepIdProblems(paths),
    ...practiceProblems(
      paths,
      selfChecks.map((c) => ({
        file: file('self-checks', c),
        path: c.data.path.id,
        module: c.data.module,
        questions: c.data.questions.map((q) => ({
          id: q.id,
          learn: { guide: q.learn.guide.id, heading: q.learn.heading },
        })),
      })),
      projects.map((p) => ({ file: file('projects', p), path: p.data.path.id, module: p.data.module })),
      headings,
    ),
  ];
}

/** Throws, listing every problem, when the curriculum does not hold together; checked once per build. */
export function assertCurriculum(): Promise<void> {
  checked ??= problems().then((found) => {
    if (found.length) throw new Error(`The learning paths do not hold together:\n- ${found.join('\n- ')}`);
  });
  return checked;
}

export async function getSelfCheck(pathId: string, moduleId: string): Promise<SelfCheck | undefined> {
  return (await getCollection('selfChecks')).find((c) => c.data.path.id === pathId && c.data.module === moduleId);
}

export async function getProject(pathId: string, moduleId: string): Promise<Project | undefined> {
  return (await getCollection('projects')).find((p) => p.data.path.id === pathId && p.data.module === moduleId);
}

/** The text of a guide's heading, by its id, as the built guide shows it. */
export async function headingText(guideId: string, slug: string): Promise<string | undefined> {
  const guide = (await getGuides()).find((g) => g.id === guideId);
  return guide ? (await render(guide)).headings.find((h) => h.slug === slug)?.text : undefined;
}

/**
 * A module's key as the scripts read it (scripts/progress/module-status.ts): its steps, its project's criteria and
 * its questions with their correct options, so every page applies the same completion rule.
 */
export async function moduleKeyAttributes(pathId: string, moduleId: string, steps: readonly string[]) {
  const project = await getProject(pathId, moduleId);
  const check = await getSelfCheck(pathId, moduleId);
  return {
    'data-module-key': moduleId,
    'data-steps': steps.join(' ') || undefined,
    'data-criteria': project?.data.criteria.map((c) => c.id).join(' ') || undefined,
    'data-questions':
      check?.data.questions
        .map(
          (q) =>
            `${q.id}:${q.options
              .filter((o) => o.correct)
              .map((o) => o.id)
              .join(',')}`,
        )
        .join(' ') || undefined,
  };
}

/**
 * The projects the writing workbench helps write (their tool is the workbench with a draft kind), in path and module
 * order: the projects a draft can be marked as delivered for.
 */
export async function writingProjects(): Promise<DeliveryProject[]> {
  const projects = await getCollection('projects');
  return (await getPaths()).flatMap((path) =>
    path.data.modules.flatMap((m) => {
      const p = projects.find((e) => e.data.path.id === path.id && e.data.module === m.id)?.data;
      const kind = p?.tool?.name === 'writing' ? p.tool.params?.kind : undefined;
      return p && isKind(kind) ? [{ path: path.id, module: m.id, kind, title: p.title }] : [];
    }),
  );
}
