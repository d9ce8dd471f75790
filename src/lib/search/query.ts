/**
 * Turns what a reader types into the Pagefind queries that find the pages they mean.
 *
 * Pagefind's Arabic stemmer already folds hamza forms, taa marbuta, alef maqsura, tashkeel, tatweel and the
 * article. What it misses, and this module adds: attached prefixes stacked on the article («والتسعير»),
 * possessive endings («أسعاري»), synonyms and word families from the site's lexicon («فريلانسر» = «مستقل»),
 * very common words that would only download index chunks («في», «من»), how readers type (vocabulary.ts:
 * dialect question words dropped, dialect words and verbs searched as the guides' words, loanword plurals,
 * brands in both scripts), and an any-word fallback when no page holds every word of a long question.
 * Pure: no DOM, no Pagefind.
 */

import { cleanQuery, foldArabic, isCommonWord, words, wordVariants } from '../text/arabic';
import { BRANDS, joinNoneForms, readWord, respell } from './vocabulary';

export { cleanQuery, foldArabic, isCommonWord, words, wordVariants };

/** Groups of words and phrases that mean the same thing to a reader (from the glossary and the synonyms file). */
export type Lexicon = readonly (readonly string[])[];

export interface WeightedQuery {
  text: string;
  weight: number;
}

export interface SearchPlan {
  /** The query as cleaned for display and for the URL. */
  shown: string;
  /** Whole-query searches: what was typed (common words dropped), its spelling variants and its synonyms. */
  whole: WeightedQuery[];
  /** One group per meaningful word, searched when few pages hold every word; a page scores once per group. */
  perWord: WeightedQuery[][];
  /** Common words left out of the search. */
  dropped: string[];
  /** Why nothing can be searched: empty, or only common words. */
  empty: 'blank' | 'too-short' | 'only-common' | null;
}

const MAX_WHOLE = 8;
const MAX_PER_WORD = 4;

/** Finds lexicon phrases in the folded word list; returns [start, length, group] for each, longest first. */
function findPhrases(
  folded: string[],
  lexicon: Lexicon,
): { start: number; length: number; group: readonly string[] }[] {
  const found: { start: number; length: number; group: readonly string[] }[] = [];
  const taken = new Set<number>();
  const phrases = lexicon
    .flatMap((group) => group.map((phrase) => ({ parts: words(phrase).map(foldArabic), group })))
    .filter((p) => p.parts.length > 0)
    .sort((a, b) => b.parts.length - a.parts.length);
  for (const { parts, group } of phrases) {
    for (let i = 0; i + parts.length <= folded.length; i++) {
      if (parts.some((p, j) => taken.has(i + j) || !sameWord(folded[i + j]!, p))) continue;
      found.push({ start: i, length: parts.length, group });
      parts.forEach((_, j) => taken.add(i + j));
    }
  }
  return found;
}

/**
 * A loanword with an Arabic or English plural ending («بروفايلات», «الديدلاينات», «فريلانسرز»): its singular,
 * only ever compared with lexicon words, so a native word that merely ends in those letters changes nothing.
 */
function singular(folded: string): string | undefined {
  return /^(.{3,}?)(هات|ات|ز|س)$/.exec(folded)?.[1];
}

/** A typed word matches a lexicon word when equal after folding, or equal once the article, a prefix or a plural ending is off. */
function sameWord(typed: string, lexiconWord: string): boolean {
  if (typed === lexiconWord) return true;
  return wordVariants(typed).some((v) => {
    const folded = foldArabic(v);
    return [folded, singular(folded)].some(
      (f) => f !== undefined && (f === lexiconWord || f === `ال${lexiconWord}` || `ال${f}` === lexiconWord),
    );
  });
}

const ARABIC = /[\u0600-\u06FF]/;

