// The filter sidebar of the search page: title types, directors and genres as checkboxes (several at once), rating and
// decade as radio buttons, each with its count. Rendering only: the search page listens for "change" events
// on the inputs, which carry data-facet and their value.

import { el, fill } from './dom.js';
import { count } from './format.js';
import { decadeRange, rangeLabel } from './state.js';

/**
 * Title type, director or genre values as checkboxes. Values the user has picked stay in the list even when the answer
 * does not name them (a long list cut short, or a director search that matched others), so they can be unticked.
 * @param {HTMLElement} list the <ul>
 * @param {'title_type'|'director'|'genre'} facet
 * @param {{value: string, count: number}[]} values
 * @param {string[]} selected
 * @param {(value: string) => string} [label] how a value is shown (as it is by default)
 */
export function renderCheckboxes(list, facet, values, selected, label = (value) => value) {
  const shown = new Map((values ?? []).map((v) => [v.value, v]));
  const picked = selected.filter((value) => !shown.has(value)).map((value) => ({ value, count: null }));
  const all = [...picked, ...shown.values()];
  if (all.length === 0) {
    fill(list, el('li', { className: 'facet-empty' }, 'None match'));
    return;
  }
  fill(list, all.map((v) => valueItem({
    type: 'checkbox', facet, value: v.value, label: label(v.value), count: v.count, checked: selected.includes(v.value),
  })));
}

/**
 * Rating buckets ("9..10", "8..9", …) as radio buttons with an "Any rating" choice first.
 * @param {string} current the active rating range, "" for none
 */
export function renderRatings(list, buckets, current) {
  const items = (buckets ?? []).map((b) => valueItem({
    type: 'radio', facet: 'rating', value: b.value, label: rangeLabel(b.value), count: b.count,
    checked: b.value === current,
  }));
  fill(list, valueItem({ type: 'radio', facet: 'rating', value: '', label: 'Any rating', checked: !current }), items);
}

/**
 * Decades ("1970s" or "1970") as radio buttons that set the year range "1970..1979".
 * @param {string} current the active year range, "" for none
 */
export function renderDecades(list, decades, current) {
  const items = (decades ?? []).flatMap((d) => {
    const range = decadeRange(d.value);
    if (!range) return [];
    const label = String(d.value).endsWith('s') ? d.value : `${d.value}s`;
    return [valueItem({ type: 'radio', facet: 'year', value: range, label, count: d.count, checked: range === current })];
  });
  fill(list, valueItem({ type: 'radio', facet: 'year', value: '', label: 'Any year', checked: !current }), items);
}

function valueItem({ type, facet, value, label, count: n, checked }) {
  return el('li', {},
    el('label', { className: 'facet-value' },
      el('input', {
        type,
        name: facet,
        value,
        checked: Boolean(checked),
        dataset: { facet, focusKey: `${facet}:${value}` },
      }),
      el('span', { className: 'facet-label' }, label),
      n === null || n === undefined ? null
        : el('span', { className: 'facet-count' }, count(n), el('span', { className: 'visually-hidden' }, ' results'))));
}
