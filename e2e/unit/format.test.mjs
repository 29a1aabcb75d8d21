import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filmRefText, rolesText, knownFilmText } from '../../search-server/src/main/resources/public/js/format.js';

test('a review or quote names its film by title and year, else by the id its source gave, else not at all', () => {
  assert.equal(filmRefText({ id: 'tt0068646', title: 'The Godfather', year: 1972, inCatalogue: true }),
    'The Godfather (1972)');
  assert.equal(filmRefText({ id: null, title: 'La guerra de los mundos', year: null, inCatalogue: false }),
    'La guerra de los mundos');
  assert.equal(filmRefText({ id: 'tt0453418', title: null, year: null, inCatalogue: false }), 'film tt0453418');
  assert.equal(filmRefText({ id: null, title: null, year: null, inCatalogue: false }), null);
  assert.equal(filmRefText(null), null);
});

test('a person hit lists main roles capitalised as a sentence', () => {
  assert.equal(rolesText(['director', 'writer', 'actor']), 'Director, writer and actor');
  assert.equal(rolesText(['actor']), 'Actor');
  assert.equal(rolesText([]), null);
});

test('a best-known film names the role only when it is none of the main roles', () => {
  const roles = ['director', 'actor'];
  assert.equal(knownFilmText({ id: 'machuca-2004', title: 'Machuca', year: 2004, role: 'director' }, roles),
    'Machuca (2004)');
  assert.equal(knownFilmText({ id: 'salvador-allende-2004', title: 'Salvador Allende', year: 2004,
    role: 'director of a related film' }, roles), 'Salvador Allende (2004), director of a related film');
});
