/**
 * Loads Pagefind and the search lexicon, once, when the reader first reaches for search. Nothing here runs
 * on a page view: the header and the search page import this module only on focus or with a query in the URL.
 */
import type { Engine } from '../../lib/search/run';
import type { Lexicon } from '../../lib/search/query';
import type { Suggestion } from '../../lib/search/results';

/** What Pagefind's `result.data()` gives for one page or glossary record. */
export interface PageData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface SearchLexicon {
  groups: Lexicon;
  terms: Suggestion[];
  popular: Suggestion[];
}

export interface LoadedSearch {
  engine: Engine<PageData>;
  lexicon: SearchLexicon;
}

// The build id of this deploy: Pagefind caches its entry file under it (see scripts/build/build.mjs).
const BUILD_ID: string = import.meta.env.PUBLIC_BUILD_ID ?? 'dev';
const PAGEFIND_URL = '/pagefind/pagefind.js';

let loading: Promise<LoadedSearch> | undefined;

export function loadSearch(): Promise<LoadedSearch> {
  loading ??= Promise.all([
    import(/* @vite-ignore */ PAGEFIND_URL).then(async (pagefind) => {
      // noWorker: searching this small index takes a few milliseconds on the page itself, and the worker's
      // script would add to the reader's first search (`npm run bench:search` prints what a first search costs).
      await pagefind.options({
        metaCacheTag: BUILD_ID,
        noWorker: true,
        excerptLength: 24,
        ranking: { metaWeights: { title: 4 } },
      });
      await pagefind.init();
      return pagefind as Engine<PageData>;
    }),
    fetch('/search/lexicon.json').then((response) => {
      if (!response.ok) throw new Error(`lexicon: HTTP ${response.status}`);
      return response.json() as Promise<SearchLexicon>;
    }),
  ]).then(([engine, lexicon]) => ({ engine, lexicon }));
  // A failed load (offline on a first visit) may succeed later: let the next attempt start over.
  loading.catch(() => (loading = undefined));
  return loading;
}

let suggesting: Promise<(query: string) => string | null> | undefined;

/**
 * "Did you mean" for a query: the index's words (some 17 kB gzipped) and the code that compares them load only
 * when a search finds nothing, so most readers never pay for them. Offline and never fetched: no suggestion.
 */
export function loadSuggester(): Promise<(query: string) => string | null> {
  suggesting ??= Promise.all([
    import('../../lib/search/suggest'),
    fetch('/search/words.json').then(async (response) => {
      if (!response.ok) throw new Error(`words: HTTP ${response.status}`);
      return ((await response.json()) as { words: string }).words;
    }),
  ]).then(([{ suggestQuery, wordList }, words]) => {
    const list = wordList(words);
    return (query: string) => suggestQuery(query, list);
  });
  suggesting.catch(() => (suggesting = undefined));
  return suggesting;
}
