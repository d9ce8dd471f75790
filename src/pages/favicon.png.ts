/**
 * The browser tab's icon: the site's mark (public/favicon.svg, which the share cards also draw) as a small PNG, made
 * at build time. Chromium loads an SVG icon as a whole SVG document on the page's main thread, on every page view,
 * a long task in the traces of `npm run bench`'s Lighthouse runs; a PNG's decoding is far shorter and steadier.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

/** Three times a tab icon's 16 CSS pixels, for the sharpest phone screens. */
const FAVICON_SIZE = 48;

export async function GET(): Promise<Response> {
  const svg = await fs.readFile(path.resolve('public/favicon.svg'));
  // Drawn at twice the size from the 32-unit drawing, then scaled down, for smooth edges.
  const png = await sharp(svg, { density: 72 * (FAVICON_SIZE / 32) * 2 })
    .resize(FAVICON_SIZE, FAVICON_SIZE)
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
