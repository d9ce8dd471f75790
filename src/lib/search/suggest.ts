/**
 * "Did you mean": for a word that finds nothing, the closest word the index holds (the build lists them in
 * /search/words.json, most frequent first). Closeness is edit distance between folded spellings, so hamza
 * forms (أ إ آ ا), taa marbuta (ة ه) and alif maqsura (ى ي) never count as typos. Pure.
 */
import { foldArabic } from '../text/arabic';
import { isCommonWord, wordVariants, words } from './query';
import { readWord } from './vocabulary';

export interface WordList {
  /** Spellings as the pages write them, most frequent first. */
  words: readonly string[];
  folded: readonly string[];
  known: ReadonlySet<string>;
}

export function wordList(spaceSeparated: string): WordList {
  const list = spaceSeparated.split(' ').filter(Boolean);
  const folded = list.map(foldArabic);
  return { words: list, folded, known: new Set(folded) };
}

/** Letters that differ only by their dots: the commonest slip, on the keyboard and in memory (غ for ع). */
const DOT_SIBLINGS = ['عغ', 'فق', 'صض', 'سش', 'حخج', 'دذ', 'رز', 'طظ', 'بتثني'];
const sibling = new Map<string, string>();
for (const set of DOT_SIBLINGS) for (const letter of set) sibling.set(letter, set);

/** Substituting a dot sibling costs half an edit; anything else one. */
const substitution = (a: string, b: string) => (a === b ? 0 : sibling.get(a)?.includes(b) ? 0.5 : 1);

/** Edit distance (dot siblings at half cost), or `max + 1` as soon as it is certain to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = substitution(a[i - 1]!, b[j - 1]!);
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, row[j]!);
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/** How many edits a word of this length may be from a suggestion: one for short words, two from six letters. */
const allowed = (length: number) => (length >= 6 ? 2 : 1);

/** The closest listed word to one typed word, or undefined when the word is known or nothing is close enough. */
function closest(word: string, list: WordList): string | undefined {
  const forms = wordVariants(word).map(foldArabic);
  if (forms.some((f) => list.known.has(f) || list.known.has(`ال${f}`))) return undefined;
  let best: { index: number; distance: number; bare: boolean } | undefined;
  for (const form of forms) {
    if (form.length < 3) continue;
    const max = allowed(form.length);
    list.folded.forEach((candidate, index) => {
      // A word the pages only write with the article («التسعير») is also offered bare, as the reader typed it.
      const bare = !form.startsWith('ال') && candidate.startsWith('ال') && candidate.length > 4;
      for (const [target, isBare] of bare
        ? ([
            [candidate, false],
            [candidate.slice(2), true],
          ] as const)
        : ([[candidate, false]] as const)) {
        const distance = editDistance(form, target, best ? Math.min(max, best.distance - 0.5) : max);
        if (distance <= max && (!best || distance < best.distance)) best = { index, distance, bare: isBare };
      }
    });
  }
  if (!best) return undefined;
  const listed = list.words[best.index]!;
  return best.bare ? listed.slice(2) : listed;
}

/**
 * The query with each unknown word replaced by its closest listed word, or null when no word changes (every
 * word is known, or none has a close neighbour). Common words and the dialect words the planner reads are
 * left as typed.
 */
export function suggestQuery(query: string, list: WordList): string | null {
  let changed = false;
  const out = words(query).map((word) => {
    if (isCommonWord(word) || readWord(word).kind !== 'plain') return word;
    const better = closest(word, list);
    if (better === undefined) return word;
    changed = true;
    return better;
  });
  return changed ? out.join(' ') : null;
}
