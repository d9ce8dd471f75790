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

let total = 0;
console.log('collection     entries    words');
for (const collection of fs.readdirSync(root).sort()) {
  const dir = path.join(root, collection);
  const files = fs.readdirSync(dir).filter((f) => /\.(mdx|ya?ml)$/.test(f) && !f.startsWith('_'));
  const count = files.reduce((n, f) => n + words(readable(f, fs.readFileSync(path.join(dir, f), 'utf8'))), 0);
  total += count;
  console.log(`${collection.padEnd(14)} ${String(files.length).padStart(7)} ${String(count).padStart(8)}`);
}
console.log(`${'total'.padEnd(14)} ${''.padStart(7)} ${String(total).padStart(8)}`);
