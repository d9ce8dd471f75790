import { stripBidiControls } from '../format/bidi';

/** What the search page keeps in its address (`?q=…&type=…&level=…`), so results can be shared and go back. */
export interface SearchState {
  q: string;
  type: string;
  level: string;
}

const MAX_QUERY = 200;

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const pick = (key: string) =>
    stripBidiControls(params.get(key) ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  return { q: pick('q').slice(0, MAX_QUERY).trim(), type: pick('type'), level: pick('level') };
}

/** The query string for a state, empty fields left out; '' when there is nothing to keep. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim().slice(0, MAX_QUERY).trim());
  if (state.type.trim()) params.set('type', state.type.trim());
  if (state.level.trim()) params.set('level', state.level.trim());
  const text = params.toString();
  return text ? `?${text}` : '';
}
