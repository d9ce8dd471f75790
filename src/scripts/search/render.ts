/**
 * Builds result and suggestion elements with text nodes only: page titles and excerpts can contain any
 * characters, and none of them is ever parsed as markup.
 */
import { excerptPieces, type Suggestion } from '../../lib/search/results';
import { countLabel, MINUTES } from '../../lib/format/plural';
import { PAGE_KINDS } from '../../lib/content/site';
import { OFFLINE_COPY, SUGGEST_COPY } from '../../lib/search/copy';
import { searchStateQuery } from '../../lib/search/address';
import type { PageData } from './engine';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** `notSaved`: offline, and this result's page is not on the device, so following it would show the offline page. */
export function renderHit(data: PageData, notSaved = false): HTMLLIElement {
  const item = el('li', '');
  const link = el(
    'a',
    'block rounded-lg p-3 hover:bg-slate-100 focus-visible:bg-slate-100 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800',
  );
  link.href = data.url;
  link.dataset.searchHit = '';
  link.append(el('span', 'block text-lg font-bold text-brand-700 dark:text-brand-100', data.meta.title ?? data.url));
  const details = [data.filters['النوع']?.[0], data.filters['المستوى']?.[0]];
  const minutes = Number(data.meta.minutes);
  if (Number.isFinite(minutes) && minutes > 0) details.push(`${countLabel(minutes, MINUTES)} قراءة`);
  link.append(
    el(
      'span',
      'mt-0.5 block text-sm text-slate-600 dark:text-slate-400',
      details.filter(Boolean).join(' · ') || PAGE_KINDS.page,
    ),
  );
  const excerpt = el('span', 'mt-1 block text-base text-slate-800 dark:text-slate-200');
  for (const piece of excerptPieces(data.excerpt)) {
    excerpt.append(
      piece.marked
        ? el('mark', 'rounded bg-amber-200 px-0.5 text-inherit dark:bg-amber-700', piece.text)
        : document.createTextNode(piece.text),
    );
  }
  link.append(excerpt);
  if (notSaved) {
    const label = el('span', 'mt-1 block text-sm font-bold text-amber-900 dark:text-amber-100', OFFLINE_COPY.notSaved);
    label.dataset.searchNotSaved = '';
    link.append(label);
  }
  item.append(link);
  return item;
}

export function renderLinks(list: HTMLElement, links: readonly Suggestion[]): void {
  list.replaceChildren(
    ...links.map((s) => {
      const item = el('li', '');
      const link = el('a', 'link', s.label);
      link.href = s.url;
      item.append(link);
      return item;
    }),
  );
}

/**
 * «هل تقصد «…»؟» as the first line of the "no results" box: a link to the search page with the suggested query
 * (the word in <bdi>, as it may be Latin), or nothing. `onFollow` searches it in place instead.
 */
export function renderSuggestion(box: HTMLElement, suggested: string | null, onFollow: (query: string) => void): void {
  box.querySelector('[data-search-suggest]')?.remove();
  if (!suggested) return;
  const line = el('p', 'text-lg', SUGGEST_COPY.lead);
  line.dataset.searchSuggest = '';
  const link = el('a', 'link font-bold');
  link.href = `/search/${searchStateQuery({ q: suggested, type: '', level: '' })}`;
  link.append('«', el('bdi', '', suggested), '»');
  link.addEventListener('click', (event) => {
    event.preventDefault();
    onFollow(suggested);
  });
  line.append(link, '؟');
  box.prepend(line);
}
