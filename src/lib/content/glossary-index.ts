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
    const letter = letterOf(termOf(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, grouped]) => ({ letter, items: grouped }));
}

/** The letter a term is filed under. */
export function letterOf(term: string): string {
  return [...indexKey(term)][0] ?? '';
}

/** ASCII names of the letters, for the address of each letter's page (/glossary/ta/): addresses stay readable in any tool. */
const LETTER_SLUGS: Readonly<Record<string, string>> = {
  ا: 'alif',
  ب: 'ba',
  ت: 'ta',
  ث: 'tha',
  ج: 'jim',
  ح: 'hha',
  خ: 'kha',
  د: 'dal',
  ذ: 'dhal',
  ر: 'ra',
  ز: 'zay',
  س: 'sin',
  ش: 'shin',
  ص: 'sad',
  ض: 'dad',
  ط: 'tta',
  ظ: 'zza',
  ع: 'ayn',
  غ: 'ghayn',
  ف: 'fa',
  ق: 'qaf',
  ك: 'kaf',
  ل: 'lam',
  م: 'mim',
  ن: 'nun',
  ه: 'ha',
  و: 'waw',
  ي: 'ya',
};

/** The slug of a letter's glossary page; a term starting with anything else is filed under «other». */
export function letterSlug(letter: string): string {
  return Object.hasOwn(LETTER_SLUGS, letter) ? LETTER_SLUGS[letter]! : 'other';
}

/** Where a glossary term is defined: its entry on its letter's page. */
export function glossaryTermPath(id: string, term: string): string {
  return `/glossary/${letterSlug(letterOf(term))}/#term-${id}`;
}
