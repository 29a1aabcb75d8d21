// The page on a phone, by keyboard alone, and with the headers that keep it safe.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage } from '../lib/browser.mjs';
import { assertNoProblems, hitTitles, openSearch, resultsShown, waitForAddress } from '../lib/search-page.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('layout, keyboard and headers', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  it('on a phone the filters fold away behind a button and nothing scrolls sideways', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=godfather');
    const facets = page.locator('#facets');
    const toggle = page.locator('#filters-toggle');
    assert.ok(await facets.isHidden());
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    assert.ok(await facets.isVisible());
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal((await hitTitles(page))[0], 'The Godfather (1972)');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
    assertNoProblems(problems);
  }, PHONE));

  it('on a phone the type tabs stay on one line and scroll sideways inside their row', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/');
    const row = await page.locator('#type-tabs').evaluate((nav) => {
      const box = nav.getBoundingClientRect();
      const tabs = [...nav.querySelectorAll('.tab')].map((t) => t.getBoundingClientRect());
      return {
        tops: [...new Set(tabs.map((t) => Math.round(t.top)))].length,
        navHeight: box.height, tabHeight: tabs[0].height, navLeft: box.left, navRight: box.right,
        lastRight: tabs.at(-1).right, scrollWidth: nav.scrollWidth, clientWidth: nav.clientWidth,
      };
    });
    assert.equal(row.tops, 1, 'every tab on one line');
    assert.ok(row.navHeight < 1.5 * row.tabHeight, `the row is ${row.navHeight}px high, a tab ${row.tabHeight}px`);
    assert.deepEqual([row.navLeft, row.navRight], [16, 374]);
    assert.ok(row.scrollWidth > row.clientWidth, `the tabs are ${row.scrollWidth}px wide in ${row.clientWidth}px`);
    assert.ok(row.lastRight > row.navRight, 'the last tab starts out of view, to be scrolled to');
    // the row scrolls to its last tab; the page itself never scrolls sideways
    const lastRight = await page.locator('#type-tabs').evaluate((nav) => {
      nav.scrollLeft = nav.scrollWidth;
      return nav.querySelector('.tab:last-child').getBoundingClientRect().right;
    });
    assert.ok(lastRight <= 374, `the last tab ends at ${lastRight}px after scrolling the row`);
    await page.locator('#type-tabs').getByRole('link', { name: /^Quotes/ }).click();
    await waitForAddress(page, '/?type=quote');
    await resultsShown(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
    assertNoProblems(problems);
  }, PHONE));

  it('on a phone the open filters scroll in a panel of at most 40% of the screen, and the first result stays in view', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/');
    await page.locator('#filters-toggle').click();
    const boxes = await page.evaluate(() => {
      const facets = document.getElementById('facets');
      const f = facets.getBoundingClientRect();
      const title = document.querySelector('#hits .hit-title').getBoundingClientRect();
      return {
        facetsTop: f.top, facetsBottom: f.bottom, facetsHeight: f.height, facetsScroll: facets.scrollHeight,
        facetsClient: facets.clientHeight, overflowY: getComputedStyle(facets).overflowY,
        titleTop: title.top, titleBottom: title.bottom, scrollY: window.scrollY, viewport: window.innerHeight,
      };
    });
    assert.equal(boxes.viewport, 844);
    assert.equal(boxes.scrollY, 0);
    assert.ok(boxes.facetsHeight <= 0.4 * 844 + 1, `the filters are ${boxes.facetsHeight}px high`);
    assert.equal(boxes.overflowY, 'auto');
    assert.ok(boxes.facetsScroll > boxes.facetsClient, `the filters hold ${boxes.facetsScroll}px in ${boxes.facetsClient}px`);
    assert.ok(boxes.titleTop >= boxes.facetsBottom, 'the results come below the filters');
    assert.ok(boxes.titleBottom <= 844, `the first result's title ends at ${boxes.titleBottom}px, below the screen`);

    // the panel scrolls on its own: its last facet is reached without moving the page or the results
    await page.locator('#facet-decade').scrollIntoViewIfNeeded();
    const after = await page.evaluate(() => ({
      scrollY: window.scrollY, panelScroll: document.getElementById('facets').scrollTop,
      titleTop: document.querySelector('#hits .hit-title').getBoundingClientRect().top,
    }));
    assert.equal(after.scrollY, 0);
    assert.ok(after.panelScroll > 0);
    assert.equal(after.titleTop, boxes.titleTop);
    assertNoProblems(problems);
  }, PHONE));

  it('on a desktop the filters are always shown', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=godfather');
    assert.ok(await page.locator('#facets').isVisible());
    assert.ok(await page.locator('#filters-toggle').isHidden());
    // uncapped beside the results: the sidebar has no scroll of its own
    const facets = await page.locator('#facets').evaluate((f) => [f.scrollHeight - f.clientHeight, getComputedStyle(f).maxHeight]);
    assert.deepEqual(facets, [0, 'none']);
    assertNoProblems(problems);
  }));

  it('the keyboard alone can search and open a result', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to results');
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
    await page.keyboard.type('godfather');
    await page.keyboard.press('Enter');
    await waitForAddress(page, '/?q=godfather');
    await resultsShown(page);
    // tab from the search box to the first result's link
    const firstHit = page.locator('#hits .hit-title a').first();
    for (let i = 0; i < 60 && !(await firstHit.evaluate((a) => a === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    assert.ok(await firstHit.evaluate((a) => a === document.activeElement), 'Tab never reached the first result');
    await page.keyboard.press('Enter');
    await waitForAddress(page, '/film.html?id=the-godfather-1972');
    assertNoProblems(problems);
  }));

  it('the page comes with a Content-Security-Policy that allows no inline script, and nosniff', () => withPage(browser, async (page, problems) => {
    const response = await page.goto('/');
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    assert.match(csp, /(^|; )script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.ok(headers['referrer-policy']);
    await resultsShown(page);
    assertNoProblems(problems);
  }));
});
