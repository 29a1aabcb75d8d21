// The search page's state lives in the URL as ordinary query parameters, the same names the API takes:
// /?q=allende&type=film&type=person&title_type=movie&director=Patricio+Guzm%C3%A1n&genre=Documentary&language=Spanish
// &rating=7..9&year=1970..1979
// &sort=rating&page=2
// plus `words` (the page's own, never sent to the API): for a filter a chip of the query's words applied, the words
// it took out of q, so that removing the filter puts them back: words=almodovar:director:Pedro+Almodovar.
// Defaults are left out, so the plain page is "/". Nothing here touches the DOM.

export const SORTS = ['relevance', 'rating', 'votes', 'year', 'title'];
export const TYPES = ['film', 'person', 'review', 'quote'];
/** The filters that take several values at once (OR-ed within one filter, AND-ed across filters). */
export const MULTI = ['type', 'title_type', 'director', 'genre', 'language'];
export const PAGE_SIZE = 10;
/** The API answers at most this many results for one query (page × size). */
export const RESULT_WINDOW = 10000;

/**
 * @typedef {{words: string, param: string, value: string}} TakenWords the words of q a chip turned into a filter
 * @typedef {{q: string, type: string[], title_type: string[], director: string[], genre: string[], language: string[],
 *   rating: string, year: string[], sort: string, page: number, words: TakenWords[]}} SearchState
 */

/** @returns {SearchState} */
export function emptyState() {
  return {
    q: '', type: [], title_type: [], director: [], genre: [], language: [], rating: '', year: [], sort: 'relevance',
    page: 1, words: [],
  };
}

/**
 * Reads the state from a query string ("?q=…" or a URLSearchParams). Unknown parameters are ignored; a value the
 * page does not offer (an unknown type or sort, a page that is not a positive number) falls back to the default
 * (an unknown type is left out of the types).
 * @returns {SearchState}
 */
export function readState(search) {
  const params = search instanceof URLSearchParams ? search : new URLSearchParams(search);
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  for (const key of MULTI) {
    state[key] = unique(params.getAll(key).map((v) => v.trim()).filter(Boolean));
  }
  state.type = state.type.filter((type) => TYPES.includes(type));
  const rating = (params.get('rating') ?? '').trim();
  state.rating = CHECKS.rating(rating) ? '' : rating;
  state.year = unique(params.getAll('year').map((v) => v.trim()).filter((v) => v && !CHECKS.year(v)));
  const sort = (params.get('sort') ?? '').trim();
  state.sort = SORTS.includes(sort) ? sort : 'relevance';
  const page = (params.get('page') ?? '').trim();
  state.page = CHECKS.page(page) || !page ? 1 : Number(page);
  state.words = params.getAll('words').map(readWords).filter((w) => w && filterActive(state, w.param, w.value));
  return state;
}

/** "almodovar:director:Pedro Almodovar" → {words, param, value}; null when it is not of that form. */
function readWords(text) {
  const first = text.indexOf(':');
  const second = first < 0 ? -1 : text.indexOf(':', first + 1);
  if (first <= 0 || second < 0) return null;
  const words = text.slice(0, first).trim();
  const param = text.slice(first + 1, second);
  const value = text.slice(second + 1).trim();
  return words && value && (param === 'year' || MULTI.includes(param)) ? { words, param, value } : null;
}

/** Whether the state filters {@code param} by {@code value}. */
export function filterActive(state, param, value) {
  return listed(param) ? state[param].includes(value) : state[param] === value;
}

/** The parameters that hold several values: the multi-valued filters and the year ranges. */
function listed(param) {
  return param === 'year' || MULTI.includes(param);
}

/** The highest page the API answers: page × size at most {@link RESULT_WINDOW}. */
export const MAX_PAGE = RESULT_WINDOW / PAGE_SIZE;

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const RATING = new RegExp(`^(?:(${NUMBER})|(${NUMBER})?\\.\\.(${NUMBER})?)$`);
const YEAR = /^(?:(\d{4})|(\d{4})?\.\.(\d{4})?)$/;

/** A range's two ends from a regex match of RATING or YEAR: [from, to], either may be undefined. */
function ends(match) {
  return match[1] !== undefined ? [match[1], undefined] : [match[2], match[3]];
}

/**
 * Why each URL value the page reads would be left out ('' when it is kept): the same grammar as the API's
 * (docs/api.md), so a bad value in a shared or hand-edited address falls back to its default instead of failing the
 * search. An empty value is absent, never bad.
 */
