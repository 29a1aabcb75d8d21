// Reading the search page the way a person sees it: waits for a search to finish, then reads titles, counts
// and chips as text.

import assert from 'node:assert/strict';
import { forgetTimeouts } from './browser.mjs';

const TIMED_OUT = /ran out of time|took too long|time budget/;

/**
 * Waits until the page has shown the answer to the last search (the results are no longer busy). A search
 * the server's time budget cut short (a busy machine) is not what a test is about: the page is reloaded, at
 * most twice, and the problems that timeout caused in the browser are forgotten.
 */
export async function resultsShown(page, retries = 2) {
  for (let attempt = 0; ; attempt++) {
    await page.locator('#results:not([aria-busy])').waitFor();
    await page.waitForFunction(() => !document.getElementById('status').textContent.startsWith('Searching'));
    const shown = await page.locator('#status, #message').allTextContents();
    if (!TIMED_OUT.test(shown.join(' ')) || attempt >= retries) return;
    forgetTimeouts(page);
    await page.reload();
  }
}

/** Goes to a path and waits for its search to be shown. */
export async function openSearch(page, path) {
  await page.goto(path);
  await resultsShown(page);
}

/** The hits' titles as shown: "The Godfather (1972)". */
export async function hitTitles(page) {
  return (await page.locator('#hits .hit-title').allTextContents()).map((t) => t.trim());
}

/** The type labels of the hits: ["Film", "Person", …]. */
export function hitTypes(page) {
  return page.locator('#hits .hit-type').allTextContents();
}

/** "3,766 results · page 1 of 377 · best known first · 12 ms" without the timing, which varies. */
export async function summary(page) {
  const text = (await page.locator('#status').textContent()).trim();
  return text.replace(/ \u00b7 \d[\d,]* ms/, '');
}

/** The tabs as "All 4", "Films 3", … */
export async function tabs(page) {
  return (await page.locator('#type-tabs .tab').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** The chips' visible text: ["Director: Steven Spielberg×", …] with the × removed. */
export async function chips(page) {
  return (await page.locator('#chips .chip').allTextContents()).map((t) => t.replace('\u00d7', '').trim());
}

/** The chips of the query's words read as filters, as shown: ["+Director: Akira Kurosawa", …, "All of these"]. */
export async function offers(page) {
  return (await page.locator('#offers a').allTextContents()).map((t) => t.trim());
}

/** A facet's values as shown, "Steven Spielberg 23" (count absent for a picked value the answer did not list). */
export function facetValues(page, facet) {
  return page.locator(`#facet-${facet}-values .facet-value`).evaluateAll((labels) => labels.map((label) => {
    const count = label.querySelector('.facet-count')?.firstChild?.textContent;
    return count ? `${label.querySelector('.facet-label').textContent} ${count}` : label.querySelector('.facet-label').textContent;
  }));
}

/** The checkbox or radio button of one facet value, by its label. */
export function facetInput(page, facet, label) {
  return page.locator(`#facet-${facet}-values .facet-value`)
    .filter({ has: page.locator('.facet-label', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
    .locator('input');
}

/** The current address without the origin: "/?q=godfather". */
export function address(page) {
  const url = new URL(page.url());
  return url.pathname + url.search + url.hash;
}

export function assertNoProblems(problems) {
  assert.deepEqual(problems, [], `the browser reported problems:\n${problems.join('\n')}`);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits until the address (path, query and fragment, without the origin) is exactly this. */
export function waitForAddress(page, expected) {
  return page.waitForURL((url) => url.pathname + url.search + url.hash === expected);
}
