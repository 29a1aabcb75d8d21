// Headless Debian Chromium driven by playwright-core (which downloads no browser of its own). Every page
// opened through here records console errors, uncaught exceptions and failed requests, so a test can assert
// there were none.

import { chromium } from 'playwright-core';

/** Flags for a closed network: no background connections to Google's services, no first-run work. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const BASE_URL = (process.env.FILMSEARCH_URL ?? 'http://127.0.0.1:7070').replace(/\/$/, '');

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

const problemLists = new WeakMap();

/** Drops the 503 answers (and their console lines) of searches the server's time budget stopped. */
export function forgetTimeouts(page) {
  const problems = problemLists.get(page) ?? [];
  const kept = problems.filter((p) => !/\b503\b/.test(p));
  problems.splice(0, problems.length, ...kept);
}

/**
 * A fresh context (no shared cookies or cache) and page with problem recording.
 * @returns {Promise<{context, page, problems: string[]}>}
 */
export async function openPage(browser, { viewport = { width: 1280, height: 900 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, locale: 'en-US', baseURL: BASE_URL, ...options });
  const page = await context.newPage();
  const problems = [];
  problemLists.set(page, problems);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (!reason.includes('ERR_ABORTED')) problems.push(`request failed: ${request.url()} ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, problems };
}

/**
 * Runs fn(page, problems) in a fresh page and closes it afterwards, whatever happens.
 * @param {import('playwright-core').Browser} browser
 */
export async function withPage(browser, fn, options) {
  const { context, page, problems } = await openPage(browser, options);
  try {
    await fn(page, problems);
  } finally {
    await context.close();
  }
}
