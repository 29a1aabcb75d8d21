import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  readState, toParams, searchUrl, apiParams, withChange, toggleValue, withoutFilters, hasFilters, decadeRange,
  rangeLabel, lastPage, emptyState, examplesParams, exampleQueries, ignoredValues, ignoredNotice, MAX_PAGE,
  withInterpretation, withInterpretations, withoutFilter, decadeSpan, toggleDecade,
  withDecades, extendDecades, tickedDecades,
} from '../../search-server/src/main/resources/public/js/state.js';

test('reads every parameter of a shared URL', () => {
  const state = readState('?q=allende&type=film&type=person&title_type=movie&title_type=tvSeries'
    + '&director=Patricio+Guzm%C3%A1n&director=Costa-Gavras&genre=Documentary&language=Spanish&language=French'
    + '&rating=7..9&year=1970..1979&sort=rating&page=3');
  assert.deepEqual(state, {
    q: 'allende', type: ['film', 'person'], title_type: ['movie', 'tvSeries'], director: ['Patricio Guzmán', 'Costa-Gavras'],
    genre: ['Documentary'], language: ['Spanish', 'French'], rating: '7..9', year: ['1970..1979'], sort: 'rating',
    page: 3, words: [],
  });
});

test('falls back to defaults for values the page does not offer', () => {
  assert.deepEqual(readState('?type=movie&sort=random&page=-2&director=&director=%20'), emptyState());
  assert.equal(readState('?page=2.5').page, 1);
});

test('drops a repeated filter value', () => {
  assert.deepEqual(readState('?genre=Drama&genre=Drama').genre, ['Drama']);
});

test('writes only what differs from the defaults, so the plain page is "/"', () => {
  assert.equal(searchUrl(emptyState()), '/');
  assert.equal(searchUrl(withChange(emptyState(), { q: 'salvador allende' })), '/?q=salvador+allende');
  assert.equal(toParams(readState('?sort=relevance&page=1&q=x')).toString(), 'q=x');
});

test('round-trips a state through its URL', () => {
  const url = '/?q=allende&type=film&title_type=tvSeries&director=Patricio+Guzm%C3%A1n&genre=Documentary'
    + '&language=Spanish&rating=7..9&year=1970..1979&sort=year&page=2';
  assert.equal(searchUrl(readState(url.slice(1))), url);
});

test('asks the API for a page of ten', () => {
  assert.equal(apiParams(readState('?q=x&page=2')).toString(), 'q=x&page=2&size=10');
});

test('any change but the page goes back to page 1', () => {
  const onPage3 = readState('?q=x&page=3');
  assert.equal(withChange(onPage3, { sort: 'votes' }).page, 1);
  assert.equal(withChange(onPage3, { page: 4 }).page, 4);
  assert.equal(toggleValue(onPage3, 'director', 'A').page, 1);
});

test('toggles a director on and off without touching the old state', () => {
  const before = readState('?director=A');
  const after = toggleValue(before, 'director', 'B');
  assert.deepEqual(after.director, ['A', 'B']);
  assert.deepEqual(before.director, ['A']);
  assert.deepEqual(toggleValue(after, 'director', 'A').director, ['B']);
});

test('clearing the filters keeps the query and the sort', () => {
  const state = readState('?q=x&type=film&director=A&genre=G&language=Spanish&rating=8..&year=1973&sort=votes');
  assert.ok(hasFilters(state));
  assert.ok(hasFilters(readState('?language=Spanish')));
  const cleared = withoutFilters(state);
  assert.ok(!hasFilters(cleared));
  assert.equal(searchUrl(cleared), '/?q=x&sort=votes');
});

test('a decade value stands for its ten years', () => {
  assert.equal(decadeRange('1970s'), '1970..1979');
  assert.equal(decadeRange('2000'), '2000..2009');
  assert.equal(decadeRange('1973'), null);
  assert.equal(decadeRange('unknown'), null);
});

test('ranges read as words', () => {
  assert.equal(rangeLabel('7..9'), '7\u20139');
  assert.equal(rangeLabel('7.5..9'), '7.5\u20139');
  assert.equal(rangeLabel('8..'), '8 or more');
  assert.equal(rangeLabel('..5'), 'up to 5');
  assert.equal(rangeLabel('1973'), '1973');
});

