/**
 * The layout of a share card's title, independent of any font or renderer: which characters run right to left and
 * which left to right (a small part of the Unicode bidirectional algorithm, for one right-to-left paragraph with no
 * embedded controls), where lines break (between words only, at most `maxLines`), and the order runs are drawn in.
 * The renderer (scripts/build/cards.mjs) shapes each run with HarfBuzz in its direction and measures text for us.
 */

/** A piece of one line with one direction, in the order it is drawn from right to left. */
export interface CardRun {
  text: string;
  rtl: boolean;
}

export interface CardLine {
  /** The line's text in reading (logical) order. */
  text: string;
  /** Its runs in drawing order, right to left: the first is drawn at the right edge. */
  runs: CardRun[];
}

export interface CardTitleLayout {
  size: number;
  lines: CardLine[];
  /** True when even the smallest size needed more lines, so the last line ends with «…» after a whole word. */
  shortened: boolean;
}

/** Width of a run's text in ems (at font size 1), as the renderer shapes it. */
export type MeasureRun = (run: CardRun) => number;

// Bidi classes we need: strong right-to-left (Arabic letters), strong left-to-right (Latin letters), European and
// Arabic-Indic digits, the separators and terminators that join digits, and everything else (neutral).
type BidiClass = 'R' | 'L' | 'EN' | 'AN' | 'CS' | 'ET' | 'NSM' | 'N';

function bidiClass(ch: string): BidiClass {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x30 && c <= 0x39) return 'EN';
  if (c >= 0x6f0 && c <= 0x6f9) return 'EN'; // Persian digits are European numbers to the algorithm
  if ((c >= 0x660 && c <= 0x669) || c === 0x66b || c === 0x66c) return 'AN';
  if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6ed)) return 'NSM';
  if (c === 0x60c || c === 0x2c || c === 0x2e || c === 0x3a || c === 0x2f) return 'CS';
  if (c === 0x25 || c === 0x24 || c === 0x66a || c === 0x23 || c === 0x2b || c === 0x2d) return 'ET';
  if (
    (c >= 0x600 && c <= 0x6ff) ||
    (c >= 0x750 && c <= 0x77f) ||
    (c >= 0x8a0 && c <= 0x8ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  )
    return 'R';
  if (/\p{L}/u.test(ch)) return 'L';
  return 'N';
}

/**
 * Embedding levels of a right-to-left paragraph: 1 for what reads right to left, 2 for Latin words and numbers.
 * Rules W1–W7 and N1–N2 of UAX #9, enough for titles (no explicit embeddings, which titles never carry).
 */
export function bidiLevels(text: string): number[] {
  const chars = [...text];
  const types = chars.map(bidiClass);
  // W1: a mark takes the class of what it sits on.
  for (let i = 0; i < types.length; i++) if (types[i] === 'NSM') types[i] = i > 0 ? types[i - 1]! : 'R';
  // W4: one separator between two numbers of the same kind joins them (12,000 · 1.5).
  for (let i = 1; i < types.length - 1; i++)
    if (types[i] === 'CS' && types[i - 1] === types[i + 1] && (types[i - 1] === 'EN' || types[i - 1] === 'AN'))
      types[i] = types[i - 1]!;
  // W5: terminators next to a European number belong to it (50% · $20).
  for (let i = 0; i < types.length; i++) {
    if (types[i] !== 'ET') continue;
    let j = i;
    while (j < types.length && types[j] === 'ET') j++;
    const touches = (i > 0 && types[i - 1] === 'EN') || (j < types.length && types[j] === 'EN');
    for (let k = i; k < j; k++) types[k] = touches ? 'EN' : 'N';
    i = j - 1;
  }
  // W6: remaining separators are neutral. W7: a European number after Latin text is Latin ("Windows 11").
  let lastStrong: BidiClass = 'R';
  for (let i = 0; i < types.length; i++) {
    const t = types[i]!;
    if (t === 'CS') types[i] = 'N';
    else if (t === 'L' || t === 'R') lastStrong = t;
    else if (t === 'EN' && lastStrong === 'L') types[i] = 'L';
  }
  // N1/N2: neutrals between two of the same direction take it (numbers count as right to left); others the paragraph's.
  const direction = (t: BidiClass) => (t === 'L' ? 'L' : 'R');
  for (let i = 0; i < types.length; i++) {
    if (types[i] !== 'N') continue;
    let j = i;
    while (j < types.length && types[j] === 'N') j++;
    const before = i > 0 ? direction(types[i - 1]!) : 'R';
    const after = j < types.length ? direction(types[j]!) : 'R';
    const resolved: BidiClass = before === after ? before : 'R';
    for (let k = i; k < j; k++) types[k] = resolved;
    i = j - 1;
  }
  // I2: in a right-to-left paragraph, Latin and numbers go one level up.
  const levels: number[] = [];
  types.forEach((t, i) => {
    const level = t === 'R' ? 1 : 2;
    // One level per UTF-16 unit, so callers can slice the string with the same offsets.
    for (let u = 0; u < chars[i]!.length; u++) levels.push(level);
  });
  return levels;
}

