// The result side of the search page: type tabs, summary, "did you mean", filter chips, the hits and the pager.
// Every link here is a real link to a search URL (data-nav marks the ones the page follows in place), so a
// middle click opens a new tab and a copied link opens the same results.

import { el, fill, marked, filmUrl, personUrl } from './dom.js';
import { plainText } from './markup.js';
import {
  TYPE_LABELS, TYPE_SINGULAR, count, plural, ratingWithVotes, listing, titleTypeLabel, episodeOfText, filmRefText,
  rolesText, knownFilmText,
} from './format.js';
import {
  TYPES, PAGE_SIZE, emptyState, searchUrl, withChange, withoutFilter, withoutFilters, withInterpretation,
  withInterpretations, hasFilters, lastPage, rangeLabel,
} from './state.js';

const navLink = (state, text, props = {}) =>
  el('a', { href: searchUrl(state), ...props, dataset: { nav: '', ...(props.dataset ?? {}) } }, text);

/**
 * "All 12 · Films 5 · People 3 · Reviews 4 · Quotes 0"; the counts ignore the type filter itself. A tab shows one
 * type (All: every type); several types at once are picked in the filters, and then no tab is the current one.
 */
export function renderTabs(nav, state, typeFacet) {
  const counts = new Map((typeFacet ?? []).map((v) => [v.value, v.count]));
  const all = [...counts.values()].reduce((a, b) => a + b, 0);
  const current = state.type.length === 0 ? '' : state.type.length === 1 ? state.type[0] : null;
  const tab = (type, label, n) => navLink(withChange(state, { type: type ? [type] : [] }), [
    el('span', { className: 'tab-label' }, label), ' ',
    el('span', { className: 'tab-count' }, count(n)),
  ], {
    className: n === 0 ? 'tab tab-empty' : 'tab',
    attrs: { 'aria-current': current === type ? 'page' : null },
    dataset: { focusKey: `tab:${type}` },
  });
  fill(nav, tab('', 'All', all), TYPES.map((type) => tab(type, TYPE_LABELS[type], counts.get(type) ?? 0)));
}

export function headingText(state) {
  return state.q ? `Results for \u201c${state.q}\u201d` : 'Browse the catalogue';
}

/** "123 results · page 2 of 13 · 4 ms", and a warning when the time budget cut the search short. */
export function summaryText(state, response) {
  const parts = [plural(response.total, 'result')];
  const pages = lastPage(response.total, response.size || PAGE_SIZE);
  if (response.total > 0 && pages > 1) parts.push(`page ${count(response.page)} of ${count(pages)}`);
  if (!state.q && response.total > 0) parts.push('best known first');
  parts.push(`${count(response.tookMs)} ms`);
  let text = parts.join(' \u00b7 ');
  if (response.partial) text += ' \u00b7 the search ran out of time, so these results are incomplete';
  return text;
}

/** "Did you mean allende guzman?" with a link that keeps the filters. */
export function renderDidYouMean(p, state, suggestion) {
  p.hidden = !suggestion;
  if (!suggestion) {
    p.replaceChildren();
    return;
  }
  fill(p, 'Did you mean ', navLink(withChange(state, { q: suggestion }), suggestion, {
    className: 'suggestion', dataset: { focusKey: 'did-you-mean' },
  }), '?');
}

