// What the film and person pages share: the header search box, reading ?id=, fetching the record, and the
// "not found" and error states.

import * as api from './api.js';
import { el, fill } from './dom.js';
import { count } from './format.js';
import { attachSearchBox, focusSearchOnSlash } from './searchbox.js';

/**
 * @param {{kind: string, load: (id: string) => Promise<object>, render: (container: HTMLElement, data: object) => string}} page
 *   render fills the container and returns the document title
 */
export async function showRecord({ kind, load, render }) {
  const input = document.getElementById('q');
  attachSearchBox({ form: document.getElementById('search-form'), input, list: document.getElementById('completions') });
  focusSearchOnSlash(input);

  const container = document.getElementById('record');
  const id = new URLSearchParams(window.location.search).get('id');
  try {
    if (!id) {
      notFound(container, kind, `No ${kind} was named in the address.`);
      return;
    }
    const data = await load(id);
    document.title = `${render(container, data)} \u2013 filmsearch`;
    scrollToHash();
  } catch (error) {
    if (error instanceof api.ApiError && error.status === 404) {
      notFound(container, kind, `There is no ${kind} with the id \u201c${id}\u201d in this catalogue.`);
    } else {
      fill(container, el('h1', {}, 'Something went wrong'),
        el('p', { attrs: { role: 'alert' } }, error instanceof api.ApiError
          ? error.detail || error.title || `The server answered ${error.status}.`
          : 'The server could not be reached. Check your connection and try again.'));
    }
  } finally {
    container.removeAttribute('aria-busy');
  }
}

function notFound(container, kind, detail) {
  document.title = `${kind.charAt(0).toUpperCase()}${kind.slice(1)} not found \u2013 filmsearch`;
  fill(container,
    el('h1', {}, `${kind.charAt(0).toUpperCase()}${kind.slice(1)} not found`),
    el('p', {}, detail),
    el('p', {}, el('a', { href: '/' }, 'Search the catalogue')));
}

/** The page is built after it loads, so a link to "#review-…" is followed by hand once the content is there. */
function scrollToHash() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  target.classList.add('is-target');
  target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}

/**
 * A section with a heading and a count: "Cast (12)"; null when there is nothing to show. The count is
 * {@code total} when given (a listing that shows only the first items), else the number of items.
 */
export function section(title, items, content, total = items?.length) {
  if (!items || items.length === 0) return null;
  const slug = title.toLowerCase().replace(/[^a-z]+/g, '-');
  return el('section', { className: `record-section section-${slug}`, attrs: { 'aria-labelledby': `section-${slug}` } },
    el('h2', { id: `section-${slug}` }, title, ' ', el('span', { className: 'section-count' }, `(${count(total)})`)),
    content);
}

/** A definition list of label → value rows, leaving out rows without a value. */
export function facts(rows) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0));
  if (shown.length === 0) return null;
  return el('dl', { className: 'facts' }, shown.map(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]));
}

/** Items joined with ", " (nodes or strings). */
export function commaList(items) {
  return items.flatMap((item, i) => (i ? [', ', item] : [item]));
}
