// The filter sidebar of the search page: types, title types, directors, genres, languages and decades as checkboxes
// (several at once), rating as radio buttons, each with its count. Each list shows its first values and a "Show
// more" button for the rest. Rendering only: the search page listens for "change" events on the inputs, which carry
// data-facet and their value, and for clicks on the buttons, which carry data-more.

import { el, fill } from './dom.js';
import { count } from './format.js';
import { decadeRange, rangeLabel, tickedDecades } from './state.js';

/** How many values a facet shows before its "Show more" button (picked values are always shown). */
export const SHOWN_VALUES = 6;

/**
 * Title type, director, genre or language values as checkboxes. Values the user has picked stay in the list even when the answer
 * does not name them (a long list cut short, or a director search that matched others), so they can be unticked.
 * @param {HTMLElement} list the <ul>
 * @param {'title_type'|'director'|'genre'|'language'} facet
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
 * Decades ("1970s" or "1970") as checkboxes whose value is the decade's first year (1970). A decade is ticked when
 * one of the year ranges is a run of whole decades that holds it (see tickedDecades and toggleDecade in state.js).
 * @param {string[]} current the active year ranges, none for any year
 */
export function renderDecades(list, decades, current) {
  const ticked = tickedDecades(current);
  const items = (decades ?? []).flatMap((d) => {
    const range = decadeRange(d.value);
    if (!range) return [];
    const first = Number(range.slice(0, 4));
    const label = String(d.value).endsWith('s') ? d.value : `${d.value}s`;
    const checked = ticked.has(first);
    return [valueItem({ type: 'checkbox', facet: 'decade', value: String(first), label, count: d.count, checked })];
  });
  fill(list, items.length ? items : el('li', { className: 'facet-empty' }, 'None match'));
}

/**
 * Folds a rendered list to its first {@link SHOWN_VALUES} values and the picked ones, with a button that shows the
 * rest ("Show 14 more") or folds them again ("Show fewer"). Nothing to fold: no button.
 * @param {HTMLElement} list the <ul> as a render function above left it
 * @param {string} facet the name the button carries in data-more
 * @param {boolean} expanded whether the whole list is shown
 */
export function foldValues(list, facet, expanded) {
  const items = [...list.children].filter((li) => li.querySelector('input'));
  const folded = items.filter((li, i) => i >= SHOWN_VALUES && !li.querySelector('input').checked);
  if (folded.length === 0) return;
  for (const li of folded) li.hidden = !expanded;
  const label = expanded ? 'Show fewer' : `Show ${count(folded.length)} more`;
  list.append(el('li', { className: 'facet-more' }, el('button', {
    type: 'button',
    className: 'facet-more-button',
    attrs: { 'aria-expanded': String(expanded), 'aria-controls': list.id },
    dataset: { more: facet, focusKey: `more:${facet}` },
  }, label)));
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

/**
 * The year histogram: one bar per decade, oldest first, its height by the square root of its count (so a decade of
 * 3 films still shows beside one of 1,832), the decades of the year range pressed. The bars are buttons the
 * search page drags across, clicks and steps through with the arrow keys (one of them in the Tab order: the
 * first pressed, else the newest). Fewer than two decades: no histogram.
 * @param {HTMLElement} container the histogram's element, holding a .histogram-bars and a .histogram-axis
 * @param {{value: string, count: number}[]} decades the decade facet's values
 * @param {string[]} current the active year ranges, none for any year
 */
export function renderHistogram(container, decades, current) {
  const bars = (decades ?? []).flatMap((d) => {
    const range = decadeRange(d.value);
    return range ? [{ first: Number(range.slice(0, 4)), count: d.count }] : [];
  }).sort((a, b) => a.first - b.first);
  const [barsBox, axis] = [container.querySelector('.histogram-bars'), container.querySelector('.histogram-axis')];
  container.hidden = bars.length < 2;
  if (container.hidden) {
    barsBox.replaceChildren();
    axis.replaceChildren();
    return;
  }
  const ticked = tickedDecades(current);
  const pressed = (first) => ticked.has(first);
  const tabStop = bars.find((b) => pressed(b.first))?.first ?? bars.at(-1).first;
  const peak = Math.sqrt(Math.max(1, ...bars.map((b) => b.count)));
  fill(barsBox, bars.map((b) => {
    const button = el('button', {
      type: 'button',
      className: 'histogram-bar',
      title: `${b.first}s: ${count(b.count)}`,
      attrs: {
        'aria-pressed': String(pressed(b.first)),
        'aria-label': `${b.first}s, ${count(b.count)} results`,
        tabindex: b.first === tabStop ? '0' : '-1',
      },
      dataset: { decade: String(b.first), focusKey: `histogram:${b.first}` },
    }, el('span', { className: 'histogram-fill' }));
    button.style.setProperty('--share', String(b.count > 0 ? Math.max(0.04, Math.sqrt(b.count) / peak) : 0));
    return button;
  }));
  fill(axis, el('span', {}, `${bars[0].first}s`), el('span', {}, `${bars.at(-1).first}s`));
}