test('the last page stops at the 10,000 results the API will page through', () => {
  assert.equal(lastPage(0), 1);
  assert.equal(lastPage(10), 1);
  assert.equal(lastPage(11), 2);
  assert.equal(lastPage(123456), 1000);
});

test('the empty page\'s examples come from the served index: best-known films first, then the top director', () => {
  assert.equal(examplesParams().toString(), 'type=film&sort=votes&size=2');
  const response = {
    hits: [{ type: 'film', title: 'The Shawshank Redemption' }, { type: 'film', title: 'The Dark Knight' }],
    facets: { director: [{ value: 'Steven Spielberg', count: 23 }, { value: 'Woody Allen', count: 16 }] },
  };
  assert.deepEqual(exampleQueries(response), ['The Shawshank Redemption', 'The Dark Knight', 'Steven Spielberg']);
  assert.deepEqual(exampleQueries({ hits: [{ title: 'Salvador Allende' }], facets: { director: [{ value: 'Salvador Allende' }] } }),
    ['Salvador Allende']);
  assert.deepEqual(exampleQueries({ hits: [], facets: {} }), []);
  assert.deepEqual(exampleQueries(undefined), []);
});

test('a bad rating, year or page in the address falls back to its default, and says why', () => {
  const search = '?q=godfather&rating=abc&year=19x3&page=99999';
  assert.deepEqual(readState(search), { ...emptyState(), q: 'godfather' });
  assert.deepEqual(ignoredValues(search), [
    { name: 'rating', value: 'abc', reason: 'not a rating range: use 7..9, 8.. or ..5, from 0 to 10' },
    { name: 'year', value: '19x3', reason: 'not a year or a range of years: use 1973, 1970..1979, 1970.. or ..1979' },
    { name: 'page', value: '99999', reason: 'past page 1000, the last that can be shown' },
  ]);
  assert.equal(ignoredNotice(ignoredValues('?rating=abc')), 'Left out of the address, so the default is used: '
    + 'rating \u201cabc\u201d (not a rating range: use 7..9, 8.. or ..5, from 0 to 10).');
  assert.equal(ignoredNotice(ignoredValues('?type=movie&sort=random')), 'Left out of the address, so the default is used: '
    + 'type \u201cmovie\u201d (not a type: use film, person, review, quote); '
    + 'sort \u201crandom\u201d (not a sort order: use relevance, rating, votes, year, title).');
});

test('the ranges and pages the API takes are kept, and out-of-bounds ones are not', () => {
  for (const [rating, year] of [['7..9', '1970..1979'], ['8..', '1970..'], ['..5', '..1979'], ['8', '1973'], ['0..10', '2000..2000']]) {
    assert.deepEqual(ignoredValues(`?rating=${rating}&year=${year}`), [], `${rating} ${year}`);
    assert.deepEqual([readState(`?rating=${rating}&year=${year}`).rating, readState(`?rating=${rating}&year=${year}`).year], [rating, [year]]);
  }
  assert.equal(readState(`?page=${MAX_PAGE}`).page, 1000);
  assert.deepEqual(ignoredValues('?rating=7..11&year=1990..1980&page=0').map((v) => v.name), ['rating', 'year', 'page']);
  assert.deepEqual(ignoredValues('?rating=..&year=..&page=1001').map((v) => v.value), ['..', '..', '1001']);
  assert.deepEqual(ignoredValues('?rating=&year=&page=&type=&sort='), []);
  // several years: each bad one is left out and named, the good ones kept in order, each once
  assert.deepEqual(readState('?year=1990..1999&year=19x3&year=1970..1979&year=1990..1999').year,
    ['1990..1999', '1970..1979']);
  assert.deepEqual(ignoredValues('?year=1990..1999&year=19x3').map((v) => v.value), ['19x3']);
  assert.equal(ignoredNotice([]), '');
});

