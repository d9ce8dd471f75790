/**
 * A folded view of a draft that keeps its way back to the reader's text: the rules match words and patterns on the
 * folded text (hamza forms, taa marbuta, alef maqsura, tashkeel and tatweel made equal by the shared `foldArabic`)
 * and report ranges in the text as typed, so the page can highlight exactly the letters a finding is about.
 */
import { foldArabic, wordVariants } from '../text/arabic';

/** Rules look at this many characters of a field at most; the length rule reports anything beyond. */
export const MAX_CHECKED_CHARS = 20_000;

export interface TextView {
  /** The text as typed (cut to MAX_CHECKED_CHARS). */
  readonly source: string;
  /** The folded text; `map[i]` is the index in `source` of folded character `i` (`map[folded.length]` = source length). */
  readonly folded: string;
  readonly map: Int32Array;
}

export interface Token {
  /** The folded word. */
  readonly word: string;
  /** Where it is in the text as typed: [start, end). */
  readonly start: number;
  readonly end: number;
}

// Folding one character at a time keeps the index map exact; the draft has few distinct characters, so each is folded once.
const folds = new Map<string, string>();
function foldChar(ch: string): string {
  let out = folds.get(ch);
  if (out === undefined) {
    out = foldArabic(ch);
    if (folds.size < 5000) folds.set(ch, out);
  }
  return out;
}

export function view(text: string): TextView {
  const source = text.length > MAX_CHECKED_CHARS ? text.slice(0, MAX_CHECKED_CHARS) : text;
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < source.length; i++) {
    let ch = source[i]!;
    const code = ch.charCodeAt(0);
    // Keep surrogate pairs (emoji) together so folding never splits one.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < source.length) ch += source[i + 1]!;
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    if (ch.length === 2) i++;
  }
  map.push(source.length);
  return { source, folded, map: Int32Array.from(map) };
}

const MARK = /[\p{M}\u0640]/u;

/** The range in the text as typed of folded range [start, end). */
export function sourceRange(v: TextView, start: number, end: number): [number, number] {
  const s = v.map[start]!;
  // The end is just after the last folded character's source character (which may be two code units).
  const lastSource = end > start ? v.map[end - 1]! : s;
  let e = end > start ? lastSource + 1 : s;
  const code = v.source.charCodeAt(lastSource);
  if (end > start && code >= 0xd800 && code <= 0xdbff) e++;
  // A mark typed right after the last letter belongs to the word.
  while (e < v.source.length && MARK.test(v.source[e]!)) e++;
  return [s, Math.min(e, v.source.length)];
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokens(v: TextView): Token[] {
  const out: Token[] = [];
  for (const m of v.folded.matchAll(WORD)) {
    const [start, end] = sourceRange(v, m.index, m.index + m[0].length);
    out.push({ word: m[0], start, end });
  }
  return out;
}

/** Every match of `pattern` (which must have the g flag) in the folded text, as ranges in the text as typed. */
export function matches(v: TextView, pattern: RegExp): [number, number][] {
  const out: [number, number][] = [];
  // matchAll starts from lastIndex, which a `test` elsewhere may have left behind.
  pattern.lastIndex = 0;
  for (const m of v.folded.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    out.push(sourceRange(v, m.index, m.index + m[0].length));
  }
  return out;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly words: readonly Token[];
}

/** Sentences end at . ! ? ؟ ؛ … or a line break; a sentence's words are its tokens. */
export function sentences(v: TextView, toks: readonly Token[] = tokens(v)): Sentence[] {
  const out: Sentence[] = [];
  let current: Token[] = [];
  let start = -1;
  let t = 0;
  const flush = (end: number): void => {
    if (current.length > 0) out.push({ start, end, words: current });
    current = [];
    start = -1;
  };
  for (const m of v.source.matchAll(/[.!?؟؛…\n]+/g)) {
    while (t < toks.length && toks[t]!.start < m.index) {
      if (start < 0) start = toks[t]!.start;
      current.push(toks[t]!);
      t++;
    }
    flush(m.index + m[0].length);
  }
  while (t < toks.length) {
    if (start < 0) start = toks[t]!.start;
    current.push(toks[t]!);
    t++;
  }
  flush(v.source.length);
  return out;
}

/**
 * A light stem for matching a reply against the client's post: search's stacked-prefix and possessive variants
 * (the shortest), then the article and a plural or feminine ending, so «متجرك», «المتاجر» and «للمتجر» share one.
 */
const stems = new Map<string, string>();
export function stem(word: string): string {
  let out = stems.get(word);
  if (out === undefined) {
    out = computeStem(word);
    // Bounded: a draft uses a few thousand distinct words; a pathological paste must not grow this for ever.
    if (stems.size > 20_000) stems.clear();
    stems.set(word, out);
  }
  return out;
}

function computeStem(word: string): string {
  let w = wordVariants(word).reduce((a, b) => (b.length < a.length ? b : a));
  w = foldArabic(w);
  if (/^ال.{3,}/.test(w)) w = w.slice(2);
  const ending = /^(.{3,}?)(?:ات|ون|ين|ان|ه|ي)$/.exec(w);
  if (ending) w = ending[1]!;
  return w;
}
