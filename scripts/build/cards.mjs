// Share cards: a 1200×630 PNG for every page whose head names one (`<meta property="og:image" … data-card-kind>`,
// written by src/components/SeoHead.astro for pages given a `card`), drawn after `astro build` into dist/og/.
//
// Text is shaped by HarfBuzz (harfbuzzjs, WebAssembly) with the site's own font, IBM Plex Sans Arabic, from the
// full font files (the web subsets lack Latin lowercase in bold), and every glyph becomes an SVG path: the SVG
// needs no font when sharp (librsvg) turns it into a PNG, so the card looks the same on every machine. librsvg's
// own <text> was compared and rejected: it takes fonts from the system (here none with Arabic, so nothing Arabic
// was drawn) and orders mixed text by its own rules. Line breaking and bidi ordering are src/lib/cards/layout.ts.
//
// Each image is cached in .cache/cards/ under a hash of what it shows (title, kind, host) and how it is drawn
// (the renderer's code, the fonts' bytes): an unchanged page is copied, not drawn again.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as hb from 'harfbuzzjs';
import sharp from 'sharp';
import { importTs } from '../bench/load-ts.mjs';

/**
 * The renderer's version: a hash of the code that draws (this file and src/lib/cards/), so any change to the
 * drawing or the layout draws every card again, with no number to remember to bump.
 */
