// Narrowing with the facet sidebar: directors (several at once, with multi-select counts), the director
// search box, decades, ratings, chips and "clear all". Values are those of the bundled corpus.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage } from '../lib/browser.mjs';
import {
  address, assertNoProblems, chips, facetInput, facetValues, hitTitles, openSearch, resultsShown, summary, tabs,
  waitForAddress,
} from '../lib/search-page.mjs';

const SPIELBERG_OR_ALLEN = /^Directed by (Steven Spielberg|Woody Allen)\b/;

describe('facets', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  it('picking a director narrows the results and keeps the other directors\u2019 counts', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/');
    assert.equal(await summary(page), '3,793 results \u00b7 page 1 of 380 \u00b7 best known first');
    const directors = await facetValues(page, 'director');
    assert.deepEqual(directors.slice(0, 2), ['Steven Spielberg 23', 'Woody Allen 16']);
    assert.equal((await facetValues(page, 'genre'))[0], 'Comedy 848');

    await facetInput(page, 'director', 'Steven Spielberg').check();
    await waitForAddress(page, '/?director=Steven+Spielberg');
    await resultsShown(page);

    assert.equal(await summary(page), '23 results \u00b7 page 1 of 3 \u00b7 best known first');
    assert.deepEqual(await chips(page), ['Director: Steven Spielberg']);
    assert.ok((await tabs(page)).includes('Films 23'));
    for (const meta of await page.locator('#hits .hit-meta').allTextContents()) {
      assert.match(meta, /^Directed by Steven Spielberg\b/);
    }
    // multi-select: the director counts ignore the director filter, so another one can be added
    assert.deepEqual((await facetValues(page, 'director')).slice(0, 2), ['Steven Spielberg 23', 'Woody Allen 16']);
    // the other facets count within the filter
    assert.equal((await facetValues(page, 'genre'))[0], 'Drama 9');
    assert.ok(await facetInput(page, 'director', 'Steven Spielberg').isChecked());
    assertNoProblems(problems);
  }));

  it('a second director adds that director\u2019s films', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?director=Steven+Spielberg');
    await facetInput(page, 'director', 'Woody Allen').check();
    await waitForAddress(page, '/?director=Steven+Spielberg&director=Woody+Allen');
    await resultsShown(page);

    assert.equal(await summary(page), '39 results \u00b7 page 1 of 4 \u00b7 best known first');
    assert.deepEqual(await chips(page), ['Director: Steven Spielberg', 'Director: Woody Allen']);
    assert.ok(await facetInput(page, 'director', 'Steven Spielberg').isChecked());
    assert.ok(await facetInput(page, 'director', 'Woody Allen').isChecked());
    for (const meta of await page.locator('#hits .hit-meta').allTextContents()) {
      assert.match(meta, SPIELBERG_OR_ALLEN);
    }
    // both directors' films are there: sorted by title, the first page has some of each
    await page.locator('#sort').selectOption('title');
    await resultsShown(page);
    const metas = await page.locator('#hits .hit-meta').allTextContents();
    assert.ok(metas.some((m) => m.startsWith('Directed by Steven Spielberg')), metas.join('\n'));
    assert.ok(metas.some((m) => m.startsWith('Directed by Woody Allen')), metas.join('\n'));
    assertNoProblems(problems);
  }));

  it('each chip removes its filter and "Clear all" removes them all but the query', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=the&director=Steven+Spielberg&director=Woody+Allen&genre=Comedy');
    assert.deepEqual(await chips(page), ['Director: Steven Spielberg', 'Director: Woody Allen', 'Genre: Comedy']);

    await page.getByRole('link', { name: 'Remove filter Director: Woody Allen' }).click();
    await waitForAddress(page, '/?q=the&director=Steven+Spielberg&genre=Comedy');
    await resultsShown(page);
    assert.deepEqual(await chips(page), ['Director: Steven Spielberg', 'Genre: Comedy']);
    assert.deepEqual(await page.locator('#facet-director-values input:checked').evaluateAll((inputs) => inputs.map((i) => i.value)),
      ['Steven Spielberg']);

    await page.locator('#chips').getByRole('link', { name: 'Clear all' }).click();
    await waitForAddress(page, '/?q=the');
    await resultsShown(page);
    assert.deepEqual(await chips(page), []);
    assert.equal(await page.locator('#q').inputValue(), 'the');
    assertNoProblems(problems);
  }));

  it('the director box finds directors the list does not show', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/');
    assert.ok(!(await facetValues(page, 'director')).some((v) => v.startsWith('Spike Jonze')));
    await page.locator('#director-filter').fill('jonz');
    await page.locator('#facet-director-values .facet-label', { hasText: 'Spike Jonze' }).waitFor();
    assert.deepEqual(await facetValues(page, 'director'), ['Spike Jonze 3']);
    await facetInput(page, 'director', 'Spike Jonze').check();
    await waitForAddress(page, '/?director=Spike+Jonze');
    await resultsShown(page);
    assert.equal(await summary(page), '3 results \u00b7 best known first');
    assert.equal(await page.locator('#director-filter').inputValue(), '');
    assertNoProblems(problems);
  }));

  it('a decade and a rating range narrow the results and show as chips', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=godfather');
    await facetInput(page, 'decade', '1970s').check();
    await waitForAddress(page, '/?q=godfather&year=1970..1979');
    await resultsShown(page);
    assert.deepEqual(await hitTitles(page), ['The Godfather (1972)', 'The Godfather: Part II (1974)']);
    assert.deepEqual(await chips(page), ['Year: 1970\u20131979']);

    await page.locator('#rating-from').fill('9.1');
    await page.locator('#rating-to').fill('10');
    await page.locator('#rating-form').getByRole('button', { name: 'Apply' }).click();
    await waitForAddress(page, '/?q=godfather&rating=9.1..10&year=1970..1979');
    await resultsShown(page);
    assert.deepEqual(await hitTitles(page), ['The Godfather (1972)']);
    assert.deepEqual(await chips(page), ['Rating: 9.1\u201310', 'Year: 1970\u20131979']);

    await facetInput(page, 'rating', 'Any rating').check();
    await waitForAddress(page, '/?q=godfather&year=1970..1979');
    await resultsShown(page);
    assert.equal(address(page), '/?q=godfather&year=1970..1979');
    assertNoProblems(problems);
  }));

  it('a director can be picked from the keyboard, and the focus stays on it', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/');
    await facetInput(page, 'director', 'Woody Allen').focus();
    await page.keyboard.press('Space');
    await waitForAddress(page, '/?director=Woody+Allen');
    await resultsShown(page);
    const focused = await page.evaluate(() => document.activeElement?.dataset?.focusKey);
    assert.equal(focused, 'director:Woody Allen');
    assert.equal(await summary(page), '16 results \u00b7 page 1 of 2 \u00b7 best known first');
    assertNoProblems(problems);
  }));
});
