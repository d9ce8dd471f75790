// Moves each page's module scripts (`<script type="module" src>`, Astro's bundles) into its <head>, in their
// order. Astro writes a component's script where the component sits, so a page's own script came last in a long
// page such as /path/: a phone on a slow line asks for it only once the whole HTML has arrived, and Lighthouse's
// simulated load starts it only after the parse, which pushed the path's LCP past a second (`npm run bench`).
// From the head it is requested with the stylesheet. Module scripts run after the whole page is parsed wherever
// they stand, so nothing runs earlier than before; inline scripts (the theme's, the islands' JSON) stay in place.
import fs from 'node:fs';
import path from 'node:path';

const MODULE_SCRIPT = /<script type="module" src="[^"]+"><\/script>/g;

/** The page with its external module scripts moved to the end of its head, in document order, each once. */
export function moveModuleScriptsToHead(html) {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const body = html.slice(headEnd);
  const scripts = [...new Set(body.match(MODULE_SCRIPT) ?? [])];
  if (scripts.length === 0) return html;
  return html.slice(0, headEnd) + scripts.join('') + body.replace(MODULE_SCRIPT, '');
}

/** Applies `moveModuleScriptsToHead` to every HTML file under `dist`; returns how many files changed. */
export function moveModuleScriptsInDist(dist) {
  let changed = 0;
  for (const entry of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = fs.readFileSync(file, 'utf8');
    const moved = moveModuleScriptsToHead(html);
    if (moved === html) continue;
    fs.writeFileSync(file, moved);
    changed++;
  }
  return changed;
}
