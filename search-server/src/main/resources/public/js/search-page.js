// The search page (/): reads its state from the URL, asks GET /api/search, shows the answer, and turns every
// user action into a new URL (history.pushState), so Back, Forward, reload and shared links all work.

import * as api from './api.js';
import { el, fill } from './dom.js';
import { foldValues, renderCheckboxes, renderDecades, renderHistogram, renderRatings } from './facets-view.js';
import { TYPE_LABELS, titleTypeLabel } from './format.js';
import {
  renderChips, renderDidYouMean, renderEmpty, renderHits, renderInterpretations, renderPager, renderTabs,
  renderTimedOut, headingText, summaryText,
} from './results-view.js';
import { attachSearchBox, focusSearchOnSlash } from './searchbox.js';
import {
  MULTI, apiParams, examplesParams, exampleQueries, hasFilters, ignoredNotice, ignoredValues, lastPage, readState, searchUrl,
  extendDecades, toggleDecade, toggleValue, withChange, withDecades,
} from './state.js';

const $ = (id) => document.getElementById(id);
const view = {
  main: $('main'),
  form: $('search-form'),
  input: $('q'),
  completions: $('completions'),
  tabs: $('type-tabs'),
  facets: $('facets'),
  filtersToggle: $('filters-toggle'),
  directorFilter: $('director-filter'),
  genreFilter: $('genre-filter'),
  types: $('facet-type-values'),
  titleTypes: $('facet-title-type-values'),
  directors: $('facet-director-values'),
  genres: $('facet-genre-values'),
  languageFacet: $('facet-language'),
  languages: $('facet-language-values'),
  ratings: $('facet-rating-values'),
  ratingForm: $('rating-form'),
  decades: $('facet-decade-values'),
  histogram: $('decade-histogram'),
  results: $('results'),
  heading: $('results-heading'),
  sort: $('sort'),
  status: $('status'),
  notice: $('notice'),
  didYouMean: $('did-you-mean'),
  chips: $('chips'),
  offers: $('offers'),
  message: $('message'),
  hits: $('hits'),
  pager: $('pager'),
};

const FACET_SEARCH_DELAY_MS = 150;

let state = readState(window.location.search);
/** Says which values of the address were left out (a bad rating, a page past the end); cleared by the next move. */
let notice = '';
let lastResponse = null;
let searchController = null;
/** The facets whose "Show more" is open: they stay open as the user narrows the search. */
const expanded = new Set();
/** Queries known to find something in the served index, for the empty-results page; asked for once. */
let examples = null;

const searchBox = attachSearchBox({
  form: view.form,
  input: view.input,
  list: view.completions,
  onSearch: (q) => navigate(withChange(state, { q, words: [] })),
});
focusSearchOnSlash(view.input);

/**
 * Opens the state an address holds (on load, Back and Forward). Values the page cannot use fall back to their
 * defaults: the address is replaced by the one without them, and a notice says what was left out.
 */
function openAddress(search) {
  const next = readState(search);
  notice = ignoredNotice(ignoredValues(search));
  if (notice) window.history.replaceState(null, '', searchUrl(next));
  show(next);
}

/** Goes to a new state: a new history entry (unless the URL is the same), then the search. */
function navigate(next, { focusResults = false } = {}) {
  notice = '';
  const url = searchUrl(next);
  if (url !== window.location.pathname + window.location.search) window.history.pushState(null, '', url);
  show(next, { focusResults });
}

async function show(next, { focusResults = false } = {}) {
  state = next;
  if (view.input.value.trim() !== state.q) view.input.value = state.q;
  view.sort.value = state.sort;
  view.directorFilter.value = '';
  view.genreFilter.value = '';
  document.title = state.q ? `${state.q} \u2013 filmsearch` : 'filmsearch';
  view.heading.textContent = headingText(state);

  searchController?.abort();
  const controller = new AbortController();
  searchController = controller;
  view.results.setAttribute('aria-busy', 'true');
  if (!lastResponse) view.status.textContent = 'Searching\u2026';
  try {
    const response = await api.search(apiParams(state), controller.signal);
    withFocusKept(() => render(response));
  } catch (error) {
    if (api.isAbort(error)) return;
    renderError(error);
  } finally {
    if (searchController === controller) view.results.removeAttribute('aria-busy');
  }
  if (focusResults) {
    view.results.focus();
    view.results.scrollIntoView({ block: 'start' });
  }
}

