/**
 * Invisible bidirectional controls: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). An override
 * shows «1000» for the text "‮0001" while every reader of the text (and the maths) sees 1: a link, an import or a
 * paste could make a field display one number and compute another. Every text that enters a field, the stored
 * documents or the search address goes through `stripBidiControls`, so what is shown is what is used. Direction
 * marks (LRM, RLM, ALM) reorder nothing inside a run of digits or letters and stay in free text.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const stripBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');
