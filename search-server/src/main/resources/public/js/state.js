// The search page's state lives in the URL as ordinary query parameters, the same names the API takes:
// /?q=allende&type=film&director=Patricio+Guzm%C3%A1n&genre=Documentary&rating=7..9&year=1970..1979&sort=rating&page=2
// Defaults are left out, so the plain page is "/". Nothing here touches the DOM.

export const SORTS = ['relevance', 'rating', 'votes', 'year', 'title'];
export const TYPES = ['film', 'person', 'review', 'quote'];
export const MULTI = ['director', 'genre'];
export const PAGE_SIZE = 10;
/** The API answers at most this many results for one query (page × size). */
export const RESULT_WINDOW = 10000;

/**
 * @typedef {{q: string, type: string, director: string[], genre: string[], rating: string, year: string,
 *   sort: string, page: number}} SearchState
 */

/** @returns {SearchState} */
export function emptyState() {
  return { q: '', type: '', director: [], genre: [], rating: '', year: '', sort: 'relevance', page: 1 };
}

/**
 * Reads the state from a query string ("?q=…" or a URLSearchParams). Unknown parameters are ignored; a value the
 * page does not offer (an unknown type or sort, a page that is not a positive number) falls back to the default.
 * @returns {SearchState}
 */
export function readState(search) {
  const params = search instanceof URLSearchParams ? search : new URLSearchParams(search);
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  const type = params.get('type') ?? '';
  state.type = TYPES.includes(type) ? type : '';
  for (const key of MULTI) {
    state[key] = unique(params.getAll(key).map((v) => v.trim()).filter(Boolean));
  }
  state.rating = (params.get('rating') ?? '').trim();
  state.year = (params.get('year') ?? '').trim();
  const sort = params.get('sort') ?? '';
  state.sort = SORTS.includes(sort) ? sort : 'relevance';
  const page = Number(params.get('page'));
  state.page = Number.isInteger(page) && page > 0 ? page : 1;
  return state;
}

/** The state as query parameters, defaults left out, in a stable order. */
export function toParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.type) params.set('type', state.type);
  for (const key of MULTI) {
    for (const value of state[key]) params.append(key, value);
  }
  if (state.rating) params.set('rating', state.rating);
  if (state.year) params.set('year', state.year);
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** The page's address for a state: "/" or "/?q=…". */
export function searchUrl(state) {
  const query = toParams(state).toString();
  return query ? `/?${query}` : '/';
}

/** The parameters of GET /api/search for a state. */
export function apiParams(state, size = PAGE_SIZE) {
  const params = toParams(state);
  params.set('size', String(size));
  return params;
}

/**
 * A new state with some fields changed. Any change but a page change goes back to page 1, because the old page
 * number means nothing for a different result list.
 */
export function withChange(state, change) {
  const next = { ...state, director: [...state.director], genre: [...state.genre], ...change };
  if (!('page' in change)) next.page = 1;
  return next;
}

/** Adds or removes one value of a multi-valued filter (director, genre). */
export function toggleValue(state, key, value) {
  const values = state[key].includes(value) ? state[key].filter((v) => v !== value) : [...state[key], value];
  return withChange(state, { [key]: values });
}

/** The state with every filter removed: query and sort stay. */
export function withoutFilters(state) {
  return withChange(state, { type: '', director: [], genre: [], rating: '', year: '' });
}

export function hasFilters(state) {
  return Boolean(state.type || state.director.length || state.genre.length || state.rating || state.year);
}

/** "1970s" or "1970" (a decade facet value) as the year range it stands for: "1970..1979"; null if not a decade. */
export function decadeRange(value) {
  const m = /^(\d{3})0s?$/.exec(String(value).trim());
  if (!m) return null;
  const start = Number(`${m[1]}0`);
  return `${start}..${start + 9}`;
}

/** "7..9" → "7–9", "8.." → "8 or more", "..5" → "up to 5", "1973" → "1973". */
export function rangeLabel(range) {
  const at = range.indexOf('..');
  if (at < 0) return range;
  const from = range.slice(0, at).trim();
  const to = range.slice(at + 2).trim();
  if (from && to) return `${from}\u2013${to}`;
  if (from) return `${from} or more`;
  if (to) return `up to ${to}`;
  return range;
}

/** The number of the last page the API will answer for this many results. */
export function lastPage(total, size = PAGE_SIZE) {
  return Math.max(1, Math.ceil(Math.min(total, RESULT_WINDOW) / size));
}

function unique(values) {
  return [...new Set(values)];
}

/** The API parameters of the search whose answer gives {@link exampleQueries}: the best-known films, with facets. */
export function examplesParams(size = 2) {
  return new URLSearchParams({ type: 'film', sort: 'votes', size: String(size) });
}

/**
 * Queries that find something in the served index, for the empty-results page: the titles of the best-known films
 * and the director with the most films, from the answer to {@link examplesParams}. Never a hard-coded title, so
 * they hold for whatever corpus is served.
 * @returns {string[]}
 */
export function exampleQueries(response, directors = 1) {
  const titles = (response?.hits ?? []).map((hit) => hit.title).filter(Boolean);
  const names = (response?.facets?.director ?? []).map((value) => value.value).filter(Boolean).slice(0, directors);
  return unique([...titles, ...names]);
}
