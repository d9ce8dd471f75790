// `npm run fonts`: cuts IBM Plex Sans Arabic down to the characters this site shows, one woff2 per weight
// (Arabic and Latin together, so a page downloads at most two font files), into src/assets/fonts/, which is
// committed: the build does not need the source font, only this script does. Run it again after adding text
// with a character the fonts lack; `npm run test:dist` names any such character.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import * as fontkit from 'fontkit';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The full fonts (Google Fonts' build, the same release Fontsource serves) by weight. */
export const SOURCE_PACKAGE = '@expo-google-fonts/ibm-plex-sans-arabic';
const SOURCES = { 400: '400Regular/IBMPlexSansArabic_400Regular.ttf', 700: '700Bold/IBMPlexSansArabic_700Bold.ttf' };

/** Where the subsets go; astro.config.mjs points the fonts API at these files. */
export const OUTPUT_DIR = 'src/assets/fonts';
export const outputFile = (/** @type {number} */ weight) => `${OUTPUT_DIR}/ibm-plex-sans-arabic-${weight}.woff2`;
export const MAX_BYTES = 20 * 1024;

/** Site text lives in the content collections and in the components' and islands' copy. */
const TEXT_SOURCES = ['content/**/*.mdx', 'content/**/*.yaml', 'src/**/*.astro', 'src/**/*.ts', 'src/**/*.tsx'];

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/**
 * Always kept, whether or not today's text uses them: what numbers, dates and user input formatted at run
 * time can produce (Intl's Arabic digits and separators), the Arabic alphabet and its common marks, and
 * everyday punctuation.
 */
const BASE = [
  range(0x20, 0x7e), // printable ASCII
  '\u00a0«»×÷±·',
  '،؛؟٪٫٬', // Arabic comma, semicolon, question mark, percent, decimal and thousands separators
  range(0x621, 0x63a) + range(0x640, 0x652), // letters, tatweel, harakat
  range(0x660, 0x669) + range(0x6f0, 0x6f9), // Arabic-Indic and Eastern Arabic-Indic digits
  '‐–—‘’‚“”„…•‹›−',
  '\u200c\u200d\u200e\u200f\u061c', // ZWNJ/ZWJ steer joining; LRM/RLM/ALM come out of Intl
].join('');

/**
 * OpenType features kept: Arabic joining forms (isol/init/medi/fina), required and standard ligatures
 * (rlig for lam-alef, liga), composition (ccmp), contextual alternates (calt, which this font uses to
 * connect letters), mark placement (mark/mkmk), and locl (this font draws Western digits inside Arabic text
 * with Arabic-styled glyphs). Kerning goes: it is a large share of each file, and a content page's first visit,
 * fonts included, has a budget (tests/dist/page-weight.test.ts). Stylistic sets, fractions and the like go too.
 */
export const FEATURES = ['ccmp', 'locl', 'isol', 'init', 'medi', 'fina', 'rlig', 'liga', 'calt', 'mark', 'mkmk'];

/**
 * The bold file leaves out lowercase Latin letters: nothing bold on the site is written in them (bold
 * Latin is only currency codes such as "US$"). tests/browser/fonts.test.ts checks every bold text on every page.
 */
export const BOLD_OMITS = /[a-z]/g;

/** Every character of the site's text plus the base set, as one string. */
export function siteCharacters(dir = root) {
  const chars = new Set(BASE);
  for (const file of fs.globSync(TEXT_SOURCES, { cwd: dir })) {
    for (const ch of fs.readFileSync(path.join(dir, file), 'utf8')) chars.add(ch);
  }
  // Line breaks and other control characters are never drawn.
  return [...chars]
    .filter((ch) => !/\p{Cc}/u.test(ch))
    .sort()
    .join('');
}

/** A file of the source package, by its path inside the package. */
function sourceFile(file) {
  // FONT_SOURCE_DIR: the package unpacked elsewhere (e.g. from `npm pack`), to try a release before installing it.
  if (process.env.FONT_SOURCE_DIR) return path.resolve(process.env.FONT_SOURCE_DIR, file);
  const require = createRequire(path.join(root, 'package.json'));
  try {
    return require.resolve(`${SOURCE_PACKAGE}/${file}`);
  } catch {
    throw new Error(`The full font is missing: install ${SOURCE_PACKAGE} (a devDependency) to run \`npm run fonts\`.`);
  }
}

export async function subsetFonts() {
  const siteText = siteCharacters();
  fs.mkdirSync(path.join(root, OUTPUT_DIR), { recursive: true });
  let failed = false;
  for (const weight of [400, 700]) {
    const source = fs.readFileSync(sourceFile(SOURCES[weight]));
    const text = weight === 700 ? siteText.replace(BOLD_OMITS, '') : siteText;
    const covered = new Set(fontkit.create(source).characterSet);
    const missing = [...text].filter((ch) => !covered.has(ch.codePointAt(0)) && !/[\p{Cf}\s]/u.test(ch));
    const woff2 = await subsetFont(source, text, {
      targetFormat: 'woff2',
      keepFeatures: FEATURES,
      // TrueType hinting is a large share of the file (this script prints each file's size), and only Windows
      // applies it.
      noHinting: true,
      // Keep the copyright, licence and licence URL names the OFL asks to travel with the font.
      preserveNameIds: [0, 13, 14],
    });
    const out = outputFile(weight);
    fs.writeFileSync(path.join(root, out), woff2);
    const kb = (woff2.length / 1024).toFixed(1);
    console.log(`${out}: ${kb} kB, ${[...text].length - missing.length} characters`);
    if (missing.length)
      console.log(
        `  not in the font (the fallback font draws them): ${missing.map((ch) => `${ch} U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}`,
      );
    if (woff2.length > MAX_BYTES) {
      console.error(`  over the ${MAX_BYTES / 1024} kB budget: trim the base set or the kept features.`);
      failed = true;
    }
  }
  // The OFL asks for the licence to travel with every copy of the font, subsets included.
  fs.copyFileSync(sourceFile('LICENSE_FONT'), path.join(root, OUTPUT_DIR, 'OFL.txt'));
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await subsetFonts();
