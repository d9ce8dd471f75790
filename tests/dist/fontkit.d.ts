// fontkit ships no types; the checks here read only a font's character map.
declare module 'fontkit' {
  export interface Font {
    /** Unicode code points the font maps to a glyph. */
    characterSet: number[];
  }
  export function create(buffer: Buffer): Font;
}
