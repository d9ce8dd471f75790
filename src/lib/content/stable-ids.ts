/** Stable ids (checklist items, path steps) are lowercase ASCII slugs so they survive edits to the Arabic text. */
export const STABLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Returns every id that appears more than once, in first-seen order. */
export function duplicateIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}
