import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bundledOfferRules, matchAll, wordsEnd } from '../../src/sdk/offer-check/check.js';
import type { Matches } from '../../src/sdk/offer-check/check.js';
import { NEGATOR_AFTER, NEGATOR_BEFORE, allCandidates, engineTables } from '../../src/sdk/offer-check/compile.js';
import type { Candidate, EngineTables } from '../../src/sdk/offer-check/compile.js';
import { normalizeText } from '../../src/sdk/offer-check/normalize.js';
import type { PatternNode } from '../../src/sdk/offer-check/pattern.js';
import { KEY_DIGITS, KEY_LENGTH, KEY_SEPARATOR, KEY_STEM, isKeySeparator, patternKeys } from '../../src/sdk/offer-check/pattern.js';
import { labelledOffers } from '../fixtures/offers/index.js';

// The matcher (`matchAll`) skips work it can prove useless — a RegExp whose words after a gap are
// not there, a rule with nothing to do — and must find exactly what the matcher before that work
// found. The oracle below is that earlier matcher, kept here only: at every word start it walks
// the trie of keys and runs the RegExp of every pattern the walk reaches, with no literal checks.
// Both run on random and hostile texts built from the rules' own words, and must return the same
// matches (rule, offsets, words, pattern, in the same order) and the same negation words. The
// oracle's trie is its own — a map from each key to its candidates, made from `patternKeys` in the
// order the compiler adds them — so the packed trie the matcher walks (chain records, candidates
// in typed arrays) is checked too.

const tables = engineTables(bundledOfferRules()) as EngineTables;

/** Every key's candidates, in the order the compiler adds them, and every prefix of a key. */
const keyLists = new Map<string, Candidate[]>();
const keyPrefixes = new Set<string>();
for (const candidate of allCandidates(bundledOfferRules()).sort((a, b) => a.serial - b.serial)) {
  for (const key of patternKeys('', candidate.nodes)) {
    const list = keyLists.get(key) ?? [];
    if (!list.includes(candidate)) list.push(candidate);
    keyLists.set(key, list);
    for (let k = 1; k <= key.length; k++) keyPrefixes.add(key.slice(0, k));
  }
}

type Found = Map<number, [number, number, number, number, Candidate][]>;

function oracle(view: string, starts: Int32Array): { found: Found; negationWord: Uint8Array } {
  const found: Found = new Map();
  const negationWord = new Uint8Array(starts.length);
  const n = view.length;
  const isDigit = (u: number) => u >= 0x30 && u <= 0x39;
  const isWordUnit = (u: number) => u !== 0x0a && (u < 0x20 || u > 0x2f);
  const isLetter = (u: number) => u !== 0x0a && (u < 0x20 || u > 0x39);
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    const tried = new Set<Candidate>();
    const tryAll = (candidates: readonly Candidate[]) => {
      for (const candidate of candidates) {
        if (tried.has(candidate)) continue;
        tried.add(candidate);
        let end: number;
        if (candidate.plainLength > 0) {
          end = at + candidate.plainLength;
          if (candidate.plainStem) while (end < n && isLetter(view.charCodeAt(end))) end++;
          if (end < n && isWordUnit(view.charCodeAt(end))) continue;
        } else {
          const re = candidate.re;
          re.lastIndex = at;
          if (!re.test(view)) continue;
          end = re.lastIndex;
        }
        let lastWord = k;
        if (candidate.plainLength === 0) {
          lastWord = starts.length - 1;
          for (let j = k; j < starts.length; j++) {
            if (starts[j]! >= end) {
              lastWord = j - 1;
              break;
            }
          }
        }
        for (const rule of candidate.rules) {
          const list = found.get(rule) ?? [];
          list.push([at, end, k, lastWord, candidate]);
          found.set(rule, list);
          if ((rule === NEGATOR_BEFORE || rule === NEGATOR_AFTER) && candidate.oneWord) negationWord.fill(1, k, lastWord + 1);
        }
      }
    };
    // A walk is (key so far, position, depth); a key goes on past a stem at the word's end.
    const walks: [string, number, number][] = [['', at, 0]];
    while (walks.length > 0) {
      let [key, i, d] = walks.pop()!;
      for (; d < KEY_LENGTH && i < n; d++) {
        let u = view.charCodeAt(i);
        if (u === 0x0a) break;
        if (isDigit(u)) {
          u = KEY_DIGITS;
          while (i + 1 < n && isDigit(view.charCodeAt(i + 1))) i++;
        } else if (isKeySeparator(u)) {
          u = KEY_SEPARATOR;
          while (i + 1 < n && isKeySeparator(view.charCodeAt(i + 1))) i++;
        }
        key += String.fromCharCode(u);
        if (!keyPrefixes.has(key)) break;
        const here = keyLists.get(key);
        if (here) tryAll(here);
        i++;
        const stem = key + String.fromCharCode(KEY_STEM);
        if (keyPrefixes.has(stem)) {
          const atStem = keyLists.get(stem);
          if (atStem) tryAll(atStem);
          let end = i;
          while (end < n && isLetter(view.charCodeAt(end))) end++;
          walks.push([stem, end, d + 2]);
        }
      }
    }
  }
  return { found, negationWord };
}

