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

  it('on a desktop the filters are always shown', () => withPage(browser, async (page, problems) => {
    await openSearch(page, '/?q=godfather');
    assert.ok(await page.locator('#facets').isVisible());
    assert.ok(await page.locator('#filters-toggle').isHidden());
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
