/**
 * One search box wired to Pagefind: search as you type, arrow keys through the results, the "no results"
 * and "only common words" states, and loading or offline errors, all in Arabic. Used by the header dialog
 * and the search page; the page adds filters and keeps the query in its address.
 */
import { planSearch } from '../../lib/search/query';
import { runPlan, type EngineResult } from '../../lib/search/run';
import { similarTerms } from '../../lib/search/results';
import { countLabel, RESULTS } from '../../lib/format/plural';
import { OFFLINE_COPY, SUGGEST_COPY } from '../../lib/search/copy';
import { availableOffline } from '../shared/offline-pages';
import { loadSearch, loadSuggester, type PageData } from './engine';
import { renderHit, renderLinks, renderSuggestion } from './render';

export interface SearchOptions {
  /** How many results to show at first and per "more" press. */
  pageSize: number;
  /** Current filter values (search page only). */
  filters?: () => Record<string, string>;
  /** Called after each search with the query as shown, for the address bar. */
  onSearched?: (query: string) => void;
}

export interface SearchBox {
  input: HTMLInputElement;
  run: () => Promise<void>;
}

const DELAY_MS = 150;

export function mountSearch(root: HTMLElement, options: SearchOptions): SearchBox {
  const q = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-search-${name}]`)!;
  const input = q<HTMLInputElement>('input');
  const status = q<HTMLElement>('status');
  const list = q<HTMLOListElement>('results');
  const empty = q<HTMLElement>('empty');
  const termsBox = q<HTMLElement>('terms');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  let ranked: EngineResult<PageData>[] = [];
  let shown = 0;
  let runId = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const say = (text: string) => {
    status.textContent = text;
  };

  async function showMore(id: number) {
    const next = ranked.slice(shown, shown + options.pageSize);
    // A result whose fragment cannot load (offline and never visited) is skipped, not shown broken.
    const data = (await Promise.all(next.map((r) => r.data().catch(() => null)))).filter(
      (d): d is PageData => d !== null,
    );
    const missing = next.length - data.length;
    // Offline, a result whose page is not saved would open the offline page: it says so. Online, nothing is checked.
    const offline = !navigator.onLine;
    const saved = await Promise.all(data.map((d) => !offline || availableOffline(d.url)));
    if (id !== runId) return;
    list.append(...data.map((d, i) => renderHit(d, !saved[i])));
    shown += next.length;
    if (more) more.hidden = shown >= ranked.length;
    if (missing) say(`${status.textContent} بعض النتائج غير محفوظة على جهازك، وستظهر حين تتصل بالإنترنت.`);
    if (saved.includes(false) && !status.textContent?.includes(OFFLINE_COPY.someNotSaved))
      say(`${status.textContent} ${OFFLINE_COPY.someNotSaved}`);
  }

  async function run() {
    clearTimeout(timer);
    const id = ++runId;
    const plan = planSearch(input.value);
    options.onSearched?.(plan.shown);
    list.replaceChildren();
    empty.hidden = true;
    renderSuggestion(empty, null, follow);
    if (more) more.hidden = true;
    if (plan.empty === 'blank') return say('');
    if (plan.empty === 'too-short') return say('اكتب حرفين على الأقل.');
    if (plan.empty === 'only-common') {
      return say(
        `كلمات مثل «${plan.dropped.join('» و«')}» شائعة في كل صفحة ولا تكفي وحدها للبحث. أضف كلمة تصف ما تبحث عنه، مثل «التسعير» أو «العميل الأول».`,
      );
    }
    say('جارٍ البحث…');
    let loaded;
    try {
      loaded = await loadSearch();
    } catch {
      if (id === runId)
        say(navigator.onLine ? 'تعذر تحميل البحث. أعد تحميل الصفحة وحاول مرة أخرى.' : OFFLINE_COPY.searchNotSaved);
      return;
    }
    const full = planSearch(input.value, loaded.lexicon.groups);
    const { results } = await runPlan(loaded.engine, full, options.filters?.() ?? {});
    if (id !== runId) return;
    ranked = results;
    shown = 0;
    if (ranked.length === 0) {
      say(`لا نتائج لـ«${full.shown}».`);
      renderLinks(termsBox, similarTerms(full.shown, loaded.lexicon.terms));
      termsBox.parentElement!.hidden = termsBox.childElementCount === 0;
      renderLinks(q<HTMLElement>('popular'), loaded.lexicon.popular);
      empty.hidden = false;
      // The index's words load only now, for a search that found nothing.
      const suggested = await loadSuggester().then(
        (suggest) => suggest(full.shown),
        () => null,
      );
      if (id !== runId || !suggested) return;
      say(SUGGEST_COPY.status(full.shown, suggested));
      renderSuggestion(empty, suggested, follow);
      return;
    }
    const ignored = full.dropped.length ? ` (تجاهلنا الكلمات الشائعة: ${full.dropped.join('، ')})` : '';
    say(`${countLabel(ranked.length, RESULTS)} لـ«${full.shown}»${ignored}.`);
    await showMore(id);
  }

  // Following a suggestion searches it here, as if typed, and keeps the reader in the box.
  function follow(query: string) {
    input.value = query;
    input.focus();
    void run();
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DELAY_MS);
  });
  more?.addEventListener('click', () => {
    const first = shown;
    void showMore(runId).then(() => list.querySelectorAll<HTMLAnchorElement>('[data-search-hit]')[first]?.focus());
  });

  // Arrow keys move between the input and the result links; Escape on a result returns to the input.
  root.addEventListener('keydown', (event) => {
    const hits = [...list.querySelectorAll<HTMLAnchorElement>('[data-search-hit]')];
    const at = hits.indexOf(document.activeElement as HTMLAnchorElement);
    const onInput = document.activeElement === input;
    if (event.key === 'ArrowDown' && (onInput || at >= 0)) {
      event.preventDefault();
      hits[Math.min(at + 1, hits.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : hits[at - 1]!).focus();
    } else if (event.key === 'Escape' && at >= 0) {
      event.preventDefault();
      input.focus();
    }
  });

  // Start fetching the engine as soon as the reader is in the box, before the first letter.
  input.addEventListener('focus', () => void loadSearch().catch(() => {}), { once: true });
  return { input, run };
}
