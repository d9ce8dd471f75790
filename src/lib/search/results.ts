/**
 * Shapes Pagefind's answers for display without ever treating page text as markup: the excerpt is split
 * around Pagefind's <mark> tags into plain-text pieces, and entities are decoded by hand, so a page titled
 * `<img src=x onerror=…>` shows as those characters. Also the "no results" suggestions. Pure.
 */
import { foldArabic, words } from './query';

export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt at <mark>…</mark>; any other tag-like text stays literal text. */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) pieces.push({ text: decodeEntities(part), marked });
  }
  return pieces;
}

export interface Suggestion {
  label: string;
  url: string;
}

/** Three-letter pieces of a folded word, for a typo-tolerant "did you mean" over glossary terms. */
function trigrams(text: string): Set<string> {
  const padded = ` ${foldArabic(text).replace(/^ال/, '')} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** Glossary terms that look like what was typed (shared letter runs), best first; at most `limit`. */
export function similarTerms(query: string, terms: readonly Suggestion[], limit = 5): Suggestion[] {
  const typed = words(query).map(trigrams);
  if (typed.length === 0) return [];
  const scored = terms.map((term) => {
    const own = trigrams(term.label);
    const best = Math.max(...typed.map((t) => [...t].filter((g) => own.has(g)).length / Math.max(t.size, 1)));
    return { term, best };
  });
  return scored
    .filter((s) => s.best >= 0.34)
    .sort((a, b) => b.best - a.best || a.term.label.localeCompare(b.term.label, 'ar'))
    .slice(0, limit)
    .map((s) => s.term);
}
