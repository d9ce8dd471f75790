/**
 * Runs a search plan against any engine with Pagefind's `search(term, options)` shape and returns the merged
 * ranking. The same code serves the browser, the recall test and the benchmark. Per-word searches only run
 * when fewer than `enough` pages hold the whole query, so short queries cost one or two lookups.
 */
import { mergeHits, type Hit, type SearchPlan } from './query';

export interface EngineResult<T> {
  id: string;
  score: number;
  data: () => Promise<T>;
}

export interface Engine<T> {
  search: (
    term: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: EngineResult<T>[] } | null>;
}

export interface Ranked<T> {
  /** Merged ranking, best first; `data()` loads a result's title, excerpt and metadata when shown. */
  results: EngineResult<T>[];
}

export async function runPlan<T>(
  engine: Engine<T>,
  plan: SearchPlan,
  filters: Record<string, string> = {},
  enough = 5,
): Promise<Ranked<T>> {
  if (plan.empty) return { results: [] };
  const byId = new Map<string, EngineResult<T>>();
  const lookup = async (term: string): Promise<Hit[]> => {
    const found = await engine.search(term, { filters });
    const results = found?.results ?? [];
    for (const r of results) if (!byId.has(r.id)) byId.set(r.id, r);
    return results.map((r) => ({ id: r.id, score: r.score }));
  };
  const whole = await Promise.all(plan.whole.map((q) => lookup(q.text)));
  const wholeCount = new Set(whole.flat().map((h) => h.id)).size;
  const runPerWord = wholeCount < enough && plan.perWord.length > 0;
  const perWord = runPerWord
    ? await Promise.all(plan.perWord.map((group) => Promise.all(group.map((q) => lookup(q.text)))))
    : [];
  const order = mergeHits(
    whole,
    plan.whole.map((q) => q.weight),
    perWord,
    runPerWord ? plan.perWord.map((group) => group.map((q) => q.weight)) : [],
  );
  return { results: order.map((id) => byId.get(id)!) };
}