/** The runs of `text` (a slice of a paragraph whose levels are `levels`) in drawing order, right to left. */
export function visualRuns(text: string, levels: readonly number[]): CardRun[] {
  const runs: CardRun[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && levels[i] === levels[start]) continue;
    runs.push({ text: text.slice(start, i), rtl: (levels[start] ?? 1) % 2 === 1 });
    start = i;
  }
  // Rule L2 with levels 1 and 2 only: the line reversed, then each level-2 run reversed back. Drawn from the right,
  // that is the logical order of the runs; the renderer shapes level-1 runs right to left and level-2 runs left
  // to right, which is the reversal inside each run.
  return runs;
}

interface Word {
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const ELLIPSIS = '…';

/**
 * Breaks a title into at most `maxLines` lines no wider than `maxWidth`, at the largest of `sizes` (descending)
 * where it fits; words are never cut. At the smallest size a title that still needs more lines keeps its first
 * `maxLines` lines and ends with «…» after the last whole word that fits. A single word wider than the line (which
 * titles do not have) stays whole on its own line.
 */
export function layoutTitle(
  title: string,
  options: { sizes: readonly number[]; maxWidth: number; maxLines: number; measure: MeasureRun },
): CardTitleLayout {
  const text = title.replace(/\s+/g, ' ').trim();
  const levels = bidiLevels(text);
  const list = words(text);
  const line = (from: number, to: number, suffix = ''): CardLine => {
    const start = list[from]!.start;
    const end = list[to - 1]!.end;
    const body = text.slice(start, end) + suffix;
    // The ellipsis ends a right-to-left paragraph, so it takes the paragraph's direction.
    const lineLevels = [...levels.slice(start, end), ...[...suffix].map(() => 1)];
    return { text: body, runs: visualRuns(body, lineLevels) };
  };
  const width = (l: CardLine) => l.runs.reduce((sum, run) => sum + options.measure(run), 0);
  const sizes = [...options.sizes].sort((a, b) => b - a);
  if (list.length === 0) return { size: sizes[0] ?? 0, lines: [], shortened: false };

  let ranges: [number, number][] = [];
  let size = 0;
  for (size of sizes) {
    const limit = options.maxWidth / size;
    ranges = [];
    let from = 0;
    for (let to = 1; to <= list.length; to++) {
      if (to - from > 1 && width(line(from, to)) > limit) {
        ranges.push([from, to - 1]);
        from = to - 1;
      }
    }
    ranges.push([from, list.length]);
    if (ranges.length <= options.maxLines) {
      return { size, lines: ranges.map(([a, b]) => line(a, b)), shortened: false };
    }
  }
  // Still too long at the smallest size: keep the first lines and end the last with «…» after a whole word.
  const kept = ranges.slice(0, options.maxLines);
  const [from, to] = kept[kept.length - 1]!;
  let end = to;
  while (end - from > 1 && width(line(from, end, ` ${ELLIPSIS}`)) > options.maxWidth / size) end--;
  const lines = kept.slice(0, -1).map(([a, b]) => line(a, b));
  lines.push(line(from, end, ` ${ELLIPSIS}`));
  return { size, lines, shortened: true };
}
