// How numbers, ratings and record types read on the page. Pure functions.

const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const TYPE_LABELS = { film: 'Films', person: 'People', review: 'Reviews', quote: 'Quotes' };
export const TYPE_SINGULAR = { film: 'Film', person: 'Person', review: 'Review', quote: 'Quote' };

/** IMDb's title types as the page names them; any other type is shown as it is. */
export const TITLE_TYPE_LABELS = {
  movie: 'Movie', short: 'Short', tvSeries: 'TV series', tvMiniSeries: 'TV mini-series', tvEpisode: 'TV episode',
  tvMovie: 'TV movie', tvShort: 'TV short', tvSpecial: 'TV special', tvPilot: 'TV pilot', video: 'Video',
  videoGame: 'Video game',
};

/** "TV series" for "tvSeries". */
export function titleTypeLabel(type) {
  return TITLE_TYPE_LABELS[type] ?? type;
}

/** "Breaking Bad, season 1, episode 2" for an episode's series link. */
export function episodeOfText(episodeOf) {
  const parts = [episodeOf.seriesTitle ?? episodeOf.seriesId];
  if (episodeOf.season !== null && episodeOf.season !== undefined) parts.push(`season ${episodeOf.season}`);
  if (episodeOf.episode !== null && episodeOf.episode !== undefined) parts.push(`episode ${episodeOf.episode}`);
  return parts.join(', ');
}

export function count(n) {
  return integer.format(n ?? 0);
}

/** "1 result", "2,345 results". */
export function plural(n, word, pluralWord = `${word}s`) {
  return `${count(n)} ${n === 1 ? word : pluralWord}`;
}

/** "7.8/10", or null when there is no rating. */
export function rating(value) {
  return value === null || value === undefined ? null : `${oneDecimal.format(value)}/10`;
}

/** "7.8/10 from 12,345 votes", "7.8/10", "12 votes", or null. */
export function ratingWithVotes(value, votes) {
  const r = rating(value);
  const v = votes ? plural(votes, 'vote') : null;
  if (r && v) return `${r} from ${v}`;
  return r ?? v;
}

/** 100 → "1 h 40 min", 45 → "45 min". */
export function runtime(minutes) {
  if (!minutes) return null;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`;
}

/** "Salvador Allende (2004)" or "Salvador Allende". */
export function titleWithYear(title, year) {
  return year ? `${title} (${year})` : title;
}

/** A list of names or words: "a, b and c". */
export function listing(items) {
  const list = (items ?? []).filter(Boolean);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/**
 * How a review or quote hit names its film: "The Godfather (1972)"; for a film the catalogue lacks, what the
 * record's source gave ("La guerra de los mundos", or "film tt0453418" when it gave only an id); null when the
 * source named no film at all.
 */
export function filmRefText(film) {
  if (!film) return null;
  if (film.title) return titleWithYear(film.title, film.year);
  return film.id ? `film ${film.id}` : null;
}

/** A person hit's main roles: "Director, writer and actor". */
export function rolesText(roles) {
  const list = (roles ?? []).filter(Boolean);
  if (list.length === 0) return null;
  const text = listing(list);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One best-known film of a person hit: "Machuca (2004)", with the role when it is none of the person's main roles
 * ("Salvador Allende (2004), director of a related film").
 */
export function knownFilmText(film, roles) {
  const title = titleWithYear(film.title, film.year);
  return film.role && !(roles ?? []).includes(film.role) ? `${title}, ${film.role}` : title;
}
