/**
 * The share cards' cache: a second build copies an unchanged page's card instead of drawing it again, and a page
 * whose title changed is drawn anew. Run on a copy of three built pages, with a cache folder of its own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dist } from './site-files';
import { writeCards } from '../../scripts/build/cards.mjs';

const PAGES = ['guides/what-is-online-work', 'stories/abdelhafid-chrayer', 'path'];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-cache-'));
const site = path.join(work, 'dist');
const cacheDir = path.join(work, 'cache');
for (const page of PAGES) {
  fs.mkdirSync(path.join(site, page), { recursive: true });
  fs.copyFileSync(path.join(dist, page, 'index.html'), path.join(site, page, 'index.html'));
}
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const card = (page: string) => path.join(site, 'og', `${page}.png`);

describe('share card cache', () => {
  it('draws every card on a cold build and none on the next', async () => {
    const cold = await writeCards(site, { cacheDir });
    expect(cold).toMatchObject({ count: 3, drawn: 3, reused: 0 });
    const first = PAGES.map((p) => fs.readFileSync(card(p)));
    fs.rmSync(path.join(site, 'og'), { recursive: true });

    const warm = await writeCards(site, { cacheDir });
    expect(warm).toMatchObject({ count: 3, drawn: 0, reused: 3 });
    PAGES.forEach((p, i) => expect(fs.readFileSync(card(p)).equals(first[i]!), p).toBe(true));
  });

  it('draws again only the page whose title changed', async () => {
    const file = path.join(site, 'path/index.html');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/(property="og:image:alt" content=")[^"]*/, '$1مسار التعلم كاملًا'));
    const before = fs.readFileSync(card('path'));
    const result = await writeCards(site, { cacheDir });
    expect(result).toMatchObject({ count: 3, drawn: 1, reused: 2 });
    expect(fs.readFileSync(card('path')).equals(before)).toBe(false);
    // The old title's card left the cache.
    expect(fs.readdirSync(cacheDir)).toHaveLength(3);
  });
});
