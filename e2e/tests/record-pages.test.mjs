// Film and person pages opened from the results, and the links between them. Values are those of the
// bundled corpus: the seed title page "Salvador Allende" (2004) and the vega-datasets films.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage } from '../lib/browser.mjs';
import { address, assertNoProblems, openSearch, waitForAddress } from '../lib/search-page.mjs';

/** Waits for a film or person page to finish loading. */
async function recordShown(page) {
  await page.locator('#record:not([aria-busy])').waitFor();
}

/** A film or person page's facts as "label: value" lines. */
async function facts(page) {
  return page.locator('#record .facts').evaluate((dl) => [...dl.querySelectorAll('dt')]
    .map((dt) => `${dt.textContent}: ${dt.nextElementSibling.textContent}`));
}

describe('film and person pages', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  it('a film from the results opens its page with facts, cast, reviews, quotes and related films', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=salvador+allende');
    await page.locator('#hits .hit-film .hit-title a').first().click();
    await waitForAddress(page, '/film.html?id=salvador-allende-2004');
    await recordShown(page);

    assert.equal(await page.title(), 'Salvador Allende (2004) \u2013 filmsearch');
    assert.equal(await page.locator('#record h1').textContent(), 'Salvador Allende (2004)');
    assert.deepEqual(await facts(page), ['Released: 2007-09-05 (United States)', 'Awards: 1 win & 2 nominations']);
    assert.match(await page.locator('.section-plot p').textContent(), /^From his childhood in Valparaiso/);
    assert.deepEqual(await page.locator('#record section h2').allTextContents(),
      ['Plot', 'Cast (13)', 'Reviews (1)', 'Quotes (1)', 'Related films (12)']);
    assert.deepEqual(await page.locator('.cast tbody tr').first().locator('td').allTextContents(), ['Jacques Bidou', 'Narrator']);
    assert.equal(await page.locator('.review').count(), 1);
    assert.equal(await page.locator('.quote').count(), 1);
    assertNoProblems(problems);
  }));

  it('a film without related films in its corpus lists what people who liked it also liked, and why', () => withPage(browser, async (page, problems) => {
    await page.goto('/film.html?id=the-godfather-1972');
    await recordShown(page);

    assert.equal(await page.locator('.section-people-who-liked-this-also-liked h2').textContent(),
      'People who liked this also liked (6)');
    assert.deepEqual((await page.locator('.also-liked li').allTextContents()).slice(0, 2), [
      'The Godfather: Part II (1974) \u2014 Same director: Francis Ford Coppola',
      'Apocalypse Now (1979) \u2014 Same director: Francis Ford Coppola']);
    await page.locator('.also-liked').getByRole('link', { name: 'Apocalypse Now (1979)' }).click();
    await waitForAddress(page, '/film.html?id=apocalypse-now-1979');
    await recordShown(page);
    assertNoProblems(problems);
  }));

  it('a cast member opens their person page, which leads back to the film', () => withPage(browser, async (page, problems) => {
    await page.goto('/film.html?id=salvador-allende-2004');
    await recordShown(page);
    await page.locator('.cast').getByRole('link', { name: 'Isabel Allende Bussi' }).click();
    await waitForAddress(page, '/person.html?id=isabel-allende-bussi');
    await recordShown(page);

    assert.equal(await page.locator('#record h1').textContent(), 'Isabel Allende Bussi');
    assert.deepEqual(await facts(page), ['Known for: Actor', 'Films: 1']);
    assert.deepEqual(await page.locator('#record section h2').allTextContents(), ['As actor (1)']);
    assert.equal(await page.locator('.filmography li').first().textContent(),
      "Salvador Allende (2004) as Herself - Salvador Allende's Daughter");
    await page.locator('.filmography').getByRole('link', { name: 'Salvador Allende' }).click();
    await waitForAddress(page, '/film.html?id=salvador-allende-2004');
    await recordShown(page);
    assertNoProblems(problems);
  }));

  it('a person from the results opens their page with their films by role', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=spielberg');
    assert.equal(await page.locator('#hits .hit-type').first().textContent(), 'Person');
    await page.locator('#hits .hit-person .hit-title a').first().click();
    await waitForAddress(page, '/person.html?id=steven-spielberg');
    await recordShown(page);

    assert.equal(await page.title(), 'Steven Spielberg \u2013 filmsearch');
    assert.deepEqual(await facts(page), ['Known for: Director', 'Films: 23']);
    assert.deepEqual(await page.locator('#record section h2').allTextContents(), ['As director (23)']);
    assert.equal(await page.locator('.filmography li').first().textContent(),
      'The Adventures of Tintin: Secret of the Unicorn (2011)');

    await page.getByRole('link', { name: 'All films directed by Steven Spielberg' }).click();
    await waitForAddress(page, '/?director=Steven+Spielberg');
    await page.locator('#results:not([aria-busy])').waitFor();
    assert.equal(await page.locator('#chips .chip').textContent(), 'Director: Steven Spielberg\u00d7');
    assertNoProblems(problems);
  }));

  it('a review in the results opens the film page at that review', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=biographical+documentary+chronicling');
    const review = page.locator('#hits .hit-review').first();
    assert.equal(await review.locator('.hit-meta').textContent(), 'Review of Salvador Allende (2004)');
    await review.locator('.hit-title a').click();
    await page.waitForURL((url) => url.pathname === '/film.html' && url.hash.startsWith('#review-'));
    await recordShown(page);
    const target = page.locator('.review.is-target');
    assert.equal(await target.count(), 1);
    assert.equal(`#${await target.getAttribute('id')}`, new URL(page.url()).hash);
    assert.ok(await target.evaluate((node) => node === document.activeElement));
    assertNoProblems(problems);
  }));

  it('an unknown film gets a page that says so', () => withPage(browser, async (page, problems) => {
    await page.goto('/film.html?id=no-such-film');
    await recordShown(page);
    assert.equal(await page.locator('#record h1').textContent(), 'Film not found');
    assert.equal(await page.locator('#record p').first().textContent(),
      'There is no film with the id \u201cno-such-film\u201d in this catalogue.');
    assert.equal(address(page), '/film.html?id=no-such-film');
    // the API's 404 is the one problem the browser reports
    assert.deepEqual(problems.filter((p) => !p.includes('/api/films/no-such-film') && !p.includes('404')), []);
  }));
});
