// The words the search index holds, for "did you mean" (src/lib/search/suggest.ts): read back from Pagefind's
// own result fragments, so a suggestion is always a word some page or glossary record contains. Written to
// dist/search/words.json, which the browser fetches only when a search finds nothing.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { foldArabic } from '../../src/lib/text/arabic.ts';

const SIGNATURE = 'pagefind_dcd';
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/**
 * @param {string} dist a built site whose Pagefind index is written
 * @returns {{ words: number, bytes: number }}
 */
export function writeSearchWords(dist) {
  const folder = path.join(dist, 'pagefind', 'fragment');
  // For each folded form, how often each spelling occurs: the suggestion shows the most common spelling.
  const forms = new Map();
  for (const file of fs.readdirSync(folder)) {
    const text = gunzipSync(fs.readFileSync(path.join(folder, file))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`search words: ${file} is not a Pagefind fragment`);
    const fragment = JSON.parse(text.slice(SIGNATURE.length));
    const all = `${fragment.meta?.title ?? ''} ${fragment.content ?? ''}`.replace(MARKS, '');
    for (const [word] of all.matchAll(WORD)) {
      // Short words and numbers are never worth suggesting, and two letters leave no room for a typo.
      if (word.length < 3 || /^\p{N}+$/u.test(word)) continue;
      const folded = foldArabic(word);
      const spellings = forms.get(folded) ?? new Map();
      spellings.set(word, (spellings.get(word) ?? 0) + 1);
      forms.set(folded, spellings);
    }
  }
  // A conjunction or preposition stacked on a word that is listed («والعميل», «بالسعر») adds nothing: the
  // planner already tries the word without it.
  const stacked = (folded) => /^[وفبلك]/.test(folded) && forms.has(folded.slice(1));
  const ranked = [...forms]
    .filter(([folded]) => !stacked(folded))
    .map(([, spellings]) => spellings)
    .map((spellings) => {
      const [best] = [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      return { word: best[0], count: [...spellings.values()].reduce((n, c) => n + c, 0) };
    })
    // Most frequent first, so among equally close words the one readers meet most wins.
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
  const body = JSON.stringify({ words: ranked.map((r) => r.word).join(' ') });
  fs.mkdirSync(path.join(dist, 'search'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'search', 'words.json'), body);
  return { words: ranked.length, bytes: Buffer.byteLength(body) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(writeSearchWords(path.resolve(process.argv[2] ?? 'dist')));
}
