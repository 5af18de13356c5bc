import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentText } from '../../../src/widgets/offer-check/highlight.js';

const ev = (start: number, end: number) => ({ start, end, text: '' });

test('cuts the text into plain and marked pieces that join back to the same text', () => {
  const text = 'Send your passport copy to Telegram';
  const segments = segmentText(text, [ev(5, 23), ev(27, 35)]);
  assert.equal(segments.map((s) => s.text).join(''), text);
  assert.deepEqual(
    segments.filter((s) => s.marked).map((s) => s.text),
    ['your passport copy', 'Telegram'],
  );
});

test('joins overlapping and touching evidence into one mark', () => {
  const segments = segmentText('abcdefghij', [ev(2, 5), ev(4, 7), ev(7, 8)]);
  assert.deepEqual(segments, [
    { text: 'ab', marked: false },
    { text: 'cdefgh', marked: true },
    { text: 'ij', marked: false },
  ]);
});

test('clamps offsets outside the text and drops empty spans, so a stale result never throws', () => {
  const segments = segmentText('short', [ev(3, 99), ev(-4, 0), ev(2, 2)]);
  assert.deepEqual(segments, [
    { text: 'sho', marked: false },
    { text: 'rt', marked: true },
  ]);
});

test('returns the whole text unmarked when there is no evidence', () => {
  assert.deepEqual(segmentText('a fair offer', []), [{ text: 'a fair offer', marked: false }]);
});
