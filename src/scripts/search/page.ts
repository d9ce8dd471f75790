/**
 * The search page: the query and filters live in the address (?q=&type=&level=), so a search can be shared
 * and the back button returns to it. Typing replaces the current history entry; choosing a filter or pressing
 * Enter adds one. Pagefind loads when the box is focused or the address already holds a query.
 */
import { readSearchState, searchStateQuery, type SearchState } from '../../lib/search/address';
import { mountSearch } from './controller';

const TITLE = document.title;

export function mountSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const radio = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
  const state = (): SearchState => ({ q: box.input.value, type: radio('type'), level: radio('level') });
  const filters = () => {
    const chosen: Record<string, string> = {};
    if (radio('type')) chosen['النوع'] = radio('type');
    if (radio('level')) chosen['المستوى'] = radio('level');
    return chosen;
  };
  const box = mountSearch(root, {
    pageSize: 10,
    filters,
    onSearched: (shown) => {
      document.title = shown ? `«${shown}» · ${TITLE}` : TITLE;
      const url = `${location.pathname}${searchStateQuery(state())}`;
      if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
    },
  });

  const restore = () => {
    const saved = readSearchState(location.search);
    box.input.value = saved.q;
    for (const [name, value] of [
      ['type', saved.type],
      ['level', saved.level],
    ] as const) {
      const match = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
      (match ?? form.querySelector<HTMLInputElement>(`input[name="${name}"][value=""]`))!.checked = true;
    }
    void box.run();
  };

  // A new history entry for deliberate steps, so Back undoes them.
  const commit = () => history.pushState(null, '', `${location.pathname}${searchStateQuery(state())}`);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit();
    void box.run();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type !== 'radio') return;
    commit();
    void box.run();
  });
  addEventListener('popstate', restore);

  if (readSearchState(location.search).q) restore();
  else box.input.focus();
}
