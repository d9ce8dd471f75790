/**
 * Reading time for Arabic prose, computed at build time from an entry's raw MDX body.
 * Adults read Arabic silently at roughly 140 words a minute (slower than English, since
 * most text is unvocalised); we round up so a guide never promises less than it takes.
 */
export const ARABIC_WORDS_PER_MINUTE = 140;

/** Strips MDX/Markdown syntax that is not read aloud: imports, code, tags, link targets, markup. */
export function readableText(mdx: string): string {
  return mdx
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_[\]|-]/g, ' ');
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Whole minutes, at least 1 for any non-empty text. */
export function readingMinutes(mdx: string, wordsPerMinute = ARABIC_WORDS_PER_MINUTE): number {
  const words = countWords(readableText(mdx));
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / wordsPerMinute));
}
