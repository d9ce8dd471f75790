/**
 * What the search needs besides Pagefind's index, fetched when the reader opens search: synonym groups
 * (the synonyms file plus every glossary term with its English name and variants), glossary terms for
 * "did you mean", and the first guides of the learning path for the "no results" state.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getGuidesInPathOrder } from '../../data/entries';
import { glossaryTermUrl } from '../../lib/content/site';

export const GET: APIRoute = async () => {
  const synonyms = await getCollection('synonyms');
  const glossary = await getCollection('glossary');
  const guides = await getGuidesInPathOrder();
  const body = {
    groups: [
      ...synonyms.map((s) => s.data.words),
      ...glossary.map((t) => [t.data.term, ...t.data.variants, t.data.english]),
    ],
    terms: glossary.map((t) => ({ label: t.data.term, url: glossaryTermUrl(t.id, t.data.term) })),
    popular: guides.slice(0, 5).map((g) => ({ label: g.data.title, url: `/guides/${g.id}/` })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
