import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeText } from '../../src/sdk/offer-check/normalize.js';
import { labelledOffers } from '../fixtures/offers/index.js';

// The matcher's checks of the words after a gap read the normaliser's word starts, where they
// scanned the match view for its own (a letter or digit after a unit that is neither: in the view,
// anything but a line break and U+0020–U+002F). The scan is the oracle here: on every labelled
// offer and on random and hostile texts of every kind of unit the normaliser treats apart (control
// and format characters, marks, surrogates, emoji, spaced-out letters, punctuation kept or not in
// the view), the two must be the same offsets.

const isViewWordUnit = (u: number) => u !== 0x0a && (u < 0x20 || u > 0x2f);

function segmentStarts(view: string): number[] {
  const out: number[] = [];
  let inWord = false;
  for (let i = 0; i < view.length; i++) {
    const word = isViewWordUnit(view.charCodeAt(i));
    if (word && !inWord) out.push(i);
    inWord = word;
  }
  return out;
}

function assertSame(text: string): void {
  const norm = normalizeText(text);
  assert.deepEqual([...norm.words.starts], segmentStarts(norm.matchView), JSON.stringify(text.slice(0, 200)));
}

const pieces = [
  'a', 'Z', 'я', 'Ё', 'ә', 'ş', 'İ', 'ı', 'ß', 'ﬁ', '½', '²', '٣', 'α', '中', 'ا', '0', '7', '3арплата', 'д0ход', 'прeдоплaтa', ' ', '  ', '\n', '\r\n', '\t',
  '\u00a0', '\u2028', '\u200b', '\u200d', '\ufeff', '\u0301', '\u0306', 'и\u0306', '\ufe0f', '😀', '🇦🇪', '\ud800', '\udc00', '\u0000', '\u0007', '\u007f',
  '.', ',', ';', ':', '!', '?', '-', '—', '–', '/', '$', '%', '+', '&', "'", 'ʻ', '’', '`', '´', '#', '@', '_', '(', ')', '«', '»', '"', '*', '·', '|',
  '•', '€', '₸', 'п р е д о п л а т а', 'p.a.s.s.p.o.r.t', 'a b c d', '3.5', '1 000', 'A.', 'www.example.com', 'hr@example.com',
];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 60 }).map((p) => p.join(''));

test('the normaliser\'s word starts are the match view\'s: every labelled offer', () => {
  assert.ok(labelledOffers.length > 100);
  for (const offer of labelledOffers) assertSame(offer.text);
});

test('the normaliser\'s word starts are the match view\'s: random and hostile texts', () => {
  fc.assert(fc.property(text, (t) => assertSame(t)), { numRuns: 5_000 });
  for (const piece of pieces) {
    assertSame(piece.repeat(500));
    assertSame(`${piece} x`.repeat(300));
  }
});
