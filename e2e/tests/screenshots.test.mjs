// The screenshots in docs/screenshots/, taken only when FILMSEARCH_SCREENSHOTS names the folder to write them
// to (e2e/run.sh --screenshots), so an ordinary test run changes no file.

import { describe, it, before, after } from 'node:test';
import path from 'node:path';
import { launch, withPage } from '../lib/browser.mjs';
import { assertNoProblems, openSearch } from '../lib/search-page.mjs';

const folder = process.env.FILMSEARCH_SCREENSHOTS;

describe('screenshots', { skip: folder ? false : 'set FILMSEARCH_SCREENSHOTS (e2e/run.sh --screenshots) to take them' }, () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  const desktop = { viewport: { width: 1280, height: 860 }, colorScheme: 'light' };

  it('results with facets', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=star&genre=Adventure&genre=Action');
    await page.screenshot({ path: path.join(folder, 'results.png') });
    assertNoProblems(problems);
  }, desktop));

  it('the filters: types, show more, the year histogram with a run of decades', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?type=film&genre=Drama&year=1970..1999');
    await page.locator('#facet-director-values button[data-more]').click();
    await page.locator('#facets').screenshot({ path: path.join(folder, 'facets.png') });
    assertNoProblems(problems);
  }, desktop));

  it('a phone with the filters open above the results', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=godfather');
    await page.locator('#filters-toggle').click();
    await page.screenshot({ path: path.join(folder, 'phone.png') });
    assertNoProblems(problems);
  }, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'light' }));

  it('a film page', () => withPage(browser, async (page, problems) => {
    await page.goto('/film.html?id=salvador-allende-2004');
    await page.locator('#record:not([aria-busy])').waitFor();
    await page.screenshot({ path: path.join(folder, 'film.png'), fullPage: true });
    assertNoProblems(problems);
  }, desktop));
});