// GET /api/search?q=almodovar+90s+drama answers these (docs/api.md)
const DIRECTOR = {
  dimension: 'director', value: 'Pedro Almodovar', label: 'Director: Pedro Almodovar', words: ['almodovar'],
  query: '90s drama', filter: { director: 'Pedro Almodovar' },
};
const DECADE = {
  dimension: 'decade', value: '1990s', label: 'Decade: 1990s', words: ['90s'], query: 'almodovar drama',
  filter: { year: '1990..1999' },
};

test('an interpretation applies its filter, takes its words out of the query and remembers them in the URL', () => {
  const next = withInterpretation(readState('?q=almodovar+90s+drama&genre=Comedy&page=3'), DIRECTOR);
  assert.deepEqual(next, {
    ...emptyState(), q: '90s drama', director: ['Pedro Almodovar'], genre: ['Comedy'],
    words: [{ words: 'almodovar', param: 'director', value: 'Pedro Almodovar' }],
  });
  assert.equal(searchUrl(next), '/?q=90s+drama&director=Pedro+Almodovar&genre=Comedy'
    + '&words=almodovar%3Adirector%3APedro+Almodovar');
  assert.deepEqual(readState(searchUrl(next).slice(1)), next);
  assert.equal(apiParams(next).toString(), 'q=90s+drama&director=Pedro+Almodovar&genre=Comedy&size=10');
});

test('removing a filter a chip applied puts its words back at the end of the query', () => {
  const applied = withInterpretation(withInterpretation(readState('?q=almodovar+90s+drama'), DIRECTOR),
    { ...DECADE, query: 'drama' });
  assert.equal(searchUrl(applied), '/?q=drama&director=Pedro+Almodovar&year=1990..1999'
    + '&words=almodovar%3Adirector%3APedro+Almodovar&words=90s%3Ayear%3A1990..1999');
  const back = withoutFilter(applied, 'director', 'Pedro Almodovar');
  assert.equal(searchUrl(back), '/?q=drama+almodovar&year=1990..1999&words=90s%3Ayear%3A1990..1999');
  assert.equal(searchUrl(withoutFilter(back, 'year', '1990..1999')), '/?q=drama+almodovar+90s');
  assert.equal(searchUrl(withoutFilters(applied)), '/?q=drama+almodovar+90s');
});

test('removing a filter no chip applied leaves the query as it is', () => {
  assert.equal(searchUrl(withoutFilter(readState('?q=drama&director=Ang+Lee&year=2000'), 'director', 'Ang Lee')),
    '/?q=drama&year=2000');
});

test('remembered words whose filter is gone, or that are not of the words:param:value form, are dropped', () => {
  assert.deepEqual(readState('?q=drama&words=almodovar%3Adirector%3APedro+Almodovar').words, []);
  assert.deepEqual(readState('?director=X&words=x&words=%3Adirector%3AX&words=x%3Asort%3AX').words, []);
  assert.deepEqual(readState('?year=1990..1999&words=a%C3%B1os+90%3Ayear%3A1990..1999').words,
    [{ words: 'años 90', param: 'year', value: '1990..1999' }]);
});

test('all interpretations at once add every filter and take out every word, phrases left whole', () => {
  const q = '"the drama of" drama kurosawa films';
  const genre = { dimension: 'genre', value: 'Drama', label: 'Genre: Drama', words: ['drama'],
    query: '"the drama of" kurosawa films', filter: { genre: 'Drama' } };
  const director = { dimension: 'director', value: 'Akira Kurosawa', label: 'Director: Akira Kurosawa',
    words: ['kurosawa'], query: '"the drama of" drama films', filter: { director: 'Akira Kurosawa' } };
  const type = { dimension: 'type', value: 'film', label: 'Type: Films', words: ['films'],
    query: '"the drama of" drama kurosawa', filter: { type: 'film' } };
  const all = withInterpretations(withChange(emptyState(), { q }), [genre, director, type]);
  assert.deepEqual(all, {
    ...emptyState(), q: '"the drama of"', type: ['film'], director: ['Akira Kurosawa'], genre: ['Drama'],
    words: [{ words: 'drama', param: 'genre', value: 'Drama' },
      { words: 'kurosawa', param: 'director', value: 'Akira Kurosawa' }, { words: 'films', param: 'type', value: 'film' }],
  });
});

