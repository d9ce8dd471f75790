// Printing the results: bench results side by side, one column each.
export const mb = (n) => (n == null ? '—' : `${(n / 2 ** 20).toFixed(0)} MB`);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

/** Side-by-side table of bench results (one column each); the last column is a ratio when `ratio` is given. */
export function formatResults(results, { ratio } = {}) {
  const rows = [
    ['guides (synthetic + real)', (r) => `${r.synthetic} + ${r.realGuides}`],
    ['HTML pages built', (r) => String(r.pages)],
    [
      'build time (wall)',
      (r) => `${r.seconds.toFixed(1)} s` + (r.runs > 1 ? ` (median of ${r.runs})` : ''),
      (r) => r.seconds,
    ],
    [
      '  of which Pagefind',
      (r) => (r.pagefindSeconds == null ? '—' : `${r.pagefindSeconds.toFixed(1)} s`),
      (r) => r.pagefindSeconds,
    ],
    [
      '  of which share cards, cold',
      (r) => (r.cards ? `${(r.cards.ms / 1000).toFixed(1)} s, ${r.cards.drawn} drawn` : '—'),
      (r) => r.cards?.ms,
    ],
    [
      '  share cards, next build (cached)',
      (r) => (r.cardsCached ? `${(r.cardsCached.ms / 1000).toFixed(1)} s, ${r.cardsCached.reused} reused` : '—'),
      (r) => r.cardsCached?.ms,
    ],
    ['pages per second', (r) => (r.pages / r.seconds).toFixed(0), (r) => r.pages / r.seconds],
    ['ms per page', (r) => ((r.seconds * 1000) / r.pages).toFixed(1), (r) => r.seconds / r.pages],
    ['peak RSS, process tree', (r) => mb(r.peakTree), (r) => r.peakTree],
    ['peak RSS, largest process', (r) => mb(r.peakProcess), (r) => r.peakProcess],
    ['dist size', (r) => `${(r.distBytes / 2 ** 20).toFixed(1)} MB`, (r) => r.distBytes],
    ['  share cards', (r) => (r.cards ? `${(r.cards.bytes / 2 ** 20).toFixed(1)} MB` : '—'), (r) => r.cards?.bytes],
    ['  Pagefind index', (r) => `${(r.pagefindBytes / 2 ** 20).toFixed(1)} MB`, (r) => r.pagefindBytes],
    ['one guide: HTML gz', (r) => kb(r.sample.html), (r) => r.sample.html],
    ['one guide: HTML raw', (r) => kb(r.sample.htmlRaw), (r) => r.sample.htmlRaw],
    ['one guide: CSS gz', (r) => kb(r.sample.css), (r) => r.sample.css],
    ['one guide: JS gz', (r) => kb(r.sample.js), (r) => r.sample.js],
    [
      'one guide: total gz',
      (r) => kb(r.sample.html + r.sample.css + r.sample.js),
      (r) => r.sample.html + r.sample.css + r.sample.js,
    ],
  ];
  const header = ['', ...results.map((r) => r.label), ...(ratio ? [ratio.title] : [])];
  const body = rows.map(([name, cell, value]) => {
    const cells = [name, ...results.map(cell)];
    if (ratio) {
      const [a, b] = ratio.columns.map((i) => value?.(results[i]));
      cells.push(a && b ? `${(b / a).toFixed(2)}×` : '');
    }
    return cells;
  });
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => String(row[i]).length)));
  const line = (row) =>
    row.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('   ');
  return [line(header), ...body.map(line)].join('\n');
}
