import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bundledOfferRules, isWordForm } from '../../src/sdk/offer-check/check.js';
import { allCandidates } from '../../src/sdk/offer-check/compile.js';
import { normalizeText } from '../../src/sdk/offer-check/normalize.js';
import { packForms } from '../../src/sdk/offer-check/pattern.js';

// The matcher decides a word with alternatives (`Candidate.packedForms`) and each word of words
// joined by separators (`WordSlot.packed`) from the spellings packed into one string (`packForms`),
// compared unit by unit in it. The oracle is the function it replaced, kept here only: the two
// lists, each spelling compared with `startsWith`. Both run on every bundled word's spellings at
// every position of texts made of them (whole, with letters, digits, apostrophes or separators
// after, cut short, cased, run together) and on random spelling lists and texts of few letters
// (so that spellings share prefixes, repeat, and one is another's stem), every (start, end) pair.

const isViewLetter = (u: number) => u !== 0x0a && (u < 0x20 || u > 0x39);

/** The matcher's word test before the spellings were packed. */
function oracle(view: string, at: number, end: number, exact: readonly string[], stems: readonly string[]): boolean {
  const length = end - at;
  for (const form of exact) if (form.length === length && view.startsWith(form, at)) return true;
  for (const form of stems) {
    if (form.length > length || !view.startsWith(form, at)) continue;
    let i = at + form.length;
    while (i < end && isViewLetter(view.charCodeAt(i))) i++;
    if (i === end) return true;
  }
  return false;
}

/** Every (start, end) of `view` with end − start ≤ `span`, both functions compared. */
function assertSame(view: string, exact: readonly string[], stems: readonly string[], span: number): void {
  const packed = packForms(exact, stems);
  for (let at = 0; at <= view.length; at++) {
    for (let end = at; end <= Math.min(view.length, at + span); end++) {
      const expected = oracle(view, at, end, exact, stems);
      assert.equal(isWordForm(view, at, end, packed), expected, `${JSON.stringify(view.slice(at, end))} in ${JSON.stringify([exact, stems])}`);
    }
  }
}

const candidates = allCandidates(bundledOfferRules());
/** Every bundled list of spellings: the one-word patterns' and each word of the word sequences'. */
const lists: [string[], string[]][] = [];
for (const c of candidates) {
  if (c.exactForms !== undefined) lists.push([[...c.exactForms], [...c.stemForms!]]);
  for (const slot of c.words ?? []) if (!slot.number) lists.push([[...slot.exact], [...slot.stems]]);
}

test('packed spellings: the packed form of every bundled list keeps its spellings, in order', () => {
  assert.ok(lists.length > 5000, `${lists.length} lists`);
  for (const c of candidates) {
    if (c.exactForms !== undefined) {
      const p = c.packedForms!;
      assert.equal(p.exactCount, c.exactForms.length);
      const all = [...c.exactForms, ...c.stemForms!];
      assert.deepEqual([...p.ends].map((end, k) => p.joined.slice(k === 0 ? 0 : p.ends[k - 1], end)), all);
    }
    for (const slot of c.words ?? []) {
      const all = [...slot.exact, ...slot.stems];
      assert.deepEqual([...slot.packed.ends].map((end, k) => slot.packed.joined.slice(k === 0 ? 0 : slot.packed.ends[k - 1], end)), all);
      assert.equal(slot.packed.exactCount, slot.exact.length);
    }
  }
});

test('packed spellings: every bundled list decides a word as the lists did, on near-matches of its own spellings', { timeout: 300_000 }, () => {
  const tails = ['', 'а', 'ы', 'lar', 's', '2', 'а9', "'s", ' ', '-', '.', '\n', 'ʻ', 'ё'];
  const text = fc.constantFrom(...lists).chain(([exact, stems]) =>
    fc
      .array(
        fc.tuple(fc.constantFrom(...exact, ...stems), fc.nat(), fc.constantFrom(...tails), fc.boolean()).map(([w, n, tail, cut]) => (cut ? w.slice(0, Math.max(1, w.length - 1 - (n % 3))) : w) + tail),
        { minLength: 1, maxLength: 4 },
      )
      .map((words) => ({ exact, stems, view: normalizeText(words.join('')).matchView })),
  );
  fc.assert(
    fc.property(text, ({ exact, stems, view }) => assertSame(view, exact, stems, 40)),
    { numRuns: 4_000 },
  );
});

test('packed spellings: random lists and texts of a few letters (shared prefixes, repeats, stems of one another) decide alike', () => {
  const letter = fc.constantFrom('a', 'b', 'а', 'ы', 'ʼ', '1', ' ', '-', '\n', '\u0301', '😀');
  const word = fc.array(letter, { minLength: 0, maxLength: 5 }).map((xs) => xs.join(''));
  fc.assert(
    fc.property(fc.array(word, { maxLength: 6 }), fc.array(word, { maxLength: 6 }), fc.array(letter, { maxLength: 14 }), (exact, stems, units) => {
      assertSame(units.join(''), exact, stems, 14);
    }),
    { numRuns: 5_000 },
  );
  // Hostile: an empty list, empty spellings, one spelling the whole text, 48 spellings of one length.
  assertSame('abc', [], [], 3);
  assertSame('abc', [''], [''], 3);
  assertSame('работа', ['работа'], ['раб'], 6);
  const many = Array.from({ length: 48 }, (_, k) => `сл${String.fromCharCode(0x430 + (k % 32))}${k < 32 ? 'в' : 'м'}`);
  assertSame(`${many.join(' ')} слов слово`, many.slice(0, 30), many.slice(30), 8);
});
