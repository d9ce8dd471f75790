/**
 * Invisible bidirectional controls: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). An override
 * shows «1000» for the text "‮0001" while every reader of the text (and the maths) sees 1: a link, an import or a
 * paste could make a field display one number and compute another. Every text that enters a field, the stored
 * documents or the search address goes through `stripBidiControls`, so what is shown is what is used. Direction
 * marks (LRM, RLM, ALM) reorder nothing inside a run of digits or letters and stay in free text.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const stripBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');

/** A piece of mixed text: `latin` pieces are shown inside `<bdi>` so they read in their own order within Arabic. */
export interface TextRun {
  text: string;
  latin: boolean;
}

// A Latin word, or several joined by spaces, dots or hyphens ("CashU", "Google Play", "almaghribtoday.net").
const LATIN_RUN = /[A-Za-z][A-Za-z0-9]*(?:[ .\-'][A-Za-z0-9]+)*/g;

/** Splits text from content (source notes, captions) into Arabic and Latin runs, for pages to isolate the Latin. */
export function latinRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), latin: false });
    runs.push({ text: m[0], latin: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}
