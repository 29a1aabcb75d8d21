// Query understanding: words of the query that name a director, genre, film language, decade, year or record type of
// the bundled corpus come back as "Filter by" chips; a chip applies its filter and takes its words out of the query,
// and the filter's ✕ puts them back. Values are those of the bundled corpus (languages: fixtures/film-languages).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage } from '../lib/browser.mjs';
import {
  assertNoProblems, chips, facetInput, hitTitles, offers, openSearch, resultsShown, summary, waitForAddress,
} from '../lib/search-page.mjs';

describe('chips from the query', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  it('a chip applies its filter, and its \u2715 puts the words back', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=kurosawa+films');
    assert.deepEqual(await offers(page), ['+Director: Akira Kurosawa', '+Type: Films', 'All of these']);

    await page.locator('#offers a', { hasText: 'Director: Akira Kurosawa' }).click();
    await waitForAddress(page, '/?q=films&director=Akira+Kurosawa&words=kurosawa%3Adirector%3AAkira+Kurosawa');
    await resultsShown(page);
    assert.equal(await page.locator('#q').inputValue(), 'films');
    assert.deepEqual(await chips(page), ['Director: Akira Kurosawa']);
    assert.deepEqual(await offers(page), ['+Type: Films']);

    await page.locator('#offers a', { hasText: 'Type: Films' }).click();
    await waitForAddress(page, '/?type=film&director=Akira+Kurosawa'
      + '&words=kurosawa%3Adirector%3AAkira+Kurosawa&words=films%3Atype%3Afilm');
    await resultsShown(page);
    assert.equal(await summary(page), '2 results \u00b7 best known first');
    assert.deepEqual(await hitTitles(page), ['Shichinin no samurai (1956)', 'Madadayo (1998)']);

    await page.locator('#chips .chip', { hasText: 'Director' }).click();
    await waitForAddress(page, '/?q=kurosawa&type=film&words=films%3Atype%3Afilm');
    await resultsShown(page);
    assert.equal(await page.locator('#q').inputValue(), 'kurosawa');
    assert.deepEqual(await offers(page), ['+Director: Akira Kurosawa']);

    await page.goBack();
    await waitForAddress(page, '/?type=film&director=Akira+Kurosawa'
      + '&words=kurosawa%3Adirector%3AAkira+Kurosawa&words=films%3Atype%3Afilm');
    await resultsShown(page);
    assert.deepEqual(await chips(page), ['Type: Films', 'Director: Akira Kurosawa']);
    assertNoProblems(problems);
  }));

  it('"All of these" applies every chip at once', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=almodovar+00s+drama');
    assert.deepEqual(await offers(page),
      ['+Director: Pedro Almodovar', '+Decade: 2000s', '+Genre: Drama', 'All of these']);
    await page.locator('#offers a', { hasText: 'All of these' }).click();
    await waitForAddress(page, '/?director=Pedro+Almodovar&genre=Drama&year=2000..2009'
      + '&words=almodovar%3Adirector%3APedro+Almodovar&words=00s%3Ayear%3A2000..2009&words=drama%3Agenre%3ADrama');
    await resultsShown(page);
    assert.deepEqual(await hitTitles(page), ['La mala educación (2004)']);
    assert.equal(await page.locator('#offers').isHidden(), true);
    await page.locator('#chips .chip-clear').click();
    await waitForAddress(page, '/?q=almodovar+00s+drama');
    assertNoProblems(problems);
  }));

  it('"spanish 2006" offers a language chip and a year chip', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=spanish+2006');
    assert.deepEqual(await offers(page), ['+Language: Spanish', '+Year: 2006', 'All of these']);
    await page.locator('#offers a', { hasText: 'All of these' }).click();
    await waitForAddress(page, '/?language=Spanish&year=2006'
      + '&words=spanish%3Alanguage%3ASpanish&words=2006%3Ayear%3A2006');
    await resultsShown(page);
    assert.deepEqual(await hitTitles(page), ['El Laberinto del Fauno (2006)', 'Babel (2006)', 'Volver (2006)']);
    assert.deepEqual(await chips(page), ['Language: Spanish', 'Year: 2006']);
    assert.equal(await facetInput(page, 'language', 'Spanish').isChecked(), true);

    // the Spanish name reads the same language, and the chip's ✕ gives the word back
    await openSearch(page, '/?q=cine+espa%C3%B1ol');
    assert.deepEqual(await offers(page), ['+Language: Spanish']);
    await page.locator('#offers a', { hasText: 'Language: Spanish' }).click();
    await waitForAddress(page, '/?q=cine&language=Spanish&words=espa%C3%B1ol%3Alanguage%3ASpanish');
    await resultsShown(page);
    await page.locator('#chips .chip', { hasText: 'Language' }).click();
    await waitForAddress(page, '/?q=cine+espa%C3%B1ol');
    assertNoProblems(problems);
  }));

  it('a query that is a film\u2019s title offers no chip', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=1941');
    assert.equal(await page.locator('#offers').isHidden(), true);
    assert.equal((await hitTitles(page))[0], '1941 (1979)');
    assertNoProblems(problems);
  }));
});