function render(response) {
  if (response.total > 0 && response.hits.length === 0 && state.page > 1) {
    // a page past the end of these results (page=500 of 377): page 1 instead, and say so
    notice = `There is no page ${state.page} of these results (the last is ${lastPage(response.total)}): `
      + 'this is page 1.';
    const first = withChange(state, { page: 1 });
    window.history.replaceState(null, '', searchUrl(first));
    show(first);
    return;
  }
  lastResponse = response;
  view.notice.textContent = notice;
  view.notice.hidden = !notice;
  const facets = response.facets ?? {};
  renderTabs(view.tabs, state, facets.type);
  renderFacets(facets);
  view.facets.hidden = false;
  view.status.textContent = summaryText(state, response);
  renderDidYouMean(view.didYouMean, state, response.total > 0 ? response.suggestion : null);
  renderChips(view.chips, state);
  renderInterpretations(view.offers, state, response.interpretations);
  if (response.total === 0 && response.partial) {
    renderTimedOut(view.message, state);
  } else if (response.total === 0) {
    renderEmpty(view.message, state, response.suggestion, examples ?? []);
    if (!examples) showExamples(state, response.suggestion);
  } else {
    view.message.hidden = true;
    view.message.replaceChildren();
  }
  renderHits(view.hits, response);
  renderPager(view.pager, state, response);
}

/** Asks for the example queries once, then shows them if the empty answer for {@code forState} is still shown. */
async function showExamples(forState, suggestion) {
  try {
    examples = exampleQueries(await api.search(examplesParams()));
  } catch (error) {
    return; // the empty page stays without examples
  }
  if (state === forState && lastResponse?.total === 0) {
    withFocusKept(() => renderEmpty(view.message, state, suggestion, examples));
  }
}

function renderFacets(facets) {
  renderCheckboxes(view.types, 'type', facets.type, state.type, (type) => TYPE_LABELS[type] ?? type);
  renderCheckboxes(view.titleTypes, 'title_type', facets.title_type, state.title_type, titleTypeLabel);
  renderCheckboxes(view.directors, 'director', facets.director, state.director);
  renderCheckboxes(view.genres, 'genre', facets.genre, state.genre);
  renderCheckboxes(view.languages, 'language', facets.language, state.language);
  // an index without film languages (the bundled corpus) has no language facet to show
  view.languageFacet.hidden = !(facets.language?.length || state.language.length);
  renderRatings(view.ratings, facets.rating, state.rating);
  renderDecades(view.decades, facets.decade, state.year);
  renderHistogram(view.histogram, facets.decade, state.year);
  for (const [facet, list] of Object.entries(foldable())) foldValues(list, facet, expanded.has(facet));
  const [from, to] = state.rating.includes('..') ? state.rating.split('..') : ['', ''];
  view.ratingForm.elements.from.value = from;
  view.ratingForm.elements.to.value = to;
  const active = state.type.length + state.title_type.length + state.director.length + state.genre.length
    + state.language.length + (state.rating ? 1 : 0) + state.year.length;
  view.filtersToggle.textContent = active ? `Filters (${active})` : 'Filters';
}

function renderError(error) {
  view.status.textContent = 'The search failed.';
  view.notice.textContent = notice;
  view.notice.hidden = !notice;
  view.didYouMean.hidden = true;
  view.hits.replaceChildren();
  view.pager.hidden = true;
  view.offers.hidden = true;
  renderChips(view.chips, state);
  const detail = error instanceof api.ApiError
    ? error.detail || error.title || `The server answered ${error.status}.`
    : 'The server could not be reached. Check your connection and try again.';
  fill(view.message,
    el('h2', {}, 'Something went wrong'),
    el('p', { attrs: { role: 'alert' } }, detail),
    hasFilters(state) || state.q ? el('p', {}, el('a', { href: '/', dataset: { nav: '' } }, 'Start a new search')) : null);
  view.message.hidden = false;
}

