// Synthetic-site benchmark: builds the site with N generated Arabic guides in a temporary folder and measures
// what the build costs; optionally builds the same guides with Starlight for comparison.
//
//   node scripts/bench/bench-synthetic.mjs --pages 1000            our build only
//   node scripts/bench/bench-synthetic.mjs --pages 1000,10000 --starlight 1000 --runs 3
//   node scripts/bench/bench-synthetic.mjs --pages 100 --keep      keep the temp folders to look at them
//
// Its parts, in synthetic/: guides.mjs generates the guides, ours.mjs builds our site with them in a temp copy
// of the project, starlight.mjs builds them with Starlight, measure.mjs runs and measures a build, report.mjs
// prints the results side by side. This file reads the options and runs the lot.
// Figures only: nothing here asserts.
import { benchOurs } from './synthetic/ours.mjs';
import { STARLIGHT_VERSIONS, benchStarlight } from './synthetic/starlight.mjs';
import { formatResults } from './synthetic/report.mjs';

function parseArgs(argv) {
  const opts = { pages: [1000], starlight: [], runs: 1, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    const list = () => value().split(',').filter(Boolean).map(Number);
    if (a.startsWith('--pages') || a.startsWith('--sizes')) opts.pages = list();
    else if (a.startsWith('--starlight')) opts.starlight = list();
    else if (a.startsWith('--runs')) opts.runs = Number(value());
    else if (a === '--keep') opts.keep = true;
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

/** Runs the synthetic benches and prints our sizes side by side, then ours vs Starlight at each Starlight size. */
export async function runSyntheticBench({
  pages = [1000, 10000],
  starlight = [1000],
  runs = 1,
  keep = false,
  log = console.log,
} = {}) {
  const ours = [];
  for (const n of pages) {
    log(`\nsynthetic site, ${n} guides: building…`);
    ours.push(await benchOurs({ pages: n, runs, keep, log }));
  }
  if (ours.length) {
    log(`\n== our build, synthetic guides ==`);
    log(
      formatResults(
        ours,
        ours.length > 1 ? { ratio: { title: 'last/first', columns: [0, ours.length - 1] } } : undefined,
      ),
    );
    if (ours.length > 1) {
      const [a, b] = [ours[0], ours.at(-1)];
      const perPage = (r) => (r.seconds * 1000) / r.pages;
      log(
        `per-page build cost: ${perPage(a).toFixed(1)} ms at ${a.pages} pages, ${perPage(b).toFixed(1)} ms at ${b.pages} pages (${(perPage(b) / perPage(a)).toFixed(2)}×; 1.00× is flat)`,
      );
    }
  }
  for (const n of starlight) {
    log(`\nStarlight, ${n} guides: building…`);
    let theirs;
    try {
      theirs = await benchStarlight({ pages: n, runs, keep, log });
    } catch (error) {
      // Reported, not fatal: the rest of the benchmark still prints.
      const message = error instanceof Error ? error.message : String(error);
      log(`  Starlight could not be built here: ${message.split('\n')[0]}`);
      log(`  ${message.split('\n').find((l) => /\[ERROR\]/.test(l)) ?? ''}`);
      log(
        `  To compare, run this bench where Starlight installs and builds: node scripts/bench/bench-synthetic.mjs --pages ${n} --starlight ${n}`,
      );
      continue;
    }
    const mine = ours.find((r) => r.synthetic === n) ?? (await benchOurs({ pages: n, runs, keep, log }));
    log(`\n== ${n} synthetic guides: ours vs Starlight ${STARLIGHT_VERSIONS['@astrojs/starlight']} ==`);
    log(formatResults([mine, theirs], { ratio: { title: 'Starlight/ours', columns: [0, 1] } }));
  }
  return ours;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const opts = parseArgs(process.argv.slice(2));
  await runSyntheticBench(opts);
}
