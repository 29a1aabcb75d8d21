// Searching: a typed query, completions by keyboard and mouse, highlights, "did you mean", the empty state,
// sorting and paging. Expected values are those of the bundled corpus (corpus/: the seed title page
// "Salvador Allende" (2004) and the vega-datasets films).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage } from '../lib/browser.mjs';
import {
  assertNoProblems, hitTitles, hitTypes, openSearch, resultsShown, summary, tabs, waitForAddress,
} from '../lib/search-page.mjs';

describe('search', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  it('a typed query shows the film it names first, with the match highlighted', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/');
    await page.locator('#q').fill('godfather');
    await page.locator('#q').press('Enter');
    await waitForAddress(page, '/?q=godfather');
    await resultsShown(page);

    assert.deepEqual((await hitTitles(page)).slice(0, 3),
      ['The Godfather (1972)', 'The Godfather: Part II (1974)', 'The Godfather: Part III (1990)']);
    assert.equal((await hitTypes(page))[0], 'Film');
    assert.equal(await page.locator('#hits .hit-title mark').first().textContent(), 'Godfather');
    assert.equal(await page.locator('#hits .hit-meta').first().textContent(),
      'Directed by Francis Ford Coppola \u00b7 9.2/10 from 411,088 votes');
    assert.equal(await summary(page), '4 results');
    assert.deepEqual(await tabs(page), ['All 4', 'Films 3', 'People 1', 'Reviews 0', 'Quotes 0']);
    assert.equal(await page.title(), 'godfather \u2013 filmsearch');
    assertNoProblems(problems);
  }));

  it('completions come after two letters and are chosen with the arrow keys and Enter', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/');
    const box = page.locator('#q');
    await box.pressSequentially('g');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    await box.pressSequentially('odf');
    const options = page.locator('#completions [role="option"]');
    await options.first().waitFor();
    assert.deepEqual((await options.allTextContents()),
      ['The GodfatherFilm \u00b7 1972', 'The Godfather: Part IIFilm \u00b7 1974', 'The Godfather: Part IIIFilm \u00b7 1990']);
    assert.equal(await box.getAttribute('aria-expanded'), 'true');

    await box.press('ArrowDown');
    await box.press('ArrowDown');
    assert.equal(await box.getAttribute('aria-activedescendant'), 'completion-1');
    assert.equal(await options.nth(1).getAttribute('aria-selected'), 'true');
    await box.press('ArrowUp');
    assert.equal(await box.getAttribute('aria-activedescendant'), 'completion-0');

    await box.press('Escape');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    assert.ok(await page.locator('#completions').isHidden());

    await box.pressSequentially('a'); // "godfa": the list comes back
    await options.first().waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await waitForAddress(page, '/film.html?id=the-godfather-1972');
    await page.locator('#record:not([aria-busy]) h1').waitFor();
    assert.equal(await page.locator('#record h1').textContent(), 'The Godfather (1972)');
    assertNoProblems(problems);
  }));

  it('a person completion opens the person page when clicked', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/');
    await page.locator('#q').pressSequentially('spiel');
    const option = page.locator('#completions [role="option"]').first();
    await option.waitFor();
    assert.equal(await option.textContent(), 'Steven SpielbergPerson');
    await option.click();
    await waitForAddress(page, '/person.html?id=steven-spielberg');
    await page.locator('#record:not([aria-busy]) h1').waitFor();
    assert.equal(await page.locator('#record h1').textContent(), 'Steven Spielberg');
    assertNoProblems(problems);
  }));

  it('names with accents are found without them and shown with them', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=nunez');
    assert.equal((await hitTitles(page))[0], 'Claudina Nu\u00f1ez');
    assert.equal(await page.locator('#hits .hit-title mark').first().textContent(), 'Nu\u00f1ez');
    assertNoProblems(problems);
  }));

  it('"did you mean" leads to the corrected query', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=godfahter');
    const didYouMean = page.locator('#did-you-mean');
    assert.equal(await didYouMean.textContent(), 'Did you mean godfather?');
    await didYouMean.getByRole('link', { name: 'godfather' }).click();
    await waitForAddress(page, '/?q=godfather');
    await resultsShown(page);
    assert.equal(await page.locator('#q').inputValue(), 'godfather');
    assert.equal((await hitTitles(page))[0], 'The Godfather (1972)');
    assert.ok(await didYouMean.isHidden());
    assertNoProblems(problems);
  }));

  it('"did you mean" is offered only when it helps: never for a query whose first hit has every word', () => withPage(browser, async (page, problems) => {
    const didYouMean = page.locator('#did-you-mean');
    for (const [q, first] of [['pulp fiction', 'Pulp Fiction (1994)'], ['schindlers list', "Schindler's List (1993)"]]) {
      await openSearch(page, `/?q=${encodeURIComponent(q)}`);
      assert.equal((await hitTitles(page))[0], first);
      assert.ok(await didYouMean.isHidden(), `no suggestion for ${q}`);
    }
    // "forest" is a word of the index, but the first hit has "Forrest": the word its typo matched
    await openSearch(page, '/?q=forest+gump');
    assert.equal((await hitTitles(page))[0], 'Forrest Gump (1994)');
    assert.equal(await didYouMean.textContent(), 'Did you mean forrest gump?');
    assertNoProblems(problems);
  }));

  it('a query that matches nothing says so and offers ways out that find something in this index', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=qqqzzzxxx');
    assert.equal(await summary(page), '0 results');
    assert.equal(await page.locator('#message h2').textContent(), 'Nothing matches \u201cqqqzzzxxx\u201d');
    assert.equal(await page.locator('#hits li').count(), 0);
    assert.ok(await page.locator('#pager').isHidden());
    const examples = page.locator('#message li.examples');
    await examples.waitFor();
    assert.equal(await examples.textContent(),
      'Search for a film title, a director or an actor: The Shawshank Redemption, The Dark Knight, Steven Spielberg.');
    await examples.getByRole('link', { name: 'Steven Spielberg' }).click();
    await waitForAddress(page, '/?q=Steven+Spielberg');
    await resultsShown(page);
    assert.deepEqual((await hitTitles(page)).slice(0, 2), ['Steven Spielberg', "Schindler's List (1993)"]);
    await page.goBack();
    await waitForAddress(page, '/?q=qqqzzzxxx');
    await examples.waitFor();
    await page.locator('#message').getByRole('link', { name: 'Browse the whole catalogue' }).click();
    await waitForAddress(page, '/');
    await resultsShown(page);
    assert.equal(await summary(page), '3,793 results \u00b7 page 1 of 380 \u00b7 best known first');
    assertNoProblems(problems);
  }));

  it('sorting by year puts the newest first and goes back to page 1', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=godfather');
    await page.locator('#sort').selectOption('year');
    await waitForAddress(page, '/?q=godfather&sort=year');
    await resultsShown(page);
    assert.deepEqual((await hitTitles(page)).slice(0, 3),
      ['The Godfather: Part III (1990)', 'The Godfather: Part II (1974)', 'The Godfather (1972)']);
    assertNoProblems(problems);
  }));

  it('the pager moves through the results, best known first', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/');
    assert.equal((await hitTitles(page))[0], 'The Shawshank Redemption (1994)');
    const pager = page.locator('#pager');
    assert.equal((await pager.textContent()).replace(/\s+/g, ' '), '\u2190 Previous123\u2026380Next \u2192');
    await pager.getByRole('link', { name: 'Next' }).click();
    await waitForAddress(page, '/?page=2');
    await resultsShown(page);
    assert.equal((await hitTitles(page))[0], 'American Beauty (1999)');
    assert.equal(await page.locator('#hits').getAttribute('start'), '11');
    assert.equal(await pager.locator('[aria-current="page"]').textContent(), '2');
    await pager.getByRole('link', { name: 'Page 380' }).click();
    await waitForAddress(page, '/?page=380');
    await resultsShown(page);
    assert.equal(await page.locator('#hits li.hit').count(), 3);
    assert.ok(await pager.locator('.pager-next.pager-disabled').isVisible());
    assertNoProblems(problems);
  }));
});
