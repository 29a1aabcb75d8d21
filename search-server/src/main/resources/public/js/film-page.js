// The film page (/film.html?id=…): GET /api/films/{id} with cast, reviews, quotes and related films; a series'
// seasons and episodes, an episode's series, and the other titles a film is known by.

import * as api from './api.js';
import { el, fill, filmUrl, personUrl } from './dom.js';
import {
  count, rating as ratingText, ratingWithVotes, runtime, titleWithYear, plural, titleTypeLabel, episodeOfText,
} from './format.js';
import { commaList, facts, section, showRecord } from './record-page.js';
import { searchUrl, emptyState, withChange } from './state.js';

const search = (change) => searchUrl(withChange(emptyState(), change));

showRecord({
  kind: 'film',
  load: (id) => api.film(id),
  render: renderFilm,
});

/**
 * The answer is {film, spanishTitle, episodes, alsoLiked, reviews: {total, items}, quotes: {total, items}}: the first
 * reviews and quotes of all; episodes (a series' seasons) is null for other films; alsoLiked lists films like this
 * one when the corpus gives no related films.
 */
function renderFilm(container, data) {
  const { film } = data;
  const reviews = data.reviews?.items ?? [];
  const quotes = data.quotes?.items ?? [];
  const related = film.related ?? [];
  const score = ratingWithVotes(film.rating, film.votes);

  fill(container,
    el('p', { className: 'kicker' }, film.titleType ? titleTypeLabel(film.titleType) : 'Film'),
    el('h1', {}, film.title, film.year ? el('span', { className: 'title-year' }, ` (${film.year})`) : null),
    film.originalTitle && film.originalTitle !== film.title
      ? el('p', { className: 'original-title' }, 'Original title: ', el('span', { attrs: { lang: '' } }, film.originalTitle)) : null,
    data.spanishTitle && data.spanishTitle !== film.title
      ? el('p', { className: 'spanish-title' }, 'Spanish title: ', el('span', { attrs: { lang: 'es' } }, data.spanishTitle))
      : null,
    film.episodeOf ? el('p', { className: 'episode-of' }, 'Episode of ',
      el('a', { href: filmUrl(film.episodeOf.seriesId) }, episodeOfText(film.episodeOf))) : null,
    score ? el('p', { className: 'record-rating' }, el('span', { attrs: { 'aria-hidden': 'true' } }, '\u2605 '), score) : null,
    facts([
      ['Directed by', peopleLinks(film.directors, 'director')],
      ['Written by', peopleLinks(film.writers)],
      ['Genres', commaList((film.genres ?? []).map((g) => el('a', { href: search({ genre: [g] }) }, g)))],
      ['Released', releaseText(film)],
      ['Runtime', runtime(film.runtimeMinutes)],
      ['Languages', (film.languages ?? []).join(', ')],
      ['Countries', (film.countries ?? []).join(', ')],
      ['Awards', film.awards],
    ]),
    film.plot ? el('section', { className: 'record-section section-plot', attrs: { 'aria-labelledby': 'section-plot' } },
      el('h2', { id: 'section-plot' }, 'Plot'), paragraphs(film.plot)) : null,
    keywordList(film.keywords),
    section('Cast', film.cast, castTable(film.cast ?? [])),
    episodesSection(data.episodes),
    section('Also known as', film.aliases, aliasList(film.aliases ?? [])),
    section('Reviews', reviews, [reviews.map(reviewArticle), more(data.reviews, 'reviews')], data.reviews?.total),
    section('Quotes', quotes, [quotes.map(quoteFigure), more(data.quotes, 'quotes')], data.quotes?.total),
    section('Related films', related, el('ul', { className: 'related' }, related.map(relatedItem))),
    section('People who liked this also liked', data.alsoLiked,
      el('ul', { className: 'related also-liked' }, (data.alsoLiked ?? []).map(alsoLikedItem))));
  return titleWithYear(film.title, film.year);
}

/** A series' seasons, each with its episodes in order, and how many more there are. */
function episodesSection(episodes) {
  if (!episodes?.seasons?.length) return null;
  const listed = episodes.seasons.reduce((n, s) => n + s.episodes.length, 0);
  return section('Episodes', episodes.seasons, [
    episodes.seasons.map((s) => el('section', { className: 'season' },
      el('h3', {}, s.number === null ? 'Other episodes' : `Season ${s.number}`),
      el('ol', { className: 'episodes' }, s.episodes.map((e) => el('li', {},
        e.episode !== null ? el('span', { className: 'episode-number' }, `${e.episode}. `) : null,
        el('a', { href: filmUrl(e.id) }, titleWithYear(e.title, e.year)),
        e.rating !== null ? el('span', { className: 'episode-rating' }, ` — ${ratingText(e.rating)}`) : null))))),
    episodes.total > listed
      ? el('p', { className: 'listing-more' }, `Showing ${count(listed)} of ${count(episodes.total)} episodes.`) : null,
  ], episodes.total);
}