function comparable(matches: Matches): Found {
  const out: Found = new Map();
  for (const [rule, list] of matches.found) out.set(rule, list.map((m) => [m.start, m.end, m.firstWord, m.lastWord, m.candidate]));
  return out;
}

function assertSameMatches(text: string): void {
  const norm = normalizeText(text);
  const expected = oracle(norm.matchView, norm.words.starts);
  const actual = matchAll(norm.matchView, norm.words, tables);
  const sorted = (f: Found) => new Map([...f].sort((a, b) => a[0] - b[0]));
  assert.deepEqual(sorted(comparable(actual)), sorted(expected.found), `the matches of ${JSON.stringify(text.slice(0, 200))}`);
  assert.deepEqual(actual.negationWord, expected.negationWord, `the negation words of ${JSON.stringify(text.slice(0, 200))}`);
}

/** The literal words of every pattern, as written in rules (folded), for texts that reach deep into the trie. */
function literals(nodes: PatternNode[], out: Set<string>): void {
  for (const node of nodes) {
    if (node.t === 'lit') out.add(node.c);
    else if (node.t === 'alt') for (const option of node.options) literals(option, out);
  }
}
const words = new Set<string>();
for (const candidate of allCandidates(bundledOfferRules())) literals(candidate.nodes, words);
const ruleWords = [...words];
/** The first words of patterns with a gap and what must follow it ("билет", "оплачивает"), to build near-matches from. */
const gapPairs: [string, string][] = [];
for (const candidate of allCandidates(bundledOfferRules())) {
  const head = candidate.prefixes?.[0];
  const follower = candidate.followers?.[0];
  if (head !== undefined && follower !== undefined) gapPairs.push([head.replace('\u0000', '1'), follower.replace('\u0000', '2')]);
}

const offerTexts = labelledOffers.map((o) => o.text);
const separators = [' ', ' ', ' ', '  ', ', ', ' - ', ' – ', '/', "'", '’', '. ', '\n', ' ~ ', ': ', ' (', ') ', ' "', '" ', '-', '+', ' $', '%', '&', '…'];

const word = fc.oneof(
  { arbitrary: fc.constantFrom(...ruleWords), weight: 8 },
  // A rule's word with letters after it (a stem), or cut short.
  { arbitrary: fc.tuple(fc.constantFrom(...ruleWords), fc.constantFrom('', 'а', 'ы', 'ни', 'lar', 'ing', 's', 'ga', 'да', 'ўз', '1', 'а2', 'x9')).map(([w, s]) => w + s), weight: 3 },
  { arbitrary: fc.tuple(fc.constantFrom(...ruleWords), fc.nat()).map(([w, n]) => w.slice(0, 1 + (n % Math.max(1, w.length)))), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 99_999_999 }).map(String), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), weight: 1 },
);
/** A pattern's first word, up to three words (of the rules, or letters after the first), and the words after its gap. */
const gapPhrase = fc
  .tuple(fc.constantFrom(...gapPairs), fc.array(word, { maxLength: 3 }), fc.constantFrom('', 'а', 'lar', 'ы'), fc.constantFrom(...separators), fc.constantFrom(...separators))
  .map(([[head, follower], middle, tail, sep, sep2]) => [head + tail, ...middle, follower].join(sep) + sep2);