/** One removable chip per active filter, then "Clear all". */
export function renderChips(container, state) {
  const chips = [];
  const chip = (label, value, next, key) => chips.push(navLink(next, [
    el('span', { className: 'chip-label' }, `${label}: `), value, el('span', { className: 'chip-x', attrs: { 'aria-hidden': 'true' } }, '\u00d7'),
  ], {
    className: 'chip',
    attrs: { 'aria-label': `Remove filter ${label}: ${value}` },
    dataset: { focusKey: `chip:${key}` },
  }));
  for (const t of state.type) chip('Type', TYPE_LABELS[t], withoutFilter(state, 'type', t), `type:${t}`);
  for (const t of state.title_type) {
    chip('Title type', titleTypeLabel(t), withoutFilter(state, 'title_type', t), `title_type:${t}`);
  }
  for (const d of state.director) chip('Director', d, withoutFilter(state, 'director', d), `director:${d}`);
  for (const g of state.genre) chip('Genre', g, withoutFilter(state, 'genre', g), `genre:${g}`);
  for (const l of state.language) chip('Language', l, withoutFilter(state, 'language', l), `language:${l}`);
  if (state.rating) chip('Rating', rangeLabel(state.rating), withoutFilter(state, 'rating', state.rating), 'rating');
  for (const y of state.year) chip('Year', rangeLabel(y), withoutFilter(state, 'year', y), `year:${y}`);
  container.hidden = chips.length === 0;
  fill(container, chips, chips.length > 1 || (chips.length === 1 && state.q)
    ? navLink(withoutFilters(state), 'Clear all', { className: 'chip-clear', dataset: { focusKey: 'clear-all' } })
    : null);
}

/**
 * "Filter by: + Director: Pedro Almodovar  + Decade: 1990s": the words of the query the server read as filters
 * (GET /api/search's interpretations), each a link to the search with that filter and without those words.
 */
export function renderInterpretations(container, state, interpretations) {
  const offers = (interpretations ?? []).map((interpretation) => navLink(withInterpretation(state, interpretation), [
    el('span', { className: 'chip-plus', attrs: { 'aria-hidden': 'true' } }, '+'), interpretation.label,
  ], {
    className: 'chip chip-offer',
    title: interpretation.query ? `Search \u201c${interpretation.query}\u201d with ${interpretation.label}`
      : `Show everything with ${interpretation.label}`,
    dataset: { focusKey: `offer:${interpretation.dimension}:${interpretation.value}` },
  }));
  container.hidden = offers.length === 0;
  fill(container, offers.length ? el('span', { className: 'offers-label' }, 'Filter by') : null, offers,
    offers.length > 1 ? navLink(withInterpretations(state, interpretations), 'All of these', {
      className: 'chip-clear', dataset: { focusKey: 'offer:all' },
    }) : null);
}

/**
 * The empty state: what was searched, the suggestion if any, and ways out; {@code examples} are queries that find
 * something in the served index (see exampleQueries in state.js), left out while they are not known.
 */
export function renderEmpty(container, state, suggestion, examples = []) {
  const ways = [];
  if (suggestion) {
    ways.push(el('li', {}, 'Try ', navLink(withChange(state, { q: suggestion }), suggestion), ' instead.'));
  }
  if (hasFilters(state)) {
    ways.push(el('li', {}, 'Remove a filter above, or ', navLink(withoutFilters(state), 'search without filters'), '.'));
  }
  ways.push(el('li', {}, 'Check the spelling, or use fewer or more general words.'));
  if (examples.length) {
    const links = examples.flatMap((q, i) => [i ? ', ' : '', navLink(withChange(emptyState(), { q }), q)]);
    ways.push(el('li', { className: 'examples' }, 'Search for a film title, a director or an actor: ', ...links, '.'));
  }
  ways.push(el('li', {}, navLink(withoutFilters({ ...state, q: '' }), 'Browse the whole catalogue'), '.'));
  fill(container,
    el('h2', {}, state.q ? `Nothing matches \u201c${state.q}\u201d` : 'Nothing matches these filters'),
    el('ul', {}, ways));
  container.hidden = false;
}

/** A search the time budget stopped before it found anything: not "nothing matches", but "try again". */
export function renderTimedOut(container, state) {
  fill(container,
    el('h2', {}, 'The search took too long'),
    el('p', {}, 'It was stopped before it found anything. ',
      el('a', { href: searchUrl(state), dataset: { nav: '' } }, 'Try again'),
      ', or use fewer or more specific words.'));
  container.hidden = false;
}

export function renderHits(list, response) {
  list.start = (response.page - 1) * (response.size || PAGE_SIZE) + 1;
  fill(list, response.hits.map(hitItem));
}

