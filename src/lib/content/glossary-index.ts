/**
 * The glossary's أ–ي index: terms grouped under the letter a reader looks them up by, which is the first letter
 * after the article ("التسعير بالقيمة" under ت), with the hamza forms of alef under ا.
 */
const ARTICLE = /^ال(?=.{2})/;
const ALEF = /^[أإآ]/;

/** The term without its article, alef forms folded: what the index sorts and groups by. */
export function indexKey(term: string): string {
  return term.trim().replace(ARTICLE, '').replace(ALEF, 'ا');
}

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** Groups items by the first letter of their index key, letters and items in Arabic alphabetical order. */
export function groupByLetter<T>(items: readonly T[], termOf: (item: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  const sorted = [...items].sort((a, b) => indexKey(termOf(a)).localeCompare(indexKey(termOf(b)), 'ar'));
  for (const item of sorted) {
    const letter = [...indexKey(termOf(item))][0] ?? '';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, grouped]) => ({ letter, items: grouped }));
}
