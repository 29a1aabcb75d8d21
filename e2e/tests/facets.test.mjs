// Narrowing with the facet sidebar: directors (several at once, with multi-select counts), the director and genre
// search boxes, "Show more", several types and several decades at once, the year histogram (drag and keyboard),
// ratings, chips and "clear all". Values are those of the bundled corpus.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage } from '../lib/browser.mjs';
import {
  address, assertNoProblems, chips, facetInput, facetValues, hitTitles, hitTypes, openSearch, resultsShown, summary,
  tabs, waitForAddress,
} from '../lib/search-page.mjs';

/** A facet's values as shown, without those folded behind its "Show more" button. */
function shownValues(page, facet) {
  return page.locator(`#facet-${facet}-values li:not([hidden]) .facet-value`).evaluateAll((labels) => labels.map((label) => {
    const count = label.querySelector('.facet-count')?.firstChild?.textContent;
    return [label.querySelector('.facet-label').textContent, count].filter(Boolean).join(' ');
  }));
}

/** The "Show more" button of a facet, or of none: its text and aria-expanded, null without one. */
function moreButton(page, facet) {
  return page.locator(`#facet-${facet}-values button[data-more]`).evaluateAll((buttons) => (buttons.length
    ? `${buttons[0].textContent} (expanded ${buttons[0].getAttribute('aria-expanded')})` : null));
}

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

  it('every facet shows its first six values and a "Show more" button for the rest, which stays open', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/');
    assert.deepEqual(await shownValues(page, 'type'), ['Films 3,201', 'People 591', 'Quotes 1', 'Reviews 1']);
    assert.equal(await moreButton(page, 'type'), null);
    assert.equal(await moreButton(page, 'title-type'), null);
    assert.deepEqual(await shownValues(page, 'genre'), ['Comedy 848', 'Drama 790', 'Action 420', 'Adventure 274',
      'Thriller 238', 'Horror 219']);
    assert.equal(await moreButton(page, 'genre'), 'Show 7 more (expanded false)');
    assert.equal((await shownValues(page, 'director')).length, 6);
    assert.equal(await moreButton(page, 'director'), 'Show 14 more (expanded false)');
    assert.deepEqual(await shownValues(page, 'decade'), ['2010s 94', '2000s 1,832', '1990s 769', '1980s 256', '1970s 100',
      '1960s 71']);
    assert.equal(await moreButton(page, 'decade'), 'Show 5 more (expanded false)');
    assert.equal((await shownValues(page, 'rating'))[0], 'Any rating');
    assert.equal(await moreButton(page, 'rating'), 'Show 4 more (expanded false)');
    assert.equal(await page.locator('#facet-language').isHidden(), false);
    assert.deepEqual(await shownValues(page, 'language'), ['Spanish 8', 'English 3', 'Arabic 1', 'Japanese 1',
      'Mandarin 1', 'Portuguese 1']);
    assert.equal(await moreButton(page, 'language'), null);

    await page.locator('#facet-genre-values button[data-more]').click();
    assert.equal((await shownValues(page, 'genre')).length, 13);
    assert.deepEqual((await shownValues(page, 'genre')).slice(-2), ['Music 5', 'Biography 1']);
    assert.equal(await moreButton(page, 'genre'), 'Show fewer (expanded true)');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset?.more), 'genre');
    assert.equal(address(page), '/');

    // a new search keeps the open list open; a picked value past the first six is shown when folded
    await facetInput(page, 'genre', 'Western').check();
    await waitForAddress(page, '/?genre=Western');
    await resultsShown(page);
    assert.equal(await moreButton(page, 'genre'), 'Show fewer (expanded true)');
    await page.locator('#facet-genre-values button[data-more]').click();
    const folded = await shownValues(page, 'genre');
    assert.equal(folded.length, 7);
    assert.equal(folded[6], 'Western 36');
    assert.ok(await facetInput(page, 'genre', 'Western').isChecked());
    assertNoProblems(problems);
  }));

  it('two languages at once find the films in either, and the decades count within them', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?type=film');
    await facetInput(page, 'language', 'Mandarin').check();
    await waitForAddress(page, '/?type=film&language=Mandarin');
    await resultsShown(page);
    assert.deepEqual(await hitTitles(page), ['Crouching Tiger, Hidden Dragon (2000)']);
    await facetInput(page, 'language', 'Portuguese').check();
    await waitForAddress(page, '/?type=film&language=Mandarin&language=Portuguese');
    await resultsShown(page);
    assert.deepEqual(await hitTitles(page), ['Central do Brasil (1998)', 'Crouching Tiger, Hidden Dragon (2000)']);
    assert.deepEqual(await chips(page), ['Type: Films', 'Language: Mandarin', 'Language: Portuguese']);
    assert.deepEqual(await shownValues(page, 'decade'), ['2000s 1', '1990s 1']);
    // multi-select: the language counts ignore the language filter
    assert.equal((await shownValues(page, 'language'))[0], 'Spanish 8');
    assertNoProblems(problems);
  }));

  it('a search whose films have no language shows no Language facet', () => withPage(browser, async (page, problems) => {
    // (the bundled corpus itself records no languages: served alone, its page never shows the facet)
    await openSearch(page, '/?q=godfather&type=film');
    assert.equal(await page.locator('#facet-language').isHidden(), true);
    assertNoProblems(problems);
  }));

  it('the genre box finds genres by any word, as the director box finds directors', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/');
    await page.locator('#genre-filter').fill('com');
    await page.waitForFunction(() => document.querySelectorAll('#facet-genre-values .facet-value').length === 2);
    assert.deepEqual(await facetValues(page, 'genre'), ['Comedy 848', 'Black Comedy 36']);
    await facetInput(page, 'genre', 'Black Comedy').check();
    await waitForAddress(page, '/?genre=Black+Comedy');
    await resultsShown(page);
    assert.equal(await summary(page), '36 results · page 1 of 4 · best known first');
    assert.equal(await page.locator('#genre-filter').inputValue(), '');
    assert.deepEqual(await chips(page), ['Genre: Black Comedy']);

    // no genre matches: the picked one stays listed (without a count) so it can be unticked
    await page.locator('#genre-filter').fill('zzz');
    await page.waitForFunction(() => document.querySelectorAll('#facet-genre-values .facet-value').length === 1);
    assert.deepEqual(await facetValues(page, 'genre'), ['Black Comedy']);
    assertNoProblems(problems);
  }));

  it('several types at once: ticked in the Type facet, then no tab is current; a tab goes back to one', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/');
    await facetInput(page, 'type', 'Reviews').check();
    await waitForAddress(page, '/?type=review');
    await resultsShown(page);
    assert.equal(await page.locator('#type-tabs [aria-current="page"] .tab-label').textContent(), 'Reviews');
    await facetInput(page, 'type', 'Quotes').check();
    await waitForAddress(page, '/?type=review&type=quote');
    await resultsShown(page);

    assert.equal(await summary(page), '2 results · best known first');
    assert.deepEqual(await hitTypes(page), ['Review', 'Quote']);
    assert.deepEqual(await chips(page), ['Type: Reviews', 'Type: Quotes']);
    assert.equal(await page.locator('#type-tabs [aria-current="page"]').count(), 0);
    assert.deepEqual(await tabs(page), ['All 3,794', 'Films 3,201', 'People 591', 'Reviews 1', 'Quotes 1']);
    assert.equal(await page.locator('#filters-toggle').textContent(), 'Filters (2)');

    await page.locator('#type-tabs').getByRole('link', { name: /^Films/ }).click();
    await waitForAddress(page, '/?type=film');
    await resultsShown(page);
    assert.equal(await summary(page), '3,201 results · page 1 of 321 · best known first');
    assert.deepEqual(await page.locator('#facet-type-values input:checked').evaluateAll((inputs) => inputs.map((i) => i.value)),
      ['film']);
    await page.goBack();
    await waitForAddress(page, '/?type=review&type=quote');
    await resultsShown(page);
    assert.deepEqual(await chips(page), ['Type: Reviews', 'Type: Quotes']);
    assertNoProblems(problems);
  }));

  it('several decades at once, apart or side by side, are one year range per run of them', () => withPage(browser, async (page, problems) => {
    const ticked = () => page.locator('#facet-decade-values input:checked').evaluateAll((inputs) => inputs.map((i) => i.value));
    await openSearch(page, '/?q=godfather');
    await facetInput(page, 'decade', '1970s').check();
    await waitForAddress(page, '/?q=godfather&year=1970..1979');
    await resultsShown(page);
    await facetInput(page, 'decade', '1990s').check();
    await waitForAddress(page, '/?q=godfather&year=1970..1979&year=1990..1999');
    await resultsShown(page);
    assert.deepEqual(await ticked(), ['1990', '1970']);
    assert.deepEqual(await chips(page), ['Year: 1970\u20131979', 'Year: 1990\u20131999']);
    assert.deepEqual(await hitTitles(page), ['The Godfather (1972)', 'The Godfather: Part II (1974)',
      'The Godfather: Part III (1990)']);
    assert.equal(await page.locator('#filters-toggle').textContent(), 'Filters (2)');

    await facetInput(page, 'decade', '1970s').uncheck();
    await waitForAddress(page, '/?q=godfather&year=1990..1999');
    await resultsShown(page);
    assert.deepEqual(await ticked(), ['1990']);
    assert.deepEqual(await hitTitles(page), ['The Godfather: Part III (1990)']);

    await page.goBack();
    await waitForAddress(page, '/?q=godfather&year=1970..1979&year=1990..1999');
    await resultsShown(page);
    assert.deepEqual(await ticked(), ['1990', '1970']);

    // side by side they are one run: the 2000s beside the 1990s in a browse of films
    await openSearch(page, '/?type=film&year=1990..1999');
    await facetInput(page, 'decade', '2000s').check();
    await waitForAddress(page, '/?type=film&year=1990..2009');
    await resultsShown(page);
    assert.deepEqual(await chips(page), ['Type: Films', 'Year: 1990\u20132009']);

    // one range's chip removes that range only
    await openSearch(page, '/?q=godfather&year=1970..1979&year=1990..1999');
    await page.locator('#chips .chip', { hasText: '1990' }).click();
    await waitForAddress(page, '/?q=godfather&year=1970..1979');
    await resultsShown(page);
    assert.deepEqual(await hitTitles(page), ['The Godfather (1972)', 'The Godfather: Part II (1974)']);

    // a range that is not whole decades ticks none, and a decade replaces it
    await openSearch(page, '/?q=godfather&year=1972');
    assert.deepEqual(await ticked(), []);
    await facetInput(page, 'decade', '1990s').check();
    await waitForAddress(page, '/?q=godfather&year=1990..1999');
    await resultsShown(page);
    assert.deepEqual(await hitTitles(page), ['The Godfather: Part III (1990)']);
    assertNoProblems(problems);
  }));

  it('dragging across the year histogram picks a run of decades, in either direction', () => withPage(browser, async (page, problems) => {
    const bar = (decade) => page.locator(`#decade-histogram button[data-decade="${decade}"]`);
    const pressed = () => page.locator('#decade-histogram button[aria-pressed="true"]')
      .evaluateAll((bars) => bars.map((b) => b.dataset.decade));
    const drag = async (from, to) => {
      await page.locator('#decade-histogram').scrollIntoViewIfNeeded();
      const [a, b] = [await bar(from).boundingBox(), await bar(to).boundingBox()];
      await page.mouse.move(a.x + a.width / 2, a.y + a.height - 2);
      await page.mouse.down();
      await page.mouse.move((a.x + b.x + b.width) / 2, a.y + a.height - 2, { steps: 4 });
      await page.mouse.move(b.x + b.width / 2, b.y + b.height - 2, { steps: 4 });
      await page.mouse.up();
    };
    await openSearch(page, '/');
    const bars = await page.locator('#decade-histogram button').evaluateAll((buttons) => buttons.map((b) => [
      b.getAttribute('aria-label'), b.querySelector('.histogram-fill').getBoundingClientRect().height,
    ]));
    assert.deepEqual(bars.map(([label]) => label), ['1910s, 3 results', '1920s, 6 results', '1930s, 15 results',
      '1940s, 19 results', '1950s, 38 results', '1960s, 71 results', '1970s, 100 results', '1980s, 256 results',
      '1990s, 769 results', '2000s, 1,832 results', '2010s, 94 results']);
    // heights by the square root of the counts, the 2000s the full height: the 1970s √(100 / 1832) = 0.23 of it
    const tallest = Math.max(...bars.map(([, height]) => height));
    assert.ok(tallest > 60, `the tallest bar is ${tallest}px`);
    assert.deepEqual(bars.map(([, height]) => Math.round((height / tallest) * 100) / 100),
      [0.04, 0.06, 0.09, 0.1, 0.14, 0.2, 0.23, 0.37, 0.65, 1, 0.23]);
    assert.deepEqual(await page.locator('#decade-histogram .histogram-axis span').allTextContents(), ['1910s', '2010s']);
    assert.deepEqual(await pressed(), []);

    await drag(1970, 1990);
    await waitForAddress(page, '/?year=1970..1999');
    await resultsShown(page);
    assert.deepEqual(await pressed(), ['1970', '1980', '1990']);
    assert.deepEqual(await page.locator('#facet-decade-values input:checked').evaluateAll((inputs) => inputs.map((i) => i.value)),
      ['1990', '1980', '1970']);
    assert.deepEqual(await chips(page), ['Year: 1970–1999']);
    assert.equal(await summary(page), '1,125 results · page 1 of 113 · best known first');

    await drag(1960, 1940);
    await waitForAddress(page, '/?year=1940..1969');
    await resultsShown(page);
    assert.deepEqual(await pressed(), ['1940', '1950', '1960']);

    // a press and release on one bar: that decade
    await bar(2000).click();
    await waitForAddress(page, '/?year=2000..2009');
    await resultsShown(page);
    assert.deepEqual(await pressed(), ['2000']);
    await page.goBack();
    await waitForAddress(page, '/?year=1940..1969');
    await resultsShown(page);
    assert.deepEqual(await pressed(), ['1940', '1950', '1960']);
    assertNoProblems(problems);
  }));

  it('the year histogram works from the keyboard: one Tab stop, arrows between bars, Enter, Shift+Enter', () => withPage(browser, async (page, problems) => {
    const focusedBar = () => page.evaluate(() => document.activeElement?.dataset?.decade ?? null);
    await openSearch(page, '/?year=2000..2009');
    assert.deepEqual(await page.locator('#decade-histogram button[tabindex="0"]').evaluateAll((bars) => bars.map((b) => b.dataset.decade)),
      ['2000']);
    await page.locator('#decade-histogram button[data-decade="2000"]').focus();
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focusedBar(), '1990');
    await page.keyboard.press('Enter');
    await waitForAddress(page, '/?year=1990..1999');
    await resultsShown(page);
    assert.equal(await focusedBar(), '1990');

    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focusedBar(), '1970');
    await page.keyboard.press('Shift+Enter');
    await waitForAddress(page, '/?year=1970..1999');
    await resultsShown(page);
    assert.equal(await focusedBar(), '1970');
    assert.deepEqual(await chips(page), ['Year: 1970–1999']);

    await page.keyboard.press('End');
    assert.equal(await focusedBar(), '2010');
    await page.keyboard.press('Shift+Enter');
    await waitForAddress(page, '/?year=1970..2019');
    await resultsShown(page);
    await page.keyboard.press('Home');
    assert.equal(await focusedBar(), '1910');
    await page.keyboard.press('Space');
    await waitForAddress(page, '/?year=1910..1919');
    await resultsShown(page);
    assert.equal(await summary(page), '3 results · best known first');
    assertNoProblems(problems);
  }));
});
