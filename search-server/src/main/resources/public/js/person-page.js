// The person page (/person.html?id=…): GET /api/people/{id} answers {person, filmsByRole}, the roles already in
// order (director, writer, actor, then others A→Z) and each role's films newest first.

import * as api from './api.js';
import { el, fill, filmUrl } from './dom.js';
import { count, ratingWithVotes } from './format.js';
import { facts, section, showRecord } from './record-page.js';
import { searchUrl, emptyState, withChange } from './state.js';

showRecord({
  kind: 'person',
  load: (id) => api.person(id),
  render: renderPerson,
});

function renderPerson(container, data) {
  const { person } = data;
  const roles = Object.entries(data.filmsByRole ?? {}).filter(([, films]) => films?.length);
  const directs = roles.some(([role]) => role === 'director');
  const filmCount = new Set(roles.flatMap(([, films]) => films.map((f) => f.id ?? f.title))).size;

  fill(container,
    el('p', { className: 'kicker' }, 'Person'),
    el('h1', {}, person.name),
    facts([
      ['Known for', (person.professions ?? []).map(capitalize).join(', ')],
      ['Born', person.birthYear ? String(person.birthYear) : null],
      ['Died', person.deathYear ? String(person.deathYear) : null],
      ['Films', filmCount ? count(filmCount) : null],
    ]),
    el('p', { className: 'record-links' },
      directs ? [el('a', { href: searchUrl(withChange(emptyState(), { director: [person.name] })) },
        `All films directed by ${person.name}`), ' \u00b7 '] : null,
      el('a', { href: searchUrl(withChange(emptyState(), { q: person.name })) }, `Search for \u201c${person.name}\u201d`)),
    roles.map(([role, films]) => section(`As ${role}`, films, el('ul', { className: 'filmography' }, films.map(filmItem)))),
    roles.length === 0 ? el('p', {}, 'No films are listed for this person.') : null);
  return person.name;
}

function filmItem(film) {
  const score = ratingWithVotes(film.rating, null);
  return el('li', {},
    film.id ? el('a', { href: filmUrl(film.id) }, film.title) : film.title,
    film.year ? el('span', { className: 'film-year' }, ` (${film.year})`) : null,
    film.character ? el('span', { className: 'film-character' }, ` as ${film.character}`) : null,
    score ? el('span', { className: 'film-rating' }, ` \u00b7 ${score}`) : null);
}

function capitalize(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
