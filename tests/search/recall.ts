/** Runs the recall set through the site's search (plan, Pagefind in Node, merge); shared by test and bench. */
import fs from 'node:fs';
import path from 'node:path';
import { planSearch, type Lexicon } from '../../src/lib/search/query';
import { runPlan, type Engine } from '../../src/lib/search/run';
import { loadPagefind } from '../../scripts/bench/search-node.mjs';
import { RECALL_QUERIES, type RecallQuery } from './queries';

export interface RecallOutcome extends RecallQuery {
  top: string[];
  found: boolean;
}

export async function measureRecall(dist: string, queries: RecallQuery[] = RECALL_QUERIES): Promise<RecallOutcome[]> {
  const lexicon = JSON.parse(fs.readFileSync(path.join(dist, 'search', 'lexicon.json'), 'utf8')) as { groups: Lexicon };
  const { pagefind } = (await loadPagefind(dist)) as { pagefind: Engine<{ url: string }> };
  const outcomes: RecallOutcome[] = [];
  for (const q of queries) {
    const { results } = await runPlan(pagefind, planSearch(q.query, lexicon.groups));
    const top = await Promise.all(results.slice(0, 5).map(async (r) => (await r.data()).url));
    outcomes.push({ ...q, top, found: q.expect.some((url) => top.includes(url)) });
  }
  return outcomes;
}
