/**
 * Build-only: one search record per glossary term, so a term is its own result linking to its place on the
 * glossary page. scripts/build/build.mjs adds these to the Pagefind index and then deletes this file from dist/.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { PAGE_KINDS, glossaryTermUrl } from '../../lib/content/site';

export const GET: APIRoute = async () => {
  const glossary = await getCollection('glossary');
  const records = glossary.map((t) => ({
    url: glossaryTermUrl(t.id, t.data.term),
    content: `${t.data.definition} ${t.data.variants.length ? `يُقال أيضًا: ${t.data.variants.join('، ')}. ` : ''}${t.data.english}`,
    language: 'ar',
    meta: { title: t.data.term },
    filters: { النوع: [PAGE_KINDS.glossary] },
  }));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