const FIELD_LABELS = {
  plot: 'Plot', overview: 'Plot', body: 'Review', text: 'Quote', cast: 'Cast', characters: 'Characters',
  keywords: 'Keywords', directors: 'Director', director: 'Director', writers: 'Writer', genres: 'Genre',
  headline: 'Headline', speaker: 'Speaker', awards: 'Awards', originalTitle: 'Original title', films: 'Films',
  names: 'People', aliases: 'Also known as',
};
const TITLE_FIELDS = new Set(['title', 'name', 'label']);
const MAX_HIGHLIGHT_FIELDS = 2;

function hitItem(hit) {
  const link = hitLink(hit);
  const titleFragment = firstTitleFragment(hit);
  const meta = [];
  if (hit.type === 'review' || hit.type === 'quote') {
    const film = filmMeta(hit);
    if (film) meta.push(film);
  } else if (hit.type === 'person') {
    const roles = rolesText(hit.roles);
    if (roles) meta.push(roles);
    if (hit.knownFor?.length) {
      meta.push(['Known for ', hit.knownFor.flatMap((film, i) => [i ? ', ' : '',
        el('a', { href: filmUrl(film.id), className: 'hit-known-link' }, knownFilmText(film, hit.roles))])]);
    }
  } else if (hit.type === 'film' && hit.episodeOf) {
    meta.push(['Episode of ', el('a', { href: filmUrl(hit.episodeOf.seriesId), className: 'hit-series-link' },
      episodeOfText(hit.episodeOf))]);
  } else if (hit.type === 'film' && hit.directors?.length) {
    meta.push(`Directed by ${listing(hit.directors)}`);
  }
  if (hit.genres?.length) meta.push(hit.genres.join(', '));
  // a person's votes are their films' popularity, a ranking signal rather than something to read
  const score = hit.type === 'person' ? null : ratingWithVotes(hit.rating, hit.votes);
  if (score) meta.push(el('span', { className: 'hit-rating' }, score));

  // a quote's title is the quote itself
  const title = titleFragment ? marked(titleFragment) : hit.title ?? 'Untitled';
  const shown = hit.type === 'quote' ? ['\u201c', title, '\u201d'] : title;
  return el('li', { className: `hit hit-${hit.type}` },
    el('article', { attrs: { 'aria-labelledby': `hit-${hit.type}-${hit.id}` } },
      el('p', { className: 'hit-type' }, hit.type === 'film' && hit.titleType && hit.titleType !== 'movie'
        ? titleTypeLabel(hit.titleType) : TYPE_SINGULAR[hit.type] ?? hit.type),
      el('h2', { className: 'hit-title', id: `hit-${hit.type}-${hit.id}` },
        link ? el('a', { href: link }, shown) : el('span', {}, shown),
        hit.year && hit.type !== 'person' && hit.type !== 'quote' && hit.type !== 'review'
          ? el('span', { className: 'hit-year' }, ` (${hit.year})`) : null),
      meta.length ? el('p', { className: 'hit-meta' }, meta.flatMap((m, i) => (i ? [' \u00b7 ', m] : [m]))) : null,
      highlightList(hit),
      evidenceBlock(hit),
      foldedNote(hit)));
}

/**
 * Under a film hit, the review or quote whose text best matched: the quote with its speaker, or the review's
 * passage with its author, linked to it on the film's page, and how many more of the film's reviews and quotes matched.
 */
function evidenceBlock(hit) {
  const e = hit.evidence;
  if (!e) return null;
  const text = e.type === 'quote' ? ['\u201c', marked(e.text), '\u201d'] : marked(e.text);
  const by = e.type === 'quote' ? e.speaker : e.author;
  const more = e.matches > 1 ? ` \u00b7 ${plural(e.matches - 1, 'more match', 'more matches')}` : '';
  return el('blockquote', { className: `hit-evidence hit-evidence-${e.type}` },
    el('a', { href: `${filmUrl(hit.id)}#${e.type}-${encodeURIComponent(e.id)}` }, text),
    el('footer', {}, `${e.type === 'quote' ? 'Quote' : 'Review'}${by ? ` \u2014 ${by}` : ''}${more}`));
}

/** Under a review or quote hit: how many more of its film's reviews and quotes matched (folded into this hit). */
function foldedNote(hit) {
  if (!hit.folded) return null;
  return el('p', { className: 'hit-folded' },
    `and ${plural(hit.folded, 'more review or quote', 'more reviews and quotes')} of this film matched`);
}

