// Building DOM nodes without HTML strings: every text from the API goes in as a text node. The only markup
// the page inserts from the API is a highlight fragment, through marked(), which rebuilds it node by node
// after parseMarked() has checked it holds nothing but text and <mark>.

import { parseMarked } from './markup.js';

/**
 * el('a', {href: '/x', className: 'link', attrs: {'aria-current': 'page'}, dataset: {nav: ''}}, 'text', child…)
 * Children may be strings (set as text), nodes, arrays of children, or null/undefined/false (skipped).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'attrs') {
      for (const [name, v] of Object.entries(value)) {
        if (v !== undefined && v !== null && v !== false) node.setAttribute(name, v === true ? '' : String(v));
      }
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key === 'on') {
      for (const [type, handler] of Object.entries(value)) node.addEventListener(type, handler);
    } else {
      node[key] = value;
    }
  }
  append(node, children);
  return node;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces a node's children. */
export function fill(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/**
 * A highlight fragment as nodes: text and <mark> elements. A fragment that is anything more than text and
 * <mark> is shown as plain text, tags and all, never as markup.
 */
export function marked(fragment) {
  const out = document.createDocumentFragment();
  const segments = parseMarked(fragment);
  if (segments === null) {
    out.append(document.createTextNode(String(fragment)));
    return out;
  }
  for (const { text, marked: isMarked } of segments) {
    out.append(isMarked ? el('mark', {}, text) : document.createTextNode(text));
  }
  return out;
}

/** "/film.html?id=tt0123" and friends: links built with URLSearchParams, so ids are always encoded. */
export function pageUrl(path, params) {
  const query = new URLSearchParams(params).toString();
  return query ? `${path}?${query}` : path;
}

export const filmUrl = (id) => pageUrl('/film.html', { id });
export const personUrl = (id) => pageUrl('/person.html', { id });
