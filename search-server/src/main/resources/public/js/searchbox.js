// The search box in every page's header, with as-you-type completions for films and people: an ARIA 1.2
// combobox. Arrow keys move through the completions, Enter opens the chosen one (or searches for the text when
// none is chosen), Escape closes the list. Completions come from GET /api/suggest after two letters.

import * as api from './api.js';
import { el, fill, filmUrl, personUrl } from './dom.js';

const MIN_CHARS = 2;
const LIMIT = 8;
const DELAY_MS = 120;

/**
 * @param {{form: HTMLFormElement, input: HTMLInputElement, list: HTMLElement, onSearch?: (q: string) => void}} parts
 *   onSearch handles a submitted query in place (the search page); without it the form goes to "/?q=…".
 * @returns {{close: () => void}}
 */
export function attachSearchBox({ form, input, list, onSearch }) {
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;

  const isOpen = () => !list.hidden;

  function close() {
    clearTimeout(timer);
    controller?.abort();
    controller = null;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function show(suggestions) {
    items = suggestions;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (items.length === 0) {
      close();
      return;
    }
    fill(list, items.map((item, index) => el('li', {
      id: `completion-${index}`,
      className: 'completion',
      attrs: { role: 'option', 'aria-selected': 'false' },
      dataset: { index: String(index) },
    },
    el('span', { className: 'completion-label' }, item.label),
    el('span', { className: 'completion-meta' },
      item.type === 'person' ? 'Person' : item.year ? `Film \u00b7 ${item.year}` : 'Film'))));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function setActive(index) {
    const options = list.querySelectorAll('[role="option"]');
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(index) {
    const item = items[index];
    if (!item) return;
    close();
    window.location.assign(item.type === 'person' ? personUrl(item.id) : filmUrl(item.id));
  }

  async function fetchSuggestions(q) {
    controller?.abort();
    controller = new AbortController();
    try {
      const suggestions = await api.suggest(q, LIMIT, controller.signal);
      if (input.value.trim() === q && document.activeElement === input) show(suggestions);
    } catch (error) {
      if (!api.isAbort(error)) close(); // completions are a help, not a feature to fail loudly over
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < MIN_CHARS) {
      close();
      return;
    }
    timer = setTimeout(() => fetchSuggestions(q), DELAY_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!isOpen()) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = active + step;
      setActive(next < -1 ? items.length - 1 : next >= items.length ? -1 : next);
    } else if (event.key === 'Enter' && isOpen() && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && isOpen()) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener('blur', close);
  // keep the focus in the input while a completion is clicked, so blur does not close the list first
  list.addEventListener('pointerdown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = event.target.closest('[role="option"]');
    if (option) choose(Number(option.dataset.index));
  });

  form.addEventListener('submit', (event) => {
    close();
    if (onSearch) {
      event.preventDefault();
      onSearch(input.value.trim());
    }
  });

  return { close };
}

/** "/" anywhere outside a text field jumps to the search box, as on many search sites. */
export function focusSearchOnSlash(input) {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