/**
 * "Review of The Godfather (1972)", "Vito Corleone in The Godfather (1972)": a link to the film's page when the
 * catalogue has the film, else the film as the record's source named it, marked as not in the catalogue.
 */
function filmMeta(hit) {
  const text = filmRefText(hit.film);
  if (!text) return hit.type === 'quote' && hit.speaker ? hit.speaker : null;
  const lead = hit.type === 'review' ? 'Review of ' : hit.speaker ? `${hit.speaker} in ` : 'From ';
  return hit.film.inCatalogue
    ? [lead, el('a', { href: filmUrl(hit.film.id), className: 'hit-film-link' }, text)]
    : [lead, el('span', { className: 'hit-film-name' }, text), ' (not in the catalogue)'];
}

/** The page a hit opens: its own, or its film's at the review or quote; null for one whose film has no page. */
function hitLink(hit) {
  switch (hit.type) {
    case 'person': return personUrl(hit.id);
    case 'review':
    case 'quote': return hit.film?.inCatalogue ? `${filmUrl(hit.film.id)}#${hit.type}-${encodeURIComponent(hit.id)}` : null;
    default: return filmUrl(hit.id);
  }
}

/** The highlighted title when the server highlighted the whole of it; else null (the plain title is used). */
function firstTitleFragment(hit) {
  for (const field of TITLE_FIELDS) {
    const fragment = hit.highlights?.[field]?.[0];
    if (fragment && plainText(fragment) === hit.title) return fragment;
  }
  return null;
}

function highlightList(hit) {
  const fields = Object.entries(hit.highlights ?? {})
    .filter(([field, fragments]) => !TITLE_FIELDS.has(field) && fragments?.length)
    .slice(0, MAX_HIGHLIGHT_FIELDS);
  if (fields.length === 0) return null;
  return el('dl', { className: 'hit-highlights' }, fields.map(([field, fragments]) => [
    el('dt', {}, FIELD_LABELS[field] ?? field.charAt(0).toUpperCase() + field.slice(1)),
    el('dd', {}, fragments.slice(0, 2).map((f, i) => [i ? ' \u2026 ' : '', marked(f)])),
  ]));
}

/** Previous, a window of page numbers with the first and last, Next. */
export function renderPager(nav, state, response) {
  const last = lastPage(response.total, response.size || PAGE_SIZE);
  nav.hidden = response.total === 0 || last <= 1;
  if (nav.hidden) {
    nav.replaceChildren();
    return;
  }
  const page = response.page;
  const link = (n, text, { focusKey = `page:${n}`, ...props } = {}) => navLink(withChange(state, { page: n }), text, {
    ...props, dataset: { nav: 'top', focusKey },
  });
  const numbers = new Set([1, last]);
  for (let n = Math.max(1, page - 2); n <= Math.min(last, page + 2); n++) numbers.add(n);
  const items = [];
  let previous = 0;
  for (const n of [...numbers].sort((a, b) => a - b)) {
    if (n - previous > 1) items.push(el('li', { className: 'pager-gap', attrs: { 'aria-hidden': 'true' } }, '\u2026'));
    items.push(el('li', {}, n === page
      ? el('a', { href: searchUrl(withChange(state, { page: n })), attrs: { 'aria-current': 'page', 'aria-label': `Page ${n}` }, dataset: { nav: 'top' } }, count(n))
      : link(n, count(n), { attrs: { 'aria-label': `Page ${n}` } })));
    previous = n;
  }
  const edge = (n, text, rel, key) => (n >= 1 && n <= last && n !== page
    ? link(n, text, { className: `pager-${rel}`, attrs: { rel }, focusKey: key })
    : el('span', { className: `pager-${rel} pager-disabled`, attrs: { 'aria-disabled': 'true' } }, text));
  fill(nav,
    edge(page - 1, '\u2190 Previous', 'prev', 'page:prev'),
    el('ul', { className: 'pager-pages' }, items),
    edge(page + 1, 'Next \u2192', 'next', 'page:next'));
}
