/**
 * Learning-path order: the path YAML is a list of modules, each a list of steps.
 * These helpers flatten it so pages can say "step 5 of 24", link to the previous
 * and next step, and check that every guide has a place on a path.
 */
export type StepKind = 'guide' | 'checklist' | 'tool';

export interface StepRef {
  /** Stable step id (saved progress is keyed by it). */
  id: string;
  kind: StepKind;
  /** Id of the guide, checklist or tool the step points at. */
  target: string;
  /** Own wording of the step (tool steps say what to do with the tool). */
  title?: string | undefined;
}

export interface ModuleRef {
  id: string;
  title: string;
  steps: readonly StepRef[];
}

export interface PlacedStep extends StepRef {
  /** 0-based position in the whole path. */
  index: number;
  moduleId: string;
  moduleTitle: string;
  /** 0-based position of the module. */
  moduleIndex: number;
}

export function flattenPath(modules: readonly ModuleRef[]): PlacedStep[] {
  let index = 0;
  return modules.flatMap((m, moduleIndex) =>
    m.steps.map((s) => ({ ...s, index: index++, moduleId: m.id, moduleTitle: m.title, moduleIndex })),
  );
}

export interface StepNeighbours {
  current: PlacedStep;
  previous: PlacedStep | undefined;
  next: PlacedStep | undefined;
  total: number;
}

/** Where an entry stands on a path: its first step and the steps around it; undefined when it is not on the path. */
export function locateOnPath(modules: readonly ModuleRef[], kind: StepKind, target: string): StepNeighbours | undefined {
  const steps = flattenPath(modules);
  const i = steps.findIndex((s) => s.kind === kind && s.target === target);
  if (i < 0) return undefined;
  return { current: steps[i]!, previous: steps[i - 1], next: steps[i + 1], total: steps.length };
}

/** Ids from `ids` that no step of any path points at. */
export function notOnAnyPath(kind: StepKind, ids: readonly string[], paths: readonly (readonly ModuleRef[])[]): string[] {
  const placed = new Set(paths.flatMap((p) => flattenPath(p).filter((s) => s.kind === kind).map((s) => s.target)));
  return ids.filter((id) => !placed.has(id));
}