/**
 * Re-rendering replaces the focused checkbox or link with a new one; this puts the focus back on its
 * successor (same data-focus-key), or on the results when it is gone (a removed chip), so keyboard users
 * keep their place.
 */
function withFocusKept(renderFn) {
  const focused = document.activeElement;
  const key = focused?.dataset?.focusKey;
  renderFn();
  if (!key || document.activeElement === focused && focused.isConnected) return;
  const successor = document.querySelector(`[data-focus-key="${CSS.escape(key)}"]`);
  (successor ?? view.results).focus({ preventScroll: Boolean(successor) });
}

// Links the page follows in place: tabs, chips, pager, "did you mean", "clear all".
view.main.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-nav]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href);
  if (url.origin !== window.location.origin || url.pathname !== '/') return;
  event.preventDefault();
  navigate(readState(url.search), { focusResults: link.dataset.nav === 'top' });
});

/** The facet lists that fold behind "Show more", by the name their button carries. */
function foldable() {
  return {
    type: view.types, title_type: view.titleTypes, director: view.directors, genre: view.genres,
    language: view.languages, rating: view.ratings, decade: view.decades,
  };
}

view.facets.addEventListener('change', (event) => {
  const input = event.target.closest('input[data-facet]');
  if (!input) return;
  const facet = input.dataset.facet;
  if (MULTI.includes(facet)) {
    navigate(toggleValue(state, facet, input.value));
  } else if (facet === 'decade') {
    navigate(toggleDecade(state, Number(input.value)));
  } else if (input.checked) {
    navigate(withChange(state, { [facet]: input.value }));
  }
});

// "Show more" and "Show fewer": unfold or fold one list where it is, without a new search.
view.facets.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-more]');
  if (!button) return;
  const facet = button.dataset.more;
  const list = foldable()[facet];
  if (expanded.has(facet)) expanded.delete(facet); else expanded.add(facet);
  button.closest('li').remove();
  for (const li of list.children) li.hidden = false;
  foldValues(list, facet, expanded.has(facet));
  list.querySelector('button[data-more]')?.focus();
});

view.ratingForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const { from, to } = view.ratingForm.elements;
  const low = from.value.trim();
  const high = to.value.trim();
  to.setCustomValidity(low && high && Number(low) > Number(high) ? 'The upper end must not be below the lower end.' : '');
  if (!view.ratingForm.reportValidity()) return;
  navigate(withChange(state, { rating: low || high ? `${low}..${high}` : '' }));
});
view.ratingForm.elements.to.addEventListener('input', () => view.ratingForm.elements.to.setCustomValidity(''));

view.sort.addEventListener('change', () => navigate(withChange(state, { sort: view.sort.value })));

view.filtersToggle.addEventListener('click', () => {
  const open = view.filtersToggle.getAttribute('aria-expanded') !== 'true';
  view.filtersToggle.setAttribute('aria-expanded', String(open));
  view.main.classList.toggle('facets-open', open);
});

// The year histogram. A drag across the bars picks the decades from the one pressed to the one let go (a press
// and release on one bar: that decade); Enter or a click picks one decade, Shift+Enter or a shift-click stretches
// the run to it; the arrow keys, Home and End move between the bars.
const HISTOGRAM_CLICK_AFTER_DRAG_MS = 500;
let drag = null;
let dragEndedAt = -Infinity;

const histogramBars = () => [...view.histogram.querySelectorAll('button[data-decade]')];

/** The bar under a horizontal position: the nearest one, so a drag past either end stops at the last bar. */
function barAt(x) {
  let nearest = null;
  let distance = Infinity;
  for (const bar of histogramBars()) {
    const box = bar.getBoundingClientRect();
    const d = x < box.left ? box.left - x : x > box.right ? x - box.right : 0;
    if (d < distance) [nearest, distance] = [bar, d];
  }
  return nearest;
}

