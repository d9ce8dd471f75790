/** The writing workbench's findings link to the guide heading that teaches each rule: every heading must exist. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_COPY } from '../../src/lib/writing/copy';
import { dist, read } from './site-files';

describe('writing rules link to real guide headings', () => {
  it.each(Object.entries(RULE_COPY))('%s', (_, copy) => {
    const url = new URL(copy.guide.href, 'https://example.org');
    const html = read(path.join(dist, decodeURIComponent(url.pathname), 'index.html'));
    const id = decodeURIComponent(url.hash.slice(1));
    expect(id.length).toBeGreaterThan(0);
    const ids = new Set([...html.matchAll(/<h[2-4][^>]*\sid="([^"]+)"/g)].map((m) => m[1]));
    expect(ids, `${copy.guide.href} has no heading #${id}`).toContain(id);
  });
});