const sentence = fc.array(fc.tuple(fc.oneof({ arbitrary: word, weight: 4 }, { arbitrary: gapPhrase, weight: 1 }), fc.constantFrom(...separators)), { minLength: 1, maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
/** A slice of a labelled offer, so that texts hold the phrasings the rules were written for. */
const offerSlice = fc.tuple(fc.constantFrom(...offerTexts), fc.nat(), fc.nat({ max: 600 })).map(([t, a, len]) => {
  const start = a % Math.max(1, t.length);
  return t.slice(start, start + 1 + len);
});
const text = fc.array(fc.oneof({ arbitrary: sentence, weight: 3 }, { arbitrary: offerSlice, weight: 2 }), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

test('the matcher finds exactly what the plain matcher finds, on every labelled offer', () => {
  for (const offer of offerTexts) assertSameMatches(offer);
});

test('the matcher finds exactly what the plain matcher finds, on 1,500 random texts of the rules’ own words', { timeout: 300_000 }, () => {
  fc.assert(
    fc.property(text, (t) => assertSameMatches(t)),
    { numRuns: 1_500 },
  );
});

test('the matcher finds exactly what the plain matcher finds, on hostile texts: runs of keys, gaps and separators', { timeout: 300_000 }, () => {
  const hostile = fc
    .tuple(fc.array(fc.oneof(fc.constantFrom(...ruleWords), gapPhrase), { minLength: 1, maxLength: 5 }), fc.constantFrom(...separators), fc.integer({ min: 2, max: 200 }))
    .map(([ws, sep, n]) => `${ws.join(sep)}${sep}`.repeat(n).slice(0, 20_000));
  fc.assert(
    fc.property(hostile, (t) => assertSameMatches(t)),
    { numRuns: 150 },
  );
});

/** The patterns of words joined by separators (see `wordSequence`), read word by word instead of by their RegExps. */
const wordPatterns = allCandidates(bundledOfferRules()).filter((c) => c.words !== undefined);
const runUnits = [' ', ' ', ' ', '-', ',', '/', "'", '$', '%', '.', '\n', '(', ')', '–', '1', 'a', 'ы'];
/** One of a candidate's words: a spelling, a stem spelling with letters (or a digit) after it, a number, or a spelling cut short. */
const slotText = (slot: NonNullable<Candidate['words']>[number]) =>
  slot.number
    ? fc.oneof(fc.integer({ min: 0, max: 9_999_999 }).map(String), fc.integer({ min: 10_000_000, max: 999_999_999 }).map(String), fc.constantFrom('12a', '7%', 'x1'))
    : fc.oneof(
        fc.constantFrom(...slot.exact, ...slot.stems),
        fc.tuple(fc.constantFrom(...slot.exact, ...slot.stems), fc.constantFrom('а', 'ы', 'lar', 's', '2', 'а9', "'s")).map(([w, t]) => w + t),
        fc.tuple(fc.constantFrom(...slot.exact, ...slot.stems), fc.nat()).map(([w, n]) => w.slice(0, Math.max(1, w.length - 1 - (n % 3)))),
      );
const phraseOf = (patterns: Candidate[]) =>
  fc.constantFrom(...patterns).chain((candidate) =>
    fc
      .tuple(
        fc.tuple(...candidate.words!.map((slot) => fc.tuple(slotText(slot), fc.array(fc.constantFrom(...runUnits), { minLength: 0, maxLength: 6 })))),
        fc.constantFrom('', ' ', '.', 'а', '1', "'", '\n'),
      )
      .map(([parts, tail]) => ({ candidate, text: parts.map(([w, run], i) => (i === 0 ? w : run.join('') + w)).join('') + tail })),
  );
const wordPhrase = phraseOf(wordPatterns);
/** The few of them with a number (`# months`), on their own, so that long numbers and digits after letters reach them often. */
const numberPhrase = phraseOf(wordPatterns.filter((c) => c.words!.some((slot) => slot.number)));

test('words joined by separators are read as their RegExps read them, at every position of near-matches', { timeout: 300_000 }, () => {
  assert.ok(wordPatterns.length > 1000, `${wordPatterns.length} patterns read word by word`);
  const phrase = fc.oneof({ arbitrary: wordPhrase, weight: 3 }, { arbitrary: numberPhrase, weight: 1 });
  fc.assert(
    fc.property(phrase, fc.string({ maxLength: 3 }), ({ candidate, text }, before) => {
      const view = normalizeText(before + text).matchView;
      const re = candidate.re;
      for (let at = 0; at <= view.length; at++) {
        re.lastIndex = at;
        const expected = re.test(view) ? re.lastIndex : -1;
        assert.equal(wordsEnd(view, at, candidate.words!), expected, `${candidate.source} at ${at} of ${JSON.stringify(view)}`);
      }
    }),
    { numRuns: 5_000 },
  );
});

test('the matcher finds exactly what the plain matcher finds, on texts of near-matches of words joined by separators', { timeout: 300_000 }, () => {
  const texts = fc.array(fc.tuple(wordPhrase, fc.constantFrom(...separators)), { minLength: 1, maxLength: 20 }).map((parts) => parts.map(([p, s]) => p.text + s).join(''));
  fc.assert(
    fc.property(texts, (t) => assertSameMatches(t)),
    { numRuns: 500 },
  );
});