/** "El padrino — ES", "Il padrino — IT, dvd": the title in its language, then where and what kind. */
function aliasList(aliases) {
  return el('ul', { className: 'aliases' }, aliases.map((a) => {
    const about = [a.region, a.language, ...(a.types ?? []), ...(a.attributes ?? [])].filter(Boolean);
    return el('li', {}, el('span', { attrs: { lang: a.language ?? '' } }, a.title),
      about.length ? el('span', { className: 'alias-meta' }, ` — ${about.join(', ')}`) : null);
  }));
}

/** Names linked to their person pages; for directors also a link to all their films in search. */
function peopleLinks(credits, facet) {
  return commaList((credits ?? []).map((c) => el('span', { className: 'credit' },
    c.personId ? el('a', { href: personUrl(c.personId) }, c.name) : c.name,
    facet ? [' ', el('a', {
      className: 'credit-search', href: search({ [facet]: [c.name] }),
      attrs: { 'aria-label': `All films directed by ${c.name}` },
    }, '(all films)')] : null)));
}

function releaseText(film) {
  if (!film.releaseDate) return null;
  return film.releaseCountry ? `${film.releaseDate} (${film.releaseCountry})` : film.releaseDate;
}

function keywordList(keywords) {
  if (!keywords?.length) return null;
  return el('p', { className: 'keywords' }, el('span', { className: 'keywords-label' }, 'Keywords: '),
    commaList(keywords.map((k) => el('a', { href: search({ q: k }) }, k))));
}

function castTable(cast) {
  return el('table', { className: 'cast' },
    el('thead', {}, el('tr', {}, el('th', { attrs: { scope: 'col' } }, 'Actor'), el('th', { attrs: { scope: 'col' } }, 'Character'))),
    el('tbody', {}, cast.map((c) => el('tr', {},
      el('td', {}, c.personId ? el('a', { href: personUrl(c.personId) }, c.name) : c.name),
      el('td', {}, c.character ?? '')))));
}

function reviewArticle(review) {
  const meta = [
    review.author ? `by ${review.author}${review.authorLocation ? `, ${review.authorLocation}` : ''}` : null,
    review.date,
    ratingText(review.rating),
    review.helpfulTotal ? `${review.helpfulVotes ?? 0} of ${plural(review.helpfulTotal, 'person', 'people')} found this helpful` : null,
  ].filter(Boolean);
  return el('article', { className: 'review', id: `review-${review.id}`, attrs: { lang: langCode(review.language) } },
    el('h3', {}, review.headline || 'Review'),
    meta.length ? el('p', { className: 'review-meta' }, meta.join(' \u00b7 ')) : null,
    foldedParagraphs(review.body, 'Read the whole review'));
}

function quoteFigure(quote) {
  return el('figure', { className: 'quote', id: `quote-${quote.id}` },
    el('blockquote', { attrs: { lang: langCode(quote.language) } }, paragraphs(quote.text)),
    quote.speaker ? el('figcaption', {}, `\u2014 ${quote.speaker}`) : null);
}

function relatedItem(r) {
  const name = r.title ? titleWithYear(r.title, r.year)
    : r.directors?.length ? `A film by ${r.directors.join(' and ')}` : 'A film without a title';
  const details = [
    r.title && r.directors?.length ? `Directed by ${r.directors.join(', ')}` : null,
    r.genres?.length ? r.genres.join(', ') : null,
    r.rating !== null && r.rating !== undefined ? ratingWithVotes(r.rating, null) : null,
  ].filter(Boolean);
  return el('li', {},
    r.id ? el('a', { href: filmUrl(r.id) }, name) : el('span', {}, name),
    details.length ? el('span', { className: 'related-meta' }, ` \u2014 ${details.join(' \u00b7 ')}`) : null,
    r.plot ? el('p', { className: 'related-plot' }, r.plot) : null);
}

/** A film like this one, with what they share: "Same director: …", "With …", the genres in common. */
function alsoLikedItem(f) {
  const shared = [
    f.sharedDirectors.length ? `Same director: ${f.sharedDirectors.join(', ')}` : null,
    f.sharedCast.length ? `With ${f.sharedCast.join(', ')}` : null,
    f.sharedGenres.length ? f.sharedGenres.join(', ') : null,
  ].filter(Boolean);
  return el('li', {},
    el('a', { href: filmUrl(f.id) }, titleWithYear(f.title, f.year)),
    el('span', { className: 'related-meta' }, ` \u2014 ${(shared.length ? shared : ['A similar story']).join(' \u00b7 ')}`));
}

/** "Showing 10 of 120 reviews." when the page lists only the first ones. */
function more(listing, noun) {
  if (!listing || listing.total <= listing.items.length) return null;
  return el('p', { className: 'listing-more' }, `Showing ${count(listing.items.length)} of ${count(listing.total)} ${noun}.`);
}

/** The first paragraph, and the others behind a "read more" disclosure. */
function foldedParagraphs(text, more) {
  const [first, ...rest] = paragraphs(text);
  if (rest.length === 0) return first ?? null;
  return [first, el('details', { className: 'more' }, el('summary', {}, more), rest)];
}

/** Text with blank lines as paragraphs. */
function paragraphs(text) {
  return String(text ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => el('p', {}, p));
}

/** "EN"/"es" → "en"/"es"; anything else → null (no lang attribute). */
function langCode(language) {
  return typeof language === 'string' && /^[a-z]{2}$/i.test(language) ? language.toLowerCase() : null;
}
