/**
 * Arabic text folding shared by search (query planning, result shaping) and the writing workbench (matching a
 * proposal against the client's post): one definition, so both agree on when two spellings are the same word.
 * Pure: no DOM.
 */

const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** Folds spelling variants so two ways of writing a word compare equal (used for matching, never shown). */
export function foldArabic(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(TASHKEEL, '')
      .replace(TATWEEL, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه')
      .replace(/ؤ/g, 'و')
      .replace(/ئ/g, 'ي')
      .toLowerCase()
      // Removing a mark can let neighbours compose: normalise again so folding twice changes nothing.
      .normalize('NFKC')
  );
}

/** Removes only what never changes a word's meaning (marks, tatweel), keeping its spelling for display. */
export function cleanQuery(text: string): string {
  return text.normalize('NFKC').replace(TASHKEEL, '').replace(TATWEEL, '').replace(/\s+/g, ' ').trim();
}

export function words(text: string): string[] {
  return cleanQuery(text).match(WORD) ?? [];
}

/**
 * Words so common that they say nothing about a text: queried alone they find every page (search), and shared by
 * a post and a reply they prove nothing (writing).
 */
const COMMON = new Set(
  [
    'في',
    'من',
    'على',
    'الى',
    'عن',
    'مع',
    'ما',
    'ماذا',
    'هل',
    'او',
    'ثم',
    'كل',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'التي',
    'الذي',
    'الذين',
    'هو',
    'هي',
    'هم',
    'انا',
    'انت',
    'نحن',
    'كان',
    'كانت',
    'يكون',
    'لا',
    'لم',
    'لن',
    'قد',
    'ان',
    'حتي',
    'عند',
    'بعد',
    'قبل',
    'بين',
    'كيف',
    'لماذا',
    'متي',
    'اين',
    'كم',
    'يا',
    'و',
    'ف',
    'ب',
    'ل',
    'ك',
    'به',
    'بها',
    'له',
    'لها',
    'فيه',
    'فيها',
    'منه',
    'منها',
    'عليه',
    'عليها',
    'اي',
    'الا',
    'لكن',
    'بل',
    'اذا',
    'لو',
    'كما',
    'مثل',
    'هناك',
    'هنا',
    'اريد',
    'ابغي',
    'عايز',
    'the',
    'a',
    'an',
    'of',
    'to',
    'in',
    'and',
    'or',
    'how',
    'what',
    'is',
    'my',
    'i',
    'for',
    'do',
    'can',
    'your',
    'with',
    'on',
  ].map(foldArabic),
);

export function isCommonWord(word: string): boolean {
  return COMMON.has(foldArabic(word));
}

/**
 * Other spellings of one word that Pagefind's stemmer does not reach: a conjunction or preposition stacked on
 * the article («وال», «فال», «بال», «كال», «لل»), a lone leading «و»/«ف»/«ب»/«ل» and a possessive ending.
 * Both the stripped and the original form are searched, so a word whose first letter is part of it («وظيفة») is
 * never lost.
 */
export function wordVariants(word: string): string[] {
  const out = new Set<string>();
  const w = cleanQuery(word);
  const stems = [w];
  const stacked = /^([وفبك])(ال.{3,})$/.exec(w);
  if (stacked) stems.push(stacked[2]!);
  else if (/^لل.{3,}$/.test(w)) stems.push(`ال${w.slice(2)}`);
  else if (/^[وفبل].{4,}$/.test(w)) stems.push(w.slice(1));
  for (const stem of stems) {
    out.add(stem);
    const possessive = /^(.{3,}?)(كم|هم|ها|نا|ي|ك)$/.exec(stem);
    if (possessive && !stem.startsWith('ال')) out.add(possessive[1]!);
  }
  out.delete(w);
  return [w, ...out];
}
