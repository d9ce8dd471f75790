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
