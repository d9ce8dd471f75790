/** Runs recall sets through the site's search (plan, Pagefind in Node, merge); shared by test and bench. */
import fs from 'node:fs';
import path from 'node:path';
import { planSearch, type Lexicon } from '../../src/lib/search/query';
import { runPlan, type Engine } from '../../src/lib/search/run';
import { suggestQuery, wordList, type WordList } from '../../src/lib/search/suggest';
import { loadPagefind } from '../../scripts/bench/search-node.mjs';
import { RECALL_QUERIES, type RecallQuery } from './queries';

export interface RecallOutcome extends RecallQuery {
  top: string[];
  found: boolean;
  /** The "did you mean" query followed because the typed one found nothing. */
  followed?: string;
}

interface Site {
  lexicon: { groups: Lexicon };
  words: WordList;
  pagefind: Engine<{ url: string }>;
}

const sites = new Map<string, Promise<Site>>();

function site(dist: string): Promise<Site> {
  let loaded = sites.get(dist);
  if (!loaded) {
    loaded = (async () => ({
      lexicon: JSON.parse(fs.readFileSync(path.join(dist, 'search', 'lexicon.json'), 'utf8')) as Site['lexicon'],
      words: wordList(
        (JSON.parse(fs.readFileSync(path.join(dist, 'search', 'words.json'), 'utf8')) as { words: string }).words,
      ),
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

/** The search page's "did you mean" for a query, from the index's own words. */
export async function suggestionFor(dist: string, query: string): Promise<string | null> {
  return suggestQuery(query, (await site(dist)).words);
}

/**
 * Each query's top 5, and whether an expected page is among them. A query that finds nothing is given one
 * more chance, as a reader gets it: the search page's "did you mean" suggestion, followed once.
 */
export async function measureRecall(dist: string, queries: RecallQuery[] = RECALL_QUERIES): Promise<RecallOutcome[]> {
  const outcomes: RecallOutcome[] = [];
  for (const q of queries) {
    let top = await searchTop(dist, q.query);
    const followed = top.length === 0 ? await suggestionFor(dist, q.query) : null;
    if (followed) top = await searchTop(dist, followed);
    outcomes.push({ ...q, top, found: q.expect.some((url) => top.includes(url)), ...(followed ? { followed } : {}) });
  }
  return outcomes;
}
