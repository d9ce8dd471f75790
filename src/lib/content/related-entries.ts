/** Related entries by shared topic tags: a small, bounded list so no page grows with the size of the site. */
export interface Tagged {
  id: string;
  tags: readonly string[];
}

export function relatedByTags<T extends Tagged>(current: Tagged, candidates: readonly T[], limit = 3): T[] {
  const mine = new Set(current.tags);
  return candidates
    .filter((c) => c.id !== current.id)
    .map((c, order) => ({ c, order, score: c.tags.filter((t) => mine.has(t)).length }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.c);
}

/**
 * The same choice as relatedByTags, from an index built once: each page then looks only at the entries that share
 * one of its tags instead of scoring every entry of the site (10,000 guides made that 10⁸ comparisons a build).
 */
export function relatedIndex<T extends Tagged>(candidates: readonly T[]): (current: Tagged, limit?: number) => T[] {
  const byTag = new Map<string, number[]>();
  candidates.forEach((c, position) => {
    for (const t of c.tags) {
      const list = byTag.get(t);
      if (list) list.push(position);
      else byTag.set(t, [position]);
    }
  });
  return (current, limit = 3) => {
    const scores = new Map<number, number>();
    for (const t of new Set(current.tags)) for (const p of byTag.get(t) ?? []) scores.set(p, (scores.get(p) ?? 0) + 1);
    return [...scores]
      .filter(([p]) => candidates[p]!.id !== current.id)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([p]) => candidates[p]!);
  };
}
