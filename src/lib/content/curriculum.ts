/**
 * Checks across collections that a per-entry schema cannot make: the order of guides against their prerequisites
 * and levels, step ids shared between paths, and each module's self-check and project (their path and module,
 * question ids unique across the site, links to guide headings that exist). Each problem is one English sentence
 * naming the file or guide, so a build that fails on it says what to fix. Run at build (src/data/curriculum.ts)
 * and over content/ by tests/unit/content/curriculum.test.ts.
 */
import { LEVELS, type Level } from './levels';
import { flattenPath, type ModuleRef } from './path-order';

/**
 * Whether every module must have its self-check and project file: a module without them would count its steps
 * only, so the build refuses one (the fixture tests check other rules with this off).
 */
export const REQUIRE_MODULE_PRACTICE = true;

export interface GuideFacts {
  id: string;
  level: Level;
  prerequisites: readonly string[];
}

export interface PathFacts {
  id: string;
  modules: readonly ModuleRef[];
}

/** A guide's prerequisites must not be of a higher level, nor come after it on any path that has both. */
export function prerequisiteProblems(guides: readonly GuideFacts[], paths: readonly PathFacts[]): string[] {
  const problems: string[] = [];
  const byId = new Map(guides.map((g) => [g.id, g]));
  const rank = (level: Level) => LEVELS.indexOf(level);
  for (const guide of guides) {
    for (const pre of guide.prerequisites) {
      const other = byId.get(pre);
      if (other && rank(other.level) > rank(guide.level))
        problems.push(
          `Guide "${guide.id}" (level ${guide.level}) lists prerequisite "${pre}", whose level ${other.level} is higher: lower the prerequisite's level, raise the guide's, or drop the prerequisite.`,
        );
    }
  }
  for (const path of paths) {
    const first = new Map<string, number>();
    for (const s of flattenPath(path.modules)) if (s.kind === 'guide' && !first.has(s.target)) first.set(s.target, s.index);
    for (const guide of guides) {
      const at = first.get(guide.id);
      if (at === undefined) continue;
      for (const pre of guide.prerequisites) {
        const preAt = first.get(pre);
        if (preAt !== undefined && preAt > at)
          problems.push(
            `Guide "${guide.id}" is step ${at + 1} of path "${path.id}", before its prerequisite "${pre}" (step ${preAt + 1}): move one of them.`,
          );
      }
    }
  }
  return problems;
}

/** Saved progress is one record of step ids for every path, so a step id may belong to one path only. */
export function sharedStepIdProblems(paths: readonly PathFacts[]): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const path of paths) {
    for (const s of flattenPath(path.modules)) {
      const other = owner.get(s.id);
      if (other !== undefined && other !== path.id)
        problems.push(`Step id "${s.id}" is used in paths "${other}" and "${path.id}": give the step of "${path.id}" its own id.`);
      owner.set(s.id, path.id);
    }
  }
  return problems;
}

export interface SelfCheckFacts {
  /** Where the entry comes from, as the editor knows it (content/self-checks/…). */
  file: string;
  path: string;
  module: string;
  questions: readonly { id: string; learn: { guide: string; heading: string } }[];
}

export interface ProjectFacts {
  file: string;
  path: string;
  module: string;
}

/**
 * Self-checks and projects against the paths and guides. `headings` gives each guide's heading ids as the built page
 * has them (github-slugger, as Astro numbers them).
 */
export function practiceProblems(
  paths: readonly PathFacts[],
  selfChecks: readonly SelfCheckFacts[],
  projects: readonly ProjectFacts[],
  headings: ReadonlyMap<string, readonly string[]>,
  requireAll: boolean = REQUIRE_MODULE_PRACTICE,
): string[] {
  const problems: string[] = [];
  const modules = new Set(paths.flatMap((p) => p.modules.map((m) => `${p.id}/${m.id}`)));
  for (const [kind, entries] of [
    ['self-check', selfChecks],
    ['project', projects],
  ] as const) {
    const seen = new Map<string, string>();
    for (const e of entries) {
      const key = `${e.path}/${e.module}`;
      if (!modules.has(key))
        problems.push(
          `${e.file}: path "${e.path}" has no module "${e.module}" (a ${kind} belongs to a module of a path in content/paths/).`,
        );
      const other = seen.get(key);
      if (other) problems.push(`${e.file}: module "${key}" already has a ${kind} in ${other}.`);
      seen.set(key, e.file);
    }
    if (requireAll)
      for (const key of modules)
        if (!seen.has(key)) problems.push(`Module "${key}" has no ${kind}: add content/${kind}s/${key}.yaml.`);
  }
  const where = new Map<string, string>();
  for (const check of selfChecks) {
    for (const q of check.questions) {
      const other = where.get(q.id);
      if (other)
        problems.push(`${check.file}: question id "${q.id}" is already used in ${other}; question ids are unique across the site.`);
      where.set(q.id, check.file);
      const known = headings.get(q.learn.guide);
      if (!known) problems.push(`${check.file}: question "${q.id}" links to guide "${q.learn.guide}", which does not exist.`);
      else if (!known.includes(q.learn.heading))
        problems.push(
          `${check.file}: question "${q.id}" links to heading "${q.learn.heading}" of guide "${q.learn.guide}", which has no such heading (its headings: ${known.join(', ')}).`,
        );
    }
  }
  return problems;
}
