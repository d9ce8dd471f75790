/** Spelling folds shared by the planner and its vocabulary (kept apart so neither imports the other). */
const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;

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