export function rendererVersion() {
  const hash = createHash('sha256');
  const libDir = path.resolve('src/lib/cards');
  for (const file of [
    import.meta.filename,
    ...fs
      .readdirSync(libDir)
      .sort()
      .map((f) => path.join(libDir, f)),
  ])
    hash.update(fs.readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
export const CACHE_DIR = path.resolve('.cache/cards');

const FONT_DIR = path.resolve('node_modules/@expo-google-fonts/ibm-plex-sans-arabic');
const FONT_FILES = {
  bold: path.join(FONT_DIR, '700Bold/IBMPlexSansArabic_700Bold.ttf'),
  regular: path.join(FONT_DIR, '400Regular/IBMPlexSansArabic_400Regular.ttf'),
};

const COLORS = { paper: '#f6faf8', ink: '#10221d', brand: '#0f766e', muted: '#4b5d58', band: '#0f766e' };
const MARGIN = 80;
// Sixteen colours without dithering: the card is flat colour and antialiased text, which this keeps clean at about
// 12 kB; 256 dithered colours doubled the size and took five times as long (most of a card's drawing time).
const PNG = { palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 9 };
const TITLE = { sizes: [76, 68, 60, 54], maxLines: 3, lineHeight: 1.38 };

function loadFont(file) {
  const bytes = fs.readFileSync(file);
  const face = new hb.Face(new hb.Blob(bytes));
  return {
    font: new hb.Font(face),
    upem: face.upem,
    paths: new Map(),
    hash: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** Glyphs of one run, left to right as drawn, in font units; fails on a character the font does not have. */
function shape(font, text, rtl) {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
  hb.shape(font.font, buffer);
  const glyphs = buffer.getGlyphInfosAndPositions();
  const missing = glyphs.find((g) => g.codepoint === 0 && !/\s/.test(text));
  if (missing) throw new Error(`share card: the font has no glyph for a character of «${text}»`);
  return { glyphs, width: glyphs.reduce((sum, g) => sum + (g.xAdvance ?? 0), 0) };
}

function glyphPath(font, gid) {
  let d = font.paths.get(gid);
  if (d === undefined) font.paths.set(gid, (d = font.font.glyphToPath(gid)));
  return d;
}

/** SVG paths for runs drawn from `right` leftwards on `baseline`, at `size` px; returns them and the left edge. */
function drawRuns(font, runs, right, baseline, size, fill) {
  const scale = size / font.upem;
  let x = right;
  let out = '';
  for (const run of runs) {
    const { glyphs, width } = shape(font, run.text, run.rtl);
    x -= width * scale;
    let pen = 0;
    let d = '';
    for (const g of glyphs) {
      const p = glyphPath(font, g.codepoint);
      if (p) d += `<path transform="translate(${pen + (g.xOffset ?? 0)} ${g.yOffset ?? 0})" d="${p}"/>`;
      pen += g.xAdvance ?? 0;
    }
    out += `<g fill="${fill}" transform="translate(${x.toFixed(1)} ${baseline.toFixed(1)}) scale(${scale} ${-scale})">${d}</g>`;
  }
  return { svg: out, left: x };
}

const escapeXml = (s) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The card's SVG: kind at the top, the title in up to three lines, the site's mark and name at the foot. */
function cardSvg({ title, kindLabel, siteName, host }, fonts, layout, size) {
  const { width: W, height: H } = size;
  const right = W - MARGIN;
  const maxWidth = W - 2 * MARGIN;
  const measure = (run) => shape(fonts.bold, run.text, run.rtl).width / fonts.bold.upem;
  const block = layout.layoutTitle(title, { sizes: TITLE.sizes, maxWidth, maxLines: TITLE.maxLines, measure });
  const lineBox = block.size * TITLE.lineHeight;
  // The title's lines centred between the kind (top) and the foot.
  const top = 150;
  const bottom = 480;
  const first = top + (bottom - top - lineBox * block.lines.length) / 2 + lineBox * 0.7;
  let svg = '';
  block.lines.forEach((line, i) => {
    svg += drawRuns(fonts.bold, line.runs, right, first + i * lineBox, block.size, COLORS.ink).svg;
  });
  const kindRuns = layout.layoutTitle(kindLabel, { sizes: [34], maxWidth, maxLines: 1, measure }).lines[0]?.runs ?? [];
  const kind = drawRuns(fonts.bold, kindRuns, right, 110, 34, COLORS.brand).svg;
  // The site's mark (public/favicon.svg) at the foot's right, its name beside it, the host at the left.
  const mark = `<g transform="translate(${right - 64} 520) scale(2)"><rect width="32" height="32" rx="7" fill="${COLORS.brand}"/><path d="M9 21c2 3 12 3 14-2M16 8v9" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round"/></g>`;
  const nameRuns = layout.layoutTitle(siteName, { sizes: [36], maxWidth, maxLines: 1, measure }).lines[0]?.runs ?? [];
  const name = drawRuns(fonts.bold, nameRuns, right - 64 - 20, 565, 36, COLORS.brand).svg;
  const hostWidth = (shape(fonts.regular, host, false).width / fonts.regular.upem) * 26;
  const hostSvg = drawRuns(fonts.regular, [{ text: host, rtl: false }], MARGIN + hostWidth, 563, 26, COLORS.muted).svg;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect width="${W}" height="${H}" fill="${COLORS.paper}"/><rect x="${W - 16}" width="16" height="${H}" fill="${COLORS.band}"/>` +
    `<rect x="${MARGIN}" y="500" width="${maxWidth}" height="2" fill="${COLORS.brand}" opacity="0.25"/>` +
    kind +
    svg +
    mark +
    name +
    hostSvg +
    '</svg>'
  );
}

const decode = (s) =>
  s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec, hex, name) =>
    dec
      ? String.fromCodePoint(+dec)
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase()],
  );

const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return m ? decode(m[1]) : undefined;
};

/** Every card the built pages name: its file under dist/, title, kind and the host it is served from. */
export function cardsInDist(dist) {
  const cards = new Map();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const html = fs.readFileSync(full, 'utf8');
        const metas = html.match(/<meta\s[^>]*>/g) ?? [];
        const image = metas.find((m) => attr(m, 'property') === 'og:image' && attr(m, 'data-card-kind'));
        const alt = metas.find((m) => attr(m, 'property') === 'og:image:alt');
        if (!image) continue;
        const url = new URL(attr(image, 'content'));
        cards.set(url.pathname, {
          file: url.pathname,
          title: alt ? attr(alt, 'content') : '',
          kind: attr(image, 'data-card-kind'),
          host: url.host,
          page: path.relative(dist, full),
        });
      }
    }
  };
  walk(dist);
  return [...cards.values()];
}

/** Runs `task` over `items`, `limit` at a time. */
async function pool(items, limit, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** One card's PNG (what the build caches), for a title and the label of its kind. */
export async function renderCard({ title, kindLabel, host }) {
  const layout = await importTs('src/lib/cards/layout.ts');
  const { CARD_WIDTH, CARD_HEIGHT } = await importTs('src/lib/cards/cards.ts');
  const { SITE_NAME } = await importTs('src/lib/content/site.ts');
  const fonts = { bold: loadFont(FONT_FILES.bold), regular: loadFont(FONT_FILES.regular) };
  const svg = cardSvg({ title, kindLabel, siteName: SITE_NAME, host }, fonts, layout, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  });
  return sharp(Buffer.from(svg)).png(PNG).toBuffer();
}

/** Draws (or copies from the cache) the card of every page of `dist` that names one. */
export async function writeCards(dist, { cacheDir = CACHE_DIR } = {}) {
  const started = performance.now();
  const layout = await importTs('src/lib/cards/layout.ts');
  const { CARD_KINDS, CARD_WIDTH, CARD_HEIGHT } = await importTs('src/lib/cards/cards.ts');
  const { SITE_NAME } = await importTs('src/lib/content/site.ts');
  const fonts = { bold: loadFont(FONT_FILES.bold), regular: loadFont(FONT_FILES.regular) };
  const cards = cardsInDist(dist);
  const version = rendererVersion();
  fs.mkdirSync(cacheDir, { recursive: true });
  let drawn = 0;
  let bytes = 0;
  const keys = [];
  await pool(cards, 4, async (card) => {
    const kindLabel = CARD_KINDS[card.kind];
    if (!kindLabel) throw new Error(`share card: ${card.page} names an unknown kind "${card.kind}"`);
    if (!card.title) throw new Error(`share card: ${card.page} has no og:image:alt to draw as its title`);
    const content = { title: card.title, kindLabel, siteName: SITE_NAME, host: card.host };
    const key = createHash('sha256')
      .update(JSON.stringify([version, fonts.bold.hash, fonts.regular.hash, content]))
      .digest('hex')
      .slice(0, 32);
    keys.push(`${key}.png`);
    const cached = path.join(cacheDir, `${key}.png`);
    if (!fs.existsSync(cached)) {
      const svg = cardSvg(content, fonts, layout, { width: CARD_WIDTH, height: CARD_HEIGHT });
      const png = await sharp(Buffer.from(svg)).png(PNG).toBuffer();
      // Written under a temporary name first, so an interrupted build never leaves half a card in the cache.
      fs.writeFileSync(`${cached}.tmp`, png);
      fs.renameSync(`${cached}.tmp`, cached);
      drawn++;
    }
    const target = path.join(dist, card.file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(cached, target);
    bytes += fs.statSync(target).size;
  });
  // Cards no page names any more (an old title, an older renderer) leave the cache, which keeps it one site's size.
  const used = new Set(keys);
  for (const file of fs.readdirSync(cacheDir))
    if (!used.has(file)) fs.rmSync(path.join(cacheDir, file), { force: true });
  return {
    count: cards.length,
    drawn,
    reused: cards.length - drawn,
    bytes,
    ms: Math.round(performance.now() - started),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Alone (the bench's cached figure): one JSON line.
  console.log(JSON.stringify(await writeCards(path.resolve(process.argv[2] ?? 'dist'))));
}