test('several types are kept in the order given, an unknown one is left out and named in the notice', () => {
  const search = '?type=quote&type=movie&type=film&type=quote';
  assert.deepEqual(readState(search).type, ['quote', 'film']);
  assert.equal(searchUrl(readState(search)), '/?type=quote&type=film');
  assert.deepEqual(ignoredValues(search), [
    { name: 'type', value: 'movie', reason: 'not a type: use film, person, review, quote' },
  ]);
  const both = toggleValue(readState('?q=x&type=film'), 'type', 'person');
  assert.equal(apiParams(both).toString(), 'q=x&type=film&type=person&size=10');
  assert.equal(searchUrl(toggleValue(both, 'type', 'film')), '/?q=x&type=person');
  assert.equal(hasFilters(readState('?type=review')), true);
  assert.equal(hasFilters(readState('?q=x')), false);
});

test('a year range of whole decades spans them, any other range spans none', () => {
  assert.deepEqual(decadeSpan('1970..1979'), [1970, 1970]);
  assert.deepEqual(decadeSpan('1960..1999'), [1960, 1990]);
  for (const year of ['', '1973', '1975..1988', '1970..', '..1979', '1970..1978', '1990..1979']) {
    assert.equal(decadeSpan(year), null, year);
  }
});

test('ticked decades go to the API as one range per run of adjacent ones, so any decades may be ticked at once', () => {
  const years = (...steps) => steps.reduce((s, decade) => toggleDecade(s, decade), emptyState()).year;
  assert.deepEqual(years(1970), ['1970..1979']);
  assert.deepEqual(years(1970, 1980), ['1970..1989']);
  assert.deepEqual(years(1970, 1960), ['1960..1979']);
  assert.deepEqual(years(1970, 1990), ['1970..1979', '1990..1999']);
  assert.deepEqual(years(1970, 1990, 1980), ['1970..1999']);
  assert.deepEqual(years(1960, 1970, 1980, 1970), ['1960..1969', '1980..1989']);
  assert.deepEqual(years(1970, 1990, 1970), ['1990..1999']);
  assert.deepEqual(years(1970, 1970), []);
  assert.deepEqual(toggleDecade(readState('?year=1973&page=3'), 1990).year, ['1990..1999']);
  assert.deepEqual(toggleDecade(readState('?year=1970..1989&year=2000..2009&page=3'), 1990).year, ['1970..2009']);
  assert.equal(toggleDecade(readState('?year=1970..1989&page=3'), 1990).page, 1);
  assert.equal(searchUrl(toggleDecade(readState('?year=1970..1979'), 1990)), '/?year=1970..1979&year=1990..1999');
  assert.deepEqual([...tickedDecades(['1970..1989', '2000..2009', '1973'])], [1970, 1980, 2000]);
});

test('a drag across the histogram picks the decades between its ends, and shift stretches the run as a selection', () => {
  assert.deepEqual(withDecades(emptyState(), 1990, 1970).year, ['1970..1999']);
  assert.deepEqual(withDecades(readState('?year=1973&page=2'), 2000, 2000).year, ['2000..2009']);
  assert.deepEqual(withDecades(readState('?year=1970..1979&year=1990..1999'), 2000, 2000).year, ['2000..2009']);
  assert.equal(withDecades(readState('?year=1973&page=2'), 2000, 2000).page, 1);
  assert.deepEqual(extendDecades(emptyState(), 1980).year, ['1980..1989']);
  assert.deepEqual(extendDecades(readState('?year=1990..1999'), 1970).year, ['1970..1999']);
  assert.deepEqual(extendDecades(readState('?year=1970..1999'), 2010).year, ['1970..2019']);
  assert.deepEqual(extendDecades(readState('?year=1970..1999'), 1980).year, ['1970..1989']);
  assert.deepEqual(extendDecades(readState('?year=1970..1979&year=1990..1999'), 2010).year, ['1970..2019']);
  assert.deepEqual(extendDecades(readState('?year=1975..1988'), 1990).year, ['1990..1999']);
});
