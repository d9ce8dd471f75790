// `npm run build`: Astro's build, then the Pagefind index over dist/.
// Astro only logs some content problems (a reference to an entry that does not exist) and
// still exits 0; any [ERROR] line it prints fails our build so broken content never ships.
import { spawn } from 'node:child_process';
import path from 'node:path';

const bin = (name) => path.resolve('node_modules/.bin', name);

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const errors = [];
    const watch = (stream, out) =>
      stream.on('data', (chunk) => {
        out.write(chunk);
        for (const line of chunk.toString().split('\n')) if (/\[ERROR\]/.test(line)) errors.push(line.trim());
      });
    watch(child.stdout, process.stdout);
    watch(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, errors }));
  });
}

const astro = await run(bin('astro'), ['build']);
if (astro.code !== 0) process.exit(astro.code);
if (astro.errors.length) {
  console.error(`\nBuild failed: Astro logged ${astro.errors.length} error(s):\n  ${astro.errors.join('\n  ')}`);
  process.exit(1);
}
const pagefind = await run(bin('pagefind'), ['--site', 'dist']);
process.exit(pagefind.code);
