// `npm run stats`: how much content the site has, per collection: entries and words of Arabic text.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve('content');
const words = (text) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
/** Words a reader reads: MDX bodies without imports and tags; YAML values without keys and ids. */
function readable(file, text) {
  if (file.endsWith('.mdx')) {
    const body = text.replace(/^---[\s\S]*?\n---\n/, '');
    return body
      .replace(/^import .*$/gm, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\]\([^)]*\)/g, ']');
  }
  return text
    .split('\n')
    .map((l) =>
      l
        .replace(/^\s*-?\s*[\w]+:\s*/, '')
        .replace(/\{\s*id:\s*[\w-]+,/g, '')
        .replace(/\b[a-z][\w-]*\b/g, ''),
    )
    .join('\n');
}

// `npm run stats -- guides checklists`: also list each entry of the named collections with its words.
const listed = new Set(process.argv.slice(2));
let total = 0;
const entries = [];
console.log('collection     entries    words');
for (const collection of fs.readdirSync(root).sort()) {
  const dir = path.join(root, collection);
  // Self-checks and projects sit in one folder per path: entries are counted through the subfolders.
  const files = fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(mdx|ya?ml)$/.test(f) && !path.basename(f).startsWith('_'));
  const perFile = files.map((f) => [f, words(readable(f, fs.readFileSync(path.join(dir, f), 'utf8')))]);
  const count = perFile.reduce((n, [, w]) => n + w, 0);
  if (listed.has(collection))
    for (const [f, w] of perFile) entries.push(`${collection}/${f}`.padEnd(50) + String(w).padStart(6));
  total += count;
  console.log(`${collection.padEnd(14)} ${String(files.length).padStart(7)} ${String(count).padStart(8)}`);
}
console.log(`${'total'.padEnd(14)} ${''.padStart(7)} ${String(total).padStart(8)}`);
if (entries.length) console.log(`\n${entries.join('\n')}`);
