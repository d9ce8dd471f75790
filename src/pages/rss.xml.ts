import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getGuides, getStories } from '../data/entries';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/content/site';

/** Guides and stories, newest first, for feed readers. */
export async function GET(context: APIContext) {
  const items = [
    ...(await getGuides()).map((g) => ({
      title: g.data.title,
      description: g.data.description,
      pubDate: g.data.updated,
      link: `/guides/${g.id}/`,
    })),
    ...(await getStories()).map((s) => ({
      title: s.data.title,
      description: s.data.description,
      pubDate: s.data.updated,
      link: `/stories/${s.id}/`,
    })),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: context.site!,
    items,
    customData: '<language>ar</language>',
  });
}
