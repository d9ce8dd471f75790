// Imports TypeScript modules of src/ and tests/ from plain Node scripts (the benchmark) by bundling them with
// esbuild first: the project's TS uses extensionless imports, which Node's own type stripping cannot resolve.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** @param {string} entry a .ts file @returns {Promise<any>} its exports */
export async function importTs(entry) {
  const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'load-ts-')), `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [path.resolve(entry)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
    packages: 'external',
  });
  return import(pathToFileURL(outfile).href);
}
