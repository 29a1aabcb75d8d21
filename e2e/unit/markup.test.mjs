// parseMarked() is the only way API markup reaches the page, so it is tested on hostile input too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMarked, plainText } from '../../search-server/src/main/resources/public/js/markup.js';

test('reads text with marks into segments', () => {
  assert.deepEqual(parseMarked('Salvador <mark>Allende</mark> (2004)'), [
    { text: 'Salvador ', marked: false },
    { text: 'Allende', marked: true },
    { text: ' (2004)', marked: false },
  ]);
});

test('decodes the references an HTML encoder writes, including non-ASCII as numbers', () => {
  assert.deepEqual(parseMarked('Patricio <mark>Guzm&#225;n</mark> &amp; &lt;friends&gt; &quot;x&quot; &#39;y&#x27;'), [
    { text: 'Patricio ', marked: false },
    { text: 'Guzmán', marked: true },
    { text: ' & <friends> "x" \'y\'', marked: false },
  ]);
});

test('joins a surrogate pair written as two references', () => {
  assert.deepEqual(parseMarked('&#55356;&#57260; film'), [{ text: '🎬 film', marked: false }]);
});

test('keeps a lone ampersand as text', () => {
  assert.deepEqual(parseMarked('Tom & Jerry'), [{ text: 'Tom & Jerry', marked: false }]);
});

test('rejects any tag other than mark', () => {
  assert.equal(parseMarked('<img src=x onerror=alert(1)>'), null);
  assert.equal(parseMarked('<mark onclick="x">a</mark>'), null);
  assert.equal(parseMarked('a <b>bold</b>'), null);
  assert.equal(parseMarked('<script>alert(1)</script>'), null);
  assert.equal(parseMarked('1 < 2'), null);
  assert.equal(parseMarked('2 > 1'), null);
});

test('rejects unbalanced or nested marks', () => {
  assert.equal(parseMarked('<mark>open'), null);
  assert.equal(parseMarked('close</mark>'), null);
  assert.equal(parseMarked('<mark><mark>x</mark></mark>'), null);
});

test('rejects unknown named references and impossible code points', () => {
  assert.equal(parseMarked('&bogus;'), null);
  assert.equal(parseMarked('&#0;'), null);
  assert.equal(parseMarked('&#x110000;'), null);
});

test('an empty fragment is no segments; a non-string is rejected', () => {
  assert.deepEqual(parseMarked(''), []);
  assert.equal(parseMarked(null), null);
  assert.equal(parseMarked({}), null);
});

test('plainText drops the marks and decodes references, and leaves a rejected fragment as it was', () => {
  assert.equal(plainText('<mark>Guzm&#225;n</mark>'), 'Guzmán');
  assert.equal(plainText('<b>x</b>'), '<b>x</b>');
});