const CHECKS = {
  type: (v) => (!v || TYPES.includes(v) ? '' : `not a type: use ${TYPES.join(', ')}`),
  sort: (v) => (!v || SORTS.includes(v) ? '' : `not a sort order: use ${SORTS.join(', ')}`),
  rating: (v) => {
    const m = v ? RATING.exec(v) : null;
    if (!v) return '';
    const [from, to] = m ? ends(m) : [];
    const ok = m && (from !== undefined || to !== undefined)
      && [from, to].every((x) => x === undefined || Number(x) <= 10)
      && (from === undefined || to === undefined || Number(from) <= Number(to));
    return ok ? '' : 'not a rating range: use 7..9, 8.. or ..5, from 0 to 10';
  },
  year: (v) => {
    const m = v ? YEAR.exec(v) : null;
    if (!v) return '';
    const [from, to] = m ? ends(m) : [];
    const ok = m && (from !== undefined || to !== undefined)
      && (from === undefined || to === undefined || Number(from) <= Number(to));
    return ok ? '' : 'not a year or a range of years: use 1973, 1970..1979, 1970.. or ..1979';
  },
  page: (v) => {
    if (!v) return '';
    const page = Number(v);
    if (!/^\d+$/.test(v) || page < 1) return 'not a page number';
    return page > MAX_PAGE ? `past page ${MAX_PAGE}, the last that can be shown` : '';
  },
};

/**
 * The values of a query string that {@link readState} leaves out, each with why, in the order of
 * {@code type, rating, year, sort, page} (each bad type and year, as there may be several):
 * [{name: 'rating', value: 'abc', reason: 'not a rating range: …'}].
 * @returns {{name: string, value: string, reason: string}[]}
 */
export function ignoredValues(search) {
  const params = search instanceof URLSearchParams ? search : new URLSearchParams(search);
  const ignored = [];
  for (const name of ['type', 'rating', 'year', 'sort', 'page']) {
    const values = name === 'type' || name === 'year' ? params.getAll(name) : [params.get(name) ?? ''];
    for (const value of values.map((v) => v.trim())) {
      const reason = CHECKS[name](value);
      if (reason) ignored.push({ name, value, reason });
    }
  }
  return ignored;
}

/** The notice for values left out: 'Left out of the address: rating “abc” (not a rating range: …).' */
export function ignoredNotice(ignored) {
  if (!ignored.length) return '';
  return `Left out of the address, so the default is used: ${ignored
    .map(({ name, value, reason }) => `${name} \u201c${value}\u201d (${reason})`).join('; ')}.`;
}

/** The state as query parameters, defaults left out, in a stable order. */
export function toParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of MULTI) {
    for (const value of state[key]) params.append(key, value);
  }
  if (state.rating) params.set('rating', state.rating);
  for (const year of state.year) params.append('year', year);
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  for (const { words, param, value } of state.words ?? []) params.append('words', `${words}:${param}:${value}`);
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
  params.delete('words');
  params.set('size', String(size));
  return params;
}

/**
 * A new state with some fields changed. Any change but a page change goes back to page 1, because the old page
 * number means nothing for a different result list.
 */
export function withChange(state, change) {
  const next = {
    ...state, type: [...state.type], title_type: [...state.title_type], director: [...state.director],
    genre: [...state.genre], language: [...state.language], year: [...state.year], words: [...(state.words ?? [])],
    ...change,
  };
  if (!('page' in change)) next.page = 1;
  return next;
}

/** Adds or removes one value of a multi-valued filter (type, title_type, director, genre, language). */
export function toggleValue(state, key, value) {
  const values = state[key].includes(value) ? state[key].filter((v) => v !== value) : [...state[key], value];
  return withChange(state, { [key]: values });
}

/** The state with every filter removed: sort stays, and the query gets back the words chips took out of it. */
export function withoutFilters(state) {
  const q = [state.q, ...(state.words ?? []).map((w) => w.words)].filter(Boolean).join(' ');
  return withChange(state, {
    q, type: [], title_type: [], director: [], genre: [], language: [], rating: '', year: [], words: [],
  });
}

/**
 * The state without one filter value ({@code param} a multi-valued filter, 'year' or 'rating'); when a chip
 * made it from words of the query, those words go back at the end of the query.
 */
export function withoutFilter(state, param, value) {
  const change = listed(param) ? { [param]: state[param].filter((v) => v !== value) } : { [param]: '' };
  const taken = (state.words ?? []).find((w) => w.param === param && w.value === value);
  if (taken) {
    change.q = [state.q, taken.words].filter(Boolean).join(' ');
    change.words = state.words.filter((w) => w !== taken);
  }
  return withChange(state, change);
}

/**
 * The state an interpretation of the query (GET /api/search's {@code interpretations}) leads to: its query, its
 * filter added, and the words it took remembered so that removing the filter puts them back.
 */