export function planSearch(raw: string, lexicon: Lexicon = []): SearchPlan {
  const shown = cleanQuery(raw);
  const all = respell(joinNoneForms(words(shown)));
  const base: SearchPlan = { shown, whole: [], perWord: [], dropped: [], empty: null };
  if (all.length === 0) return { ...base, empty: 'blank' };
  const readings = all.map((w) => ({ w, reading: isCommonWord(w) ? ({ kind: 'framing' } as const) : readWord(w) }));
  const kept = readings.filter((r) => r.reading.kind !== 'framing');
  const dropped = readings.filter((r) => r.reading.kind === 'framing').map((r) => r.w);
  if (kept.length === 0) return { ...base, dropped, empty: 'only-common' };
  if (kept.map((r) => r.w).join('').length < 2) return { ...base, dropped, empty: 'too-short' };

  // A dialect word or a verb is searched as the guides' word for it («ازاي اسعر» → «تسعير»); the typed form
  // stays a last resort in its word group, since the pages rarely hold it.
  const meanings = kept.map((r) => (r.reading.kind === 'means' ? r.reading.as : null));
  const typed = kept.map((r) => r.w);
  const standard = kept.map((r, i) => meanings[i]?.[0] ?? r.w);
  const folded = standard.map(foldArabic);
  // An Arabic query is not widened to English synonyms: the pages are Arabic, and Pagefind keeps Latin words
  // in another index chunk, which would cost the reader a download of some 30 kB for nothing. Brands the
  // pages write in Latin letters («PayPal») are the exception.
  const arabic = ARABIC.test(shown);
  const usable = [
    ...(arabic
      ? lexicon.map((group) => group.filter((w) => ARABIC.test(w))).filter((group) => group.length > 1)
      : lexicon),
    ...BRANDS.map((brand) => (arabic ? [...brand.names.filter((w) => ARABIC.test(w)), ...brand.written] : brand.names)),
  ];
  const phrases = findPhrases(folded, usable);
  const whole = new Map<string, number>();
  const add = (text: string, weight: number) => {
    // One lookup per folded spelling: «Freelancer» and «freelancer» are the same search.
    const same = [...whole.keys()].find((k) => foldArabic(k) === foldArabic(text));
    if (!text || (same !== undefined && same !== text)) return;
    if ((whole.get(text) ?? 0) < weight) whole.set(text, weight);
  };
  add(standard.join(' '), 1);
  // The words with a stripped prefix or ending, all at once.
  add(standard.map((w) => wordVariants(w).at(-1)!).join(' '), 0.9);
  // A mapped word's other readings («تخطيط» or «خطة»).
  meanings.forEach((as, i) => {
    for (const other of as?.slice(1) ?? []) add(standard.map((w, j) => (j === i ? other : w)).join(' '), 0.9);
  });
  // Each phrase swapped for each of its synonyms.
  for (const { start, length, group } of phrases) {
    for (const synonym of group) {
      add([...standard.slice(0, start), synonym, ...standard.slice(start + length)].join(' '), 0.8);
    }
  }

  // Per-word groups: a lexicon phrase counts as one "word" whose alternatives are its synonyms.
  const perWord: WeightedQuery[][] = [];
  const inPhrase = new Set(phrases.flatMap((p) => Array.from({ length: p.length }, (_, j) => p.start + j)));
  for (const { start, length, group } of phrases) {
    const said = standard.slice(start, start + length).join(' ');
    perWord.push(
      dedupe([{ text: said, weight: 1 }, ...group.map((text) => ({ text, weight: 0.8 }))]).slice(0, MAX_PER_WORD),
    );
  }
  standard.forEach((w, i) => {
    if (inPhrase.has(i)) return;
    const as = meanings[i];
    perWord.push(
      as
        ? dedupe([
            ...as.map((text, j) => ({ text, weight: j === 0 ? 1 : 0.9 })),
            { text: typed[i]!, weight: 0.6 },
          ]).slice(0, MAX_PER_WORD)
        : wordVariants(w)
            .map((text, j) => ({ text, weight: j === 0 ? 1 : 0.9 }))
            .slice(0, MAX_PER_WORD),
    );
  });

  return {
    shown,
    whole: [...whole].map(([text, weight]) => ({ text, weight })).slice(0, MAX_WHOLE),
    perWord: standard.length > 1 || phrases.length > 0 ? perWord : [],
    dropped,
    empty: null,
  };
}

function dedupe(queries: WeightedQuery[]): WeightedQuery[] {
  const seen = new Set<string>();
  return queries.filter((q) => {
    const key = foldArabic(q.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One Pagefind hit: its id and score for one query. */
export interface Hit {
  id: string;
  score: number;
}

/**
 * Combines the hits of every query of a plan into one ranking. A page scores the best of its whole-query hits,
 * plus, for each word group, the best of that group's hits at half weight — so pages holding every word come
 * first and pages holding some still follow.
 */
export function mergeHits(
  whole: Hit[][],
  wholeWeights: number[],
  perWord: Hit[][][],
  perWordWeights: number[][],
): string[] {
  const total = new Map<string, number>();
  const bump = (id: string, score: number) => total.set(id, (total.get(id) ?? 0) + score);
  const bestWhole = new Map<string, number>();
  whole.forEach((hits, i) => {
    for (const h of hits) bestWhole.set(h.id, Math.max(bestWhole.get(h.id) ?? 0, h.score * wholeWeights[i]!));
  });
  for (const [id, score] of bestWhole) bump(id, score * 2);
  perWord.forEach((group, g) => {
    const best = new Map<string, number>();
    group.forEach((hits, i) => {
      for (const h of hits) best.set(h.id, Math.max(best.get(h.id) ?? 0, h.score * perWordWeights[g]![i]!));
    });
    for (const [id, score] of best) bump(id, score * 0.5);
  });
  return [...total].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}
