/** Module scripts stand in each page's head (scripts/build/scripts-in-head.mjs), requested with the stylesheet. */
import { describe, expect, it } from 'vitest';
import { moveModuleScriptsToHead } from '../../scripts/build/scripts-in-head.mjs';
import { htmlFiles, read, urlPathOf } from './site-files';

const module = (name: string) => `<script type="module" src="/_astro/${name}.js"></script>`;

describe('moving module scripts into the head', () => {
  const page = [
    '<!DOCTYPE html><html><head><script>theme()</script><link rel="stylesheet" href="/a.css"></head><body>',
    module('header'),
    '<main><div data-island="Tool"></div><script type="application/json">{"a":1}</script>',
    module('tool'),
    '</main>',
    module('page'),
    '</body></html>',
  ].join('');
  const moved = moveModuleScriptsToHead(page);

  it('moves every module script to the end of the head, in document order', () => {
    const head = moved.slice(0, moved.indexOf('</head>'));
    expect(head.endsWith(module('header') + module('tool') + module('page'))).toBe(true);
    expect(moved.slice(moved.indexOf('</head>'))).not.toContain('type="module"');
  });

  it('leaves inline scripts and the rest of the page where they were, and changes nothing a second time', () => {
    expect(moved.replaceAll(/<script type="module"[^>]*><\/script>/g, '')).toBe(
      page.replaceAll(/<script type="module"[^>]*><\/script>/g, ''),
    );
    expect(moveModuleScriptsToHead(moved)).toBe(moved);
  });

  it('keeps one copy of a script a page names twice', () => {
    const twice = moveModuleScriptsToHead(`<html><head></head><body>${module('x')}<p></p>${module('x')}</body></html>`);
    expect(twice).toBe(`<html><head>${module('x')}</head><body><p></p></body></html>`);
  });
});

describe('the built pages', () => {
  it('load every module script from the head, after the stylesheet', () => {
    let scripts = 0;
    for (const file of htmlFiles()) {
      const html = read(file);
      const headEnd = html.indexOf('</head>');
      const body = html.slice(headEnd);
      expect(body, urlPathOf(file)).not.toMatch(/<script type="module"/);
      for (const m of html.matchAll(/<script type="module" src="[^"]+"><\/script>/g)) {
        scripts++;
        const stylesheet = html.indexOf('rel="stylesheet"');
        expect(stylesheet < 0 || stylesheet < m.index!, urlPathOf(file)).toBe(true);
      }
    }
    expect(scripts).toBeGreaterThan(htmlFiles().length);
  });
});