export function withInterpretation(state, interpretation) {
  const change = { q: interpretation.query, words: [...(state.words ?? [])] };
  for (const [param, value] of Object.entries(interpretation.filter ?? {})) {
    change[param] = listed(param) ? [...state[param].filter((v) => v !== value), value] : value;
    change.words = change.words.filter((w) => w.param !== param || listed(param) && w.value !== value);
    change.words.push({ words: interpretation.words.join(' '), param, value });
  }
  return withChange(state, change);
}

/**
 * The state every interpretation leads to at once: all their filters, and a query without any of their words. The
 * query is split into pieces as the server splits it (a quoted phrase is one piece, the rest splits at spaces), and
 * each interpretation's words are taken out where they first stand together as whole pieces.
 */
export function withInterpretations(state, interpretations) {
  let next = state;
  for (const interpretation of interpretations) {
    next = withInterpretation(next, { ...interpretation, query: withoutWords(next.q, interpretation.words) });
  }
  return next;
}

function withoutWords(q, words) {
  const pieces = q.match(/"[^"]*"?|\S+/g) ?? [];
  for (let at = 0; at + words.length <= pieces.length; at++) {
    if (words.every((word, i) => pieces[at + i] === word)) {
      pieces.splice(at, words.length);
      break;
    }
  }
  return pieces.join(' ');
}


export function hasFilters(state) {
  return Boolean(state.type.length || state.title_type.length || state.director.length || state.genre.length
    || state.language.length || state.rating || state.year.length);
}

/** "1970s" or "1970" (a decade facet value) as the year range it stands for: "1970..1979"; null if not a decade. */
export function decadeRange(value) {
  const m = /^(\d{3})0s?$/.exec(String(value).trim());
  if (!m) return null;
  const start = Number(`${m[1]}0`);
  return `${start}..${start + 9}`;
}

/**
 * The decades a year range spans when it is a run of whole decades ("1970..1999" → [1970, 1990]); null for any other
 * range ("1973", "1975..1988", "1970.."), which ticks no decade.
 * @returns {[number, number]|null} the first and the last decade's first year
 */
export function decadeSpan(year) {
  const m = /^(\d{3})0\.\.(\d{3})9$/.exec(year ?? '');
  if (!m) return null;
  const first = Number(`${m[1]}0`);
  const last = Number(`${m[2]}0`);
  return first <= last ? [first, last] : null;
}

/**
 * The decades (their first years) the year ranges tick: every decade of every range that is a run of whole decades
 * ("1970..1989" ticks 1970 and 1980; "1973" ticks none).
 * @param {string[]} years
 * @returns {Set<number>}
 */
export function tickedDecades(years) {
  const ticked = new Set();
  for (const year of years ?? []) {
    const span = decadeSpan(year);
    for (let d = span?.[0]; span && d <= span[1]; d += 10) ticked.add(d);
  }
  return ticked;
}

/**
 * Decades (first years) as year ranges, one per run of adjacent decades, oldest first: 1970, 1980, 2000 →
 * ["1970..1989", "2000..2009"].
 */
function decadeRuns(decades) {
  const sorted = [...decades].sort((a, b) => a - b);
  const runs = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] + 10 === d) last[1] = d;
    else runs.push([d, d]);
  }
  return runs.map(([first, last]) => `${first}..${last + 9}`);
}

/**
 * Ticks or unticks one decade (its first year, 1970). The ticked decades go to the API as one year range per run of
 * adjacent ones (1970s + 1980s + 2000s → year=1970..1989&year=2000..2009), so any decades may be ticked at once.
 * Year ranges that are not whole decades (1973, from a chip or a shared URL) tick none and are replaced.
 */
export function toggleDecade(state, decade) {
  const ticked = tickedDecades(state.year);
  if (ticked.has(decade)) ticked.delete(decade);
  else ticked.add(decade);
  return withChange(state, { year: decadeRuns(ticked) });
}

/**
 * The state with the year range of the decades from {@code a} to {@code b} (first years, either order), and no
 * other: the run a drag across the year histogram picks. {@code a === b} is one decade.
 */
export function withDecades(state, a, b) {
  return withChange(state, { year: [`${Math.min(a, b)}..${Math.max(a, b) + 9}`] });
}

/**
 * Shift-picking a decade on the year histogram: the ticked decades stretch from the first of them to this one (from
 * the last, for a decade before them) into one run, as a shift-click stretches a text selection; with none ticked,
 * this decade.
 */
export function extendDecades(state, decade) {
  const ticked = [...tickedDecades(state.year)];
  if (!ticked.length) return withDecades(state, decade, decade);
  const first = Math.min(...ticked);
  return decade >= first ? withDecades(state, first, decade) : withDecades(state, decade, Math.max(...ticked));
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
