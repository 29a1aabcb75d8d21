// Highlight fragments from the API: HTML where matches are wrapped in <mark> and every other character is
// escaped. The browser never parses them as HTML: parseMarked() reads one into text segments and accepts it only
// if it holds nothing but text, character references and balanced, unnested <mark>…</mark>; anything else
// (another tag, a stray "<" or ">", an unknown named entity) makes it return null.

const TOKEN = /<mark>|<\/mark>|&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]+);|[<>&]|[^<>&]+/giy;

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * @param {string} fragment
 * @returns {{text: string, marked: boolean}[] | null} segments in order, or null when the fragment is not
 *   plain text with <mark> tags
 */
export function parseMarked(fragment) {
  if (typeof fragment !== 'string') return null;
  const segments = [];
  let marked = false;
  let text = '';
  const flush = () => {
    if (text) segments.push({ text, marked });
    text = '';
  };
  TOKEN.lastIndex = 0;
  let m;
  while (TOKEN.lastIndex < fragment.length && (m = TOKEN.exec(fragment)) !== null) {
    const token = m[0];
    const lower = token.toLowerCase();
    if (lower === '<mark>') {
      if (marked) return null;
      flush();
      marked = true;
    } else if (lower === '</mark>') {
      if (!marked) return null;
      flush();
      marked = false;
    } else if (m[1] !== undefined) {
      const decoded = decodeReference(m[1]);
      if (decoded === null) return null;
      text += decoded;
    } else if (token === '<' || token === '>') {
      return null;
    } else {
      text += token; // plain text, or a lone "&" that starts no reference
    }
  }
  if (marked) return null;
  flush();
  return segments;
}

function decodeReference(name) {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code === 0 || code > 0x10ffff) return null;
    // Lucene's SimpleHTMLEncoder writes each UTF-16 unit of a non-ASCII character as its own reference, so a
    // lone surrogate here is half of a pair and joins its other half in the string.
    return code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code);
  }
  return Object.hasOwn(NAMED, name.toLowerCase()) ? NAMED[name.toLowerCase()] : null;
}

/** The fragment as plain text: the <mark> tags dropped, references decoded; for a rejected fragment, as is. */
export function plainText(fragment) {
  const segments = parseMarked(fragment);
  return segments === null ? String(fragment ?? '') : segments.map((s) => s.text).join('');
}