function markDrag() {
  const [low, high] = [Math.min(drag.anchor, drag.last), Math.max(drag.anchor, drag.last)];
  for (const bar of histogramBars()) {
    const decade = Number(bar.dataset.decade);
    bar.classList.toggle('in-drag', decade >= low && decade <= high);
  }
}

view.histogram.addEventListener('pointerdown', (event) => {
  const bar = event.target.closest('button[data-decade]');
  if (!bar || event.button !== 0) return;
  event.preventDefault();
  bar.focus({ preventScroll: true });
  drag = { anchor: Number(bar.dataset.decade), last: Number(bar.dataset.decade), pointer: event.pointerId };
  view.histogram.setPointerCapture(event.pointerId);
  markDrag();
});
view.histogram.addEventListener('pointermove', (event) => {
  if (!drag || event.pointerId !== drag.pointer) return;
  const bar = barAt(event.clientX);
  if (bar && Number(bar.dataset.decade) !== drag.last) {
    drag.last = Number(bar.dataset.decade);
    markDrag();
  }
});
view.histogram.addEventListener('pointerup', (event) => {
  if (!drag || event.pointerId !== drag.pointer) return;
  const { anchor, last } = drag;
  drag = null;
  dragEndedAt = event.timeStamp;
  navigate(withDecades(state, anchor, last));
});
view.histogram.addEventListener('pointercancel', () => {
  drag = null;
  for (const bar of histogramBars()) bar.classList.remove('in-drag');
});
// a click that ends a drag was handled by pointerup; the rest are Enter, Space and assistive technology
view.histogram.addEventListener('click', (event) => {
  const bar = event.target.closest('button[data-decade]');
  if (!bar || event.timeStamp - dragEndedAt < HISTOGRAM_CLICK_AFTER_DRAG_MS) return;
  const decade = Number(bar.dataset.decade);
  navigate(event.shiftKey ? extendDecades(state, decade) : withDecades(state, decade, decade));
});
view.histogram.addEventListener('keydown', (event) => {
  const bar = event.target.closest('button[data-decade]');
  if (!bar) return;
  const bars = histogramBars();
  const at = bars.indexOf(bar);
  const to = { ArrowLeft: at - 1, ArrowDown: at - 1, ArrowRight: at + 1, ArrowUp: at + 1, Home: 0, End: bars.length - 1 }[event.key];
  if (event.key === 'Enter' && event.shiftKey) {
    event.preventDefault(); // the click Enter makes may not say Shift was held
    navigate(extendDecades(state, Number(bar.dataset.decade)));
    return;
  }
  if (to === undefined) return;
  event.preventDefault();
  const next = bars[Math.max(0, Math.min(bars.length - 1, to))];
  for (const b of bars) b.tabIndex = b === next ? 0 : -1;
  next.focus();
});

// The director and genre boxes search all of that facet's values (GET /api/facets/{name}?prefix=…), not only the
// ones listed.
for (const [facet, box, list, selected] of [
  ['director', view.directorFilter, view.directors, () => state.director],
  ['genre', view.genreFilter, view.genres, () => state.genre],
]) {
  let timer = 0;
  let controller = null;
  const searchValues = async () => {
    const prefix = box.value.trim();
    controller?.abort();
    if (!prefix) {
      renderCheckboxes(list, facet, lastResponse?.facets?.[facet], selected());
      foldValues(list, facet, expanded.has(facet));
      return;
    }
    const mine = new AbortController();
    controller = mine;
    try {
      const values = await api.facetValues(facet, prefix, mine.signal);
      renderCheckboxes(list, facet, values, selected());
    } catch (error) {
      if (!api.isAbort(error)) fill(list, el('li', { className: 'facet-empty' }, `The ${facet}s could not be searched.`));
    }
  };
  box.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(searchValues, FACET_SEARCH_DELAY_MS);
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault(); // a facet search is not a form submission
  });
}

window.addEventListener('popstate', () => {
  searchBox.close();
  openAddress(window.location.search);
});

openAddress(window.location.search);
