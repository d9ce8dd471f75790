/** Runs recall sets through the site's search (plan, Pagefind in Node, merge); shared by test and bench. */
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

interface Site {
  lexicon: { groups: Lexicon };
  pagefind: Engine<{ url: string }>;
}

const sites = new Map<string, Promise<Site>>();

function site(dist: string): Promise<Site> {
  let loaded = sites.get(dist);
  if (!loaded) {
    loaded = (async () => ({
      lexicon: JSON.parse(fs.readFileSync(path.join(dist, 'search', 'lexicon.json'), 'utf8')) as Site['lexicon'],
      pagefind: ((await loadPagefind(dist)) as { pagefind: Site['pagefind'] }).pagefind,
    }))();
    sites.set(dist, loaded);
  }
  return loaded;
}

/** The URLs of the first `count` results for a query, as the site ranks them. */
export async function searchTop(dist: string, query: string, count = 5): Promise<string[]> {
  const { lexicon, pagefind } = await site(dist);
  const { results } = await runPlan(pagefind, planSearch(query, lexicon.groups));
  return Promise.all(results.slice(0, count).map(async (r) => (await r.data()).url));
}

export async function measureRecall(dist: string, queries: RecallQuery[] = RECALL_QUERIES): Promise<RecallOutcome[]> {
  const outcomes: RecallOutcome[] = [];
  for (const q of queries) {
    const top = await searchTop(dist, q.query);
    outcomes.push({ ...q, top, found: q.expect.some((url) => top.includes(url)) });
  }
  return outcomes;
}
