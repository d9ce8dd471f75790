// Builds the Pagefind index over dist/ with Pagefind's Node API: every page that marks a body
// (data-pagefind-body), plus one record per glossary term from the build-only dist/search/records.json.
// Pagefind's prebuilt UI bundles are removed afterwards: the site ships its own small search interface. Then the
// index's own words are listed for "did you mean" (search-words.mjs).
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { writeSearchWords } from './search-words.mjs';

const UNUSED_UI = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * @param {string} dist
 * @param {{ extraRecords?: object[] }} [options] records added as they are (the browser tests' XSS fixture)
 * @returns {Promise<{ pages: number, records: number, words: number }>}
 */
export async function buildSearchIndex(dist, { extraRecords = [] } = {}) {
  const fail = (what, errors) => {
    throw new Error(`Pagefind could not ${what}:\n  ${errors.join('\n  ')}`);
  };
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) fail('start', errors);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) fail('index dist/', added.errors);

  const recordsFile = path.join(dist, 'search', 'records.json');
  const records = fs.existsSync(recordsFile) ? JSON.parse(fs.readFileSync(recordsFile, 'utf8')) : [];
  for (const record of [...records, ...extraRecords]) {
    const result = await index.addCustomRecord(record);
    if (result.errors.length) fail(`add the record for ${record.url}`, result.errors);
  }
  fs.rmSync(recordsFile, { force: true });

  const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
  if (written.errors.length) fail('write its files', written.errors);
  await pagefind.close();
  for (const file of UNUSED_UI) fs.rmSync(path.join(dist, 'pagefind', file), { force: true });
  const words = writeSearchWords(dist);
  return { pages: added.page_count, records: records.length, words: words.words };
}
