// Measuring a build: runs a build command as a child process and records its wall time, peak memory, Pagefind
// time and the figures of the dist/ it writes. Used for our site and for Starlight alike.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pageWeight } from '../page-weight.mjs';
import { mb } from './report.mjs';

/** Sum of VmRSS over a process and all its descendants, in bytes. */
function treeRss(rootPid) {
  const children = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      /* the process ended while we looked */
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop();
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      /* ended */
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

const TIME_BIN = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * Runs a command and measures it: wall time, peak RSS of the whole process tree (sampled every 100 ms) and the
 * largest single process's peak (getrusage, through /usr/bin/time when present). Output goes to `logFile`.
 */
export function measure(command, args, { cwd, logFile, env = process.env }) {
  return new Promise((resolve) => {
    const log = fs.createWriteStream(logFile);
    const maxrssFile = `${logFile}.maxrss`;
    const [cmd, argv] = TIME_BIN ? [TIME_BIN, ['-f', '%M', '-o', maxrssFile, command, ...args]] : [command, args];
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr])
      stream.on('data', (chunk) => {
        log.write(chunk);
        output += chunk;
        if (output.length > 200_000) output = output.slice(-100_000);
      });
    let peakTree = 0;
    const sample = () => (peakTree = Math.max(peakTree, treeRss(child.pid)));
    const timer = setInterval(sample, 100);
    sample();
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      log.end();
      let peakProcess = null;
      try {
        peakProcess = Number(fs.readFileSync(maxrssFile, 'utf8').trim().split('\n').at(-1)) * 1024 || null;
      } catch {
        /* no /usr/bin/time */
      }
      resolve({ code: code ?? 1, seconds, peakTree, peakProcess, output });
    });
  });
}

function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Figures of a built dist/: pages, sizes, and what one synthetic guide page weighs. */
function distFigures(dist, samplePath) {
  const files = walk(dist);
  const size = (list) => list.reduce((n, f) => n + fs.statSync(f).size, 0);
  const inPagefind = (f) => f.includes(`${path.sep}pagefind${path.sep}`);
  const html = files.filter((f) => f.endsWith('.html') && !inPagefind(f));
  const page = pageWeight(dist, samplePath);
  return {
    pages: html.length,
    distBytes: size(files),
    distFiles: files.length,
    pagefindBytes: size(files.filter(inPagefind)),
    htmlBytes: size(html),
    sample: {
      path: samplePath,
      html: page.html,
      css: page.css,
      js: page.js,
      htmlRaw: fs.statSync(path.join(dist, samplePath, 'index.html')).size,
    },
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Starlight logs "Finished building search index in <n>ms." or "… in <n>s.". */
function starlightPagefind(output) {
  const [, value, unit] = /Finished building search index in ([\d.]+) ?(ms|s)\b/.exec(output) ?? [];
  return value ? Number(value) / (unit === 'ms' ? 1000 : 1) : null;
}

/** Builds `runs` times and keeps the run with the median wall time. */
export async function runBuilds({ runs, label, prepare, command, args, cwd, samplePath, log }) {
  const results = [];
  for (let r = 0; r < runs; r++) {
    prepare();
    const logFile = path.join(cwd, `build-${r + 1}.log`);
    const m = await measure(command, args, { cwd, logFile, env: childEnv() });
    if (m.code !== 0) {
      throw new Error(
        `${label}: build failed (exit ${m.code}); log: ${logFile}\n${m.output.split('\n').slice(-30).join('\n')}`,
      );
    }
    // Our build says "search index: … in N ms"; Starlight's integration and Pagefind's CLI say it their own ways.
    const pagefindSeconds =
      Number(/search index: .* in (\d+) ms/.exec(m.output)?.[1]) / 1000 ||
      starlightPagefind(m.output) ||
      Number(/Finished in ([\d.]+) seconds/.exec(m.output)?.[1]) ||
      null;
    // Our build says "share cards: N (D drawn, R from the cache, K kB) in M ms"; Starlight draws none.
    const cardsLine = /share cards: (\d+) \((\d+) drawn, (\d+) from the cache, (\d+) kB\) in (\d+) ms/.exec(m.output);
    const cards = cardsLine
      ? {
          count: +cardsLine[1],
          drawn: +cardsLine[2],
          reused: +cardsLine[3],
          bytes: +cardsLine[4] * 1024,
          ms: +cardsLine[5],
        }
      : null;
    const figures = distFigures(path.join(cwd, 'dist'), samplePath);
    results.push({ ...m, output: undefined, pagefindSeconds, cards, ...figures });
    log(`  ${label} run ${r + 1}/${runs}: ${m.seconds.toFixed(1)} s, ${figures.pages} pages, peak ${mb(m.peakTree)}`);
  }
  const mid = median(results.map((x) => x.seconds));
  const chosen = results.find((x) => x.seconds === mid);
  return { ...chosen, label, runs, allSeconds: results.map((x) => x.seconds) };
}

/** The child's environment: Node's default heap (no --max-old-space-size from the caller), no colours. */
function childEnv() {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };
  if (env.NODE_OPTIONS)
    env.NODE_OPTIONS = env.NODE_OPTIONS.replace(/--max[-_]old[-_]space[-_]size(=|\s+)\S+/g, '').trim();
  // Our build resolves `node` from PATH through npm-less spawns of node_modules/.bin; keep the caller's node first.
  env.PATH = `${path.dirname(process.execPath)}${path.delimiter}${env.PATH ?? ''}`;
  return env;
}
