// The address is the state: a shared or reloaded URL shows the same page, and Back and Forward move through
// the searches made.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage } from '../lib/browser.mjs';
import {
  address, assertNoProblems, chips, facetInput, hitTitles, openSearch, resultsShown, summary, tabs, waitForAddress,
} from '../lib/search-page.mjs';

const SHARED = '/?q=godfather&type=film&director=Francis+Ford+Coppola&year=1970..1979&sort=year';

async function snapshot(page) {
  return {
    address: address(page),
    query: await page.locator('#q').inputValue(),
    sort: await page.locator('#sort').inputValue(),
    tabs: await tabs(page),
    current: await page.locator('#type-tabs [aria-current="page"] .tab-label').textContent(),
    chips: await chips(page),
    coppola: await facetInput(page, 'director', 'Francis Ford Coppola').isChecked(),
    decade: await facetInput(page, 'decade', '1970s').isChecked(),
    titles: await hitTitles(page),
    summary: await summary(page),
  };
}

describe('the address holds the state', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  it('a shared URL opens that search, and reloading it shows the same page', () => withPage(browser, async (page, problems) => {
    await openSearch(page, SHARED);
    const first = await snapshot(page);
    assert.deepEqual(first, {
      address: SHARED,
      query: 'godfather',
      sort: 'year',
      tabs: ['All 2', 'Films 2', 'People 0', 'Reviews 0', 'Quotes 0'],
      current: 'Films',
      chips: ['Type: Films', 'Director: Francis Ford Coppola', 'Year: 1970\u20131979'],
      coppola: true,
      decade: true,
      titles: ['The Godfather: Part II (1974)', 'The Godfather (1972)'],
      summary: '2 results',
    });
    await page.reload();
    await resultsShown(page);
    assert.deepEqual(await snapshot(page), first);
    assertNoProblems(problems);
  }));

  it('Back and Forward move through the searches made', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/');
    await page.locator('#q').fill('godfather');
    await page.locator('#q').press('Enter');
    await waitForAddress(page, '/?q=godfather');
    await resultsShown(page);
    await page.locator('#type-tabs').getByRole('link', { name: /^Films/ }).click();
    await waitForAddress(page, '/?q=godfather&type=film');
    await resultsShown(page);
    assert.equal(await summary(page), '3 results');

    await page.goBack();
    await waitForAddress(page, '/?q=godfather');
    await resultsShown(page);
    assert.equal(await summary(page), '4 results');
    assert.equal(await page.locator('#type-tabs [aria-current="page"] .tab-label').textContent(), 'All');

    await page.goBack();
    await waitForAddress(page, '/');
    await resultsShown(page);
    assert.equal(await page.locator('#q').inputValue(), '');
    assert.equal(await summary(page), '3,793 results \u00b7 page 1 of 380 \u00b7 best known first');

    await page.goForward();
    await waitForAddress(page, '/?q=godfather');
    await resultsShown(page);
    assert.equal(await page.locator('#q').inputValue(), 'godfather');
    await page.goForward();
    await waitForAddress(page, '/?q=godfather&type=film');
    await resultsShown(page);
    assert.equal(await summary(page), '3 results');
    assertNoProblems(problems);
  }));

  it('bad values in the address fall back to their defaults with a notice, instead of a failed search', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=godfather&rating=abc&year=19x3&page=99999');
    await waitForAddress(page, '/?q=godfather');
    assert.equal(await summary(page), '4 results');
    assert.equal((await hitTitles(page))[0], 'The Godfather (1972)');
    assert.equal(await page.locator('#notice').textContent(), 'Left out of the address, so the default is used: '
      + 'rating \u201cabc\u201d (not a rating range: use 7..9, 8.. or ..5, from 0 to 10); '
      + 'year \u201c19x3\u201d (not a year or a range of years: use 1973, 1970..1979, 1970.. or ..1979); '
      + 'page \u201c99999\u201d (past page 1000, the last that can be shown).');
    assert.equal(await page.locator('#message').isHidden(), true);

    await page.locator('#sort').selectOption('year');
    await waitForAddress(page, '/?q=godfather&sort=year');
    await resultsShown(page);
    assert.ok(await page.locator('#notice').isHidden(), 'the notice goes with the next search');
    assertNoProblems(problems);
  }));

  it('a page past the end of the results shows page 1 and says so', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?page=500');
    await waitForAddress(page, '/');
    await resultsShown(page);
    assert.equal(await summary(page), '3,793 results \u00b7 page 1 of 380 \u00b7 best known first');
    assert.equal(await page.locator('#notice').textContent(),
      'There is no page 500 of these results (the last is 380): this is page 1.');
    assertNoProblems(problems);
  }));
});
