/**
 * Build-time queries over the content collections, shared by pages so each
 * collection is read, filtered and sorted the same way everywhere.
 * (Not in src/lib: this module depends on Astro's content runtime.)
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { flattenPath, locateOnPath, type ModuleRef, type StepKind, type StepRef } from '../lib/content/path-order';
import { relatedIndex } from '../lib/content/related-entries';
import { findTool, type ToolId } from '../lib/content/tools';
import { checklistEstimate, guideEstimate, toolEstimate, type StepEstimate } from '../lib/content/step-time';

export type Guide = CollectionEntry<'guides'>;
export type Story = CollectionEntry<'stories'>;
export type Checklist = CollectionEntry<'checklists'>;
export type LearningPath = CollectionEntry<'paths'>;

/**
 * Every page asks for the same lists (related entries, the path's neighbours), and each getCollection() call
 * rebuilds every entry: with 10,000 guides that made the build quadratic. A production build reads each list
 * once; `astro dev` reads afresh so edits show.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (cached ??= load()));
}

/** Published guides: drafts only show in `astro dev`. Callers must not mutate the array. */
export const getGuides: () => Promise<Guide[]> = once(() =>
  getCollection('guides', (g) => import.meta.env.DEV || !g.data.draft),
);

export async function getPaths(): Promise<LearningPath[]> {
  return (await getCollection('paths')).sort((a, b) => a.id.localeCompare(b.id));
}

/** The path every page links to as "the" learning path. */
export const MAIN_PATH_ID = 'from-zero-to-steady-income';

export async function getMainPath(): Promise<LearningPath> {
  const path = await getEntry('paths', MAIN_PATH_ID);
  if (!path) throw new Error(`content/paths/${MAIN_PATH_ID}.yaml is missing: the site needs its main learning path.`);
  return path;
}

/** The path in the plain shape src/lib/content/path-order.ts works with. */
export function pathModules(path: LearningPath): ModuleRef[] {
  return path.data.modules.map((m) => ({
    id: m.id,
    title: m.title,
    steps: m.steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      target: s.kind === 'guide' ? s.guide.id : s.kind === 'checklist' ? s.checklist.id : s.tool,
      title: s.kind === 'tool' ? s.title : undefined,
    })),
  }));
}

export async function locateOnMainPath(kind: StepKind, id: string) {
  return locateOnPath(pathModules(await getMainPath()), kind, id);
}

/** Where an entry stands: on the main path when it is there, else on the first other path that has it. */
export async function locateOnAnyPath(kind: StepKind, id: string) {
  const main = await getMainPath();
  for (const path of [main, ...(await getPaths()).filter((p) => p.id !== main.id)]) {
    const at = locateOnPath(pathModules(path), kind, id);
    if (at) return { path, ...at };
  }
  return undefined;
}

/** The overview page of a path: /path/ for the main one. */
export const pathHref = (pathId: string) => (pathId === MAIN_PATH_ID ? '/path/' : `/path/${pathId}/`);

/** The page of one module. */
export const moduleHref = (pathId: string, moduleId: string) => `/path/${pathId}/${moduleId}/`;

/** How long a step takes (see lib/content/step-time.ts). */
export async function stepEstimate(step: StepRef): Promise<StepEstimate> {
  if (step.kind === 'guide') return guideEstimate((await getEntry('guides', step.target))?.body ?? '');
  if (step.kind === 'checklist')
    return checklistEstimate((await getEntry('checklists', step.target))?.data.items.length ?? 0);
  return toolEstimate(step.target as ToolId);
}

/** Sorts entries of one kind as the main path orders them; entries it does not place follow, by title. */
async function sortByPath<T extends { id: string; data: { title: string } }>(
  kind: StepKind,
  entries: T[],
): Promise<T[]> {
  const order = flattenPath(pathModules(await getMainPath()))
    .filter((s) => s.kind === kind)
    .map((s) => s.target);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...entries].sort((a, b) => rank(a.id) - rank(b.id) || a.data.title.localeCompare(b.data.title, 'ar'));
}

/** Guides in the order the main path teaches them. */
export async function getGuidesInPathOrder(): Promise<Guide[]> {
  return sortByPath('guide', await getGuides());
}

export const getStories: () => Promise<Story[]> = once(async () =>
  (await getCollection('stories')).sort((a, b) => a.data.seller.localeCompare(b.data.seller, 'ar')),
);

/** Checklists in the order the main path uses them. */
export async function getChecklists(): Promise<Checklist[]> {
  return sortByPath('checklist', await getCollection('checklists'));
}

export interface StepLink {
  href: string;
  title: string;
  /** Arabic label of the step's kind: اقرأ / تحقق / استخدم الأداة. */
  action: string;
}

/** Title and URL of what a path step points at. */
export async function stepLink(step: StepRef): Promise<StepLink> {
  if (step.kind === 'guide') {
    const guide = await getEntry('guides', step.target);
    if (!guide) throw new Error(`Path step points at guide "${step.target}", which does not exist.`);
    return { href: `/guides/${guide.id}/`, title: guide.data.title, action: 'اقرأ' };
  }
  if (step.kind === 'checklist') {
    const list = await getEntry('checklists', step.target);
    if (!list) throw new Error(`Path step points at checklist "${step.target}", which does not exist.`);
    return { href: `/checklists/${list.id}/`, title: list.data.title, action: 'تحقق' };
  }
  const tool = findTool(step.target);
  if (!tool) throw new Error(`Path step points at tool "${step.target}", which does not exist.`);
  return { href: tool.href, title: step.title ?? tool.title, action: 'استخدم الأداة' };
}

/** What "related entries" choose from: every guide and story with its topic tags, built once per build. */
export interface RelatedCandidate {
  id: `guide:${string}` | `story:${string}`;
  tags: readonly string[];
  href: string;
  title: string;
  kind: string;
}

export const getRelatedCandidates: () => Promise<RelatedCandidate[]> = once(async () => [
  ...(await getGuides()).map((g) => ({
    id: `guide:${g.id}` as const,
    tags: g.data.tags,
    href: `/guides/${g.id}/`,
    title: g.data.title,
    kind: 'دليل',
  })),
  ...(await getStories()).map((s) => ({
    id: `story:${s.id}` as const,
    tags: s.data.lessons,
    href: `/stories/${s.id}/`,
    title: s.data.title,
    kind: 'قصة',
  })),
]);

/** Related entries for one page, chosen from an index of every candidate's tags built once per build. */
export const getRelatedIndex = once(async () => relatedIndex(await getRelatedCandidates()));
