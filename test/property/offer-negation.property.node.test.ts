import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bundledOfferRules, listScope, listScopeInputs } from '../../src/sdk/offer-check/check.js';
import { engineTables } from '../../src/sdk/offer-check/compile.js';
import type { EngineTables } from '../../src/sdk/offer-check/compile.js';
import { isClauseEnd } from '../../src/sdk/offer-check/normalize.js';
import type { TextWords } from '../../src/sdk/offer-check/normalize.js';
import { listWords, negators } from '../../src/data/offer-rules/negators.js';
import { labelledOffers } from '../fixtures/offers/index.js';

// The words a negation reaches through a list (`listScope`) are worked out lazily: only the
// clauses a list may reach are read. The oracle below is the version before that, kept here only:
// it reads every clause of the text first, as objects. Both run on the labelled offers, on random
// texts made of negations, list words, the rules' nouns, commas and numbers, and on hostile runs of
// them, and must cover exactly the same words.

const tables = engineTables(bundledOfferRules()) as EngineTables;

const LIST_ITEM_WORDS = 4;
const LIST_ITEMS = 8;
const LIST_HEAD_WORDS = 5;
const isViewWordUnit = (u: number) => u !== 0x0a && (u < 0x20 || u > 0x2f);
const isDigitUnit = (u: number) => u >= 0x30 && u <= 0x39;

interface ListClause {
  first: number;
  end: number;
  afterComma: boolean;
  item: boolean;
  coordinator: number;
}

function oracle(
  w: TextWords,
  text: string,
  view: string,
  negations: { beforeEnds: Uint8Array; afterStarts: Uint8Array; afterEnd: Int32Array },
  negatableAt: Int32Array,
  { coordinators, contrasts }: { coordinators: Set<string>; contrasts: Set<string> },
): Uint8Array | undefined {
  const { starts } = w;
  const n = starts.length;
  const wordText = (k: number) => {
    let e = starts[k]!;
    while (e < view.length && isViewWordUnit(view.charCodeAt(e))) e++;
    return text.slice(starts[k]!, e);
  };
  const continues = (k: number) => {
    const at = starts[k]!;
    return at > 1 && view.charCodeAt(at - 1) === 0x27 && isViewWordUnit(view.charCodeAt(at - 2));
  };
  const hasDigit = (k: number) => {
    for (let i = starts[k]!; i < view.length && isViewWordUnit(view.charCodeAt(i)); i++) if (isDigitUnit(view.charCodeAt(i))) return true;
    return false;
  };
  const clauses: ListClause[] = [];
  for (let k = 0; k < n; ) {
    const first = k;
    let end = k + 1;
    while (end < n && w.clause[end] === w.clause[first]) end++;
    let afterComma = false;
    if (first > 0 && w.sentence[first - 1] === w.sentence[first]) {
      for (let i = starts[first - 1]!; i < starts[first]!; i++) {
        const c = text.charCodeAt(i);
        if (isClauseEnd(c)) {
          afterComma = c === 0x2c;
          break;
        }
      }
    }
    let item = !contrasts.has(wordText(first));
    let coordinator = -1;
    let side = 0;
    for (let j = first; j < end && item; j++) {
      if (hasDigit(j)) item = false;
      else if (coordinators.has(wordText(j))) {
        if (coordinator < 0) coordinator = j;
        side = 0;
      } else if (!continues(j) && ++side > LIST_ITEM_WORDS) item = false;
    }
    clauses.push({ first, end, afterComma, item, coordinator });
    k = end;
  }
  let inList: Uint8Array | undefined;
  const cover = (from: number, to: number) => {
    inList ??= new Uint8Array(n);
    inList.fill(1, from, to);
  };
  const negatableIn = (from: number, to: number) => {
    let bits = 0;
    for (let k = from; k < to; k++) bits |= negatableAt[k]!;
    return bits;
  };
  const sameKind = (item: ListClause, bits: number) => (negatableIn(item.first, item.end) & ~bits) === 0;
  for (let c = 0; c < clauses.length; c++) {
    const head = clauses[c]!;
    let b = -1;
    for (let k = head.first; k < head.end; k++) if (negations.beforeEnds[k]) b = k;
    const kind = b >= 0 ? negatableIn(b + 1, head.end) : 0;
    if (kind !== 0 && head.end - b - 1 <= LIST_HEAD_WORDS && !(head.coordinator > b)) {
      let digits = false;
      for (let k = b + 1; k < head.end; k++) if (hasDigit(k)) digits = true;
      for (let j = c + 1; !digits && j < clauses.length && j - c <= LIST_ITEMS; j++) {
        const item = clauses[j]!;
        if (!item.afterComma || !item.item || !sameKind(item, kind)) break;
        if (item.coordinator >= 0) {
          cover(b + 1, item.end);
          break;
        }
      }
    }
    for (let a = head.first; a < head.end; a++) {
      if (!negations.afterStarts[a] || negations.afterEnd[a] !== head.end - 1) continue;
      const kind = negatableIn(head.first, a);
      const coordinated = head.coordinator >= 0 && head.coordinator < a;
      let lastItem = kind !== 0 && a > head.first && !contrasts.has(wordText(head.first));
      let side = 0;
      for (let k = head.first; k < a && lastItem; k++) {
        if (hasDigit(k)) lastItem = false;
        else if (coordinators.has(wordText(k))) side = 0;
        else if (!continues(k) && ++side > LIST_ITEM_WORDS) lastItem = false;
      }
      if (!lastItem) break;
      let from = head.first;
      for (let j = c - 1; j >= 0 && c - j <= LIST_ITEMS; j--) {
        const item = clauses[j]!;
        if (!clauses[j + 1]!.afterComma || !item.item || negatableIn(item.first, item.end) === 0 || !sameKind(item, kind)) break;
        from = item.first;
      }
      if (from < head.first || coordinated) cover(from, a);
      break;
    }
  }
  return inList;
}

let covered = 0;

function assertSameScope(text: string): void {
  const input = listScopeInputs(text, tables);
  const expected = oracle(input.w, input.text, input.view, input.negations, input.negatableAt, input.list);
  const actual = listScope(input.w, input.text, input.view, input.negations, input.negatableAt);
  assert.deepEqual(actual && [...actual], expected && [...expected], `the list scope of ${JSON.stringify(text.slice(0, 200))}`);
  if (expected) covered += 1;
}

/** Plain negations and list words, without their patterns' syntax. */
const plain = (list: readonly string[]) => list.filter((p) => !/[()|~*]/.test(p));
const negationWords = [...new Set(Object.values(negators.before).flatMap(plain).concat(Object.values(negators.after).flatMap(plain)))];
const listWordList = [...new Set([...listWords.coordinators, ...listWords.contrasts])];
/** Things rules negate, in several languages (fees, deposits, money, documents), and things they do not. */
const nouns = ['fee', 'registration fee', 'deposit', 'card details', 'money', 'passport', 'предоплаты', 'залога', 'комиссий', 'опыта', 'виза', 'билет', 'жильё', "to'lov", 'depozit', 'komissiya', 'каттоо акысын', 'карта маалыматын', 'төлем', 'пардохт', 'pul', 'experience', 'visa', 'ticket'];
const separators = [', ', ', ', ' ', ' ', '. ', '; ', ' - ', ': ', '\n', ' (', ') ', "'", ',', '!'];
const word = fc.oneof(
  { arbitrary: fc.constantFrom(...negationWords), weight: 3 },
  { arbitrary: fc.constantFrom(...listWordList), weight: 3 },
  { arbitrary: fc.constantFrom(...nouns), weight: 5 },
  { arbitrary: fc.integer({ min: 0, max: 99_999 }).map(String), weight: 1 },
  { arbitrary: fc.constantFrom('we', 'ask', 'берём', 'бесплатно', 'сурабайбыз', 'olinmaydi', 'yoʻq', 'нужна', 'charged'), weight: 2 },
);
/** A list, often with a negation before or after it: "no fee, deposit or card details", "to'lov, depozit yo'q". */
const list = fc
  .tuple(
    fc.option(fc.constantFrom(...negationWords)),
    fc.array(fc.tuple(fc.constantFrom(...nouns), fc.constantFrom(', ', ', ', ' ', ',', '; ')), { minLength: 1, maxLength: 9 }),
    fc.constantFrom(...listWords.coordinators, ', '),
    fc.constantFrom(...nouns),
    fc.option(fc.constantFrom(...negationWords)),
  )
  .map(([before, items, coordinator, last, after]) => `${before ? `${before} ` : ''}${items.map(([w, s]) => w + s).join('')}${coordinator} ${last}${after ? ` ${after}` : ''}`);
const text = fc
  .array(fc.tuple(fc.oneof({ arbitrary: word, weight: 3 }, { arbitrary: list, weight: 1 }), fc.constantFrom(...separators)), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

test('the list scope covers exactly what it covered reading every clause, on every labelled offer', () => {
  for (const offer of labelledOffers) assertSameScope(offer.text);
});

test('the list scope covers exactly what it covered reading every clause, on 2,000 random texts of negations, list words and nouns', { timeout: 300_000 }, () => {
  covered = 0;
  fc.assert(
    fc.property(text, (t) => assertSameScope(t)),
    { numRuns: 2_000 },
  );
  // The texts must reach lists, or the comparison says nothing.
  assert.ok(covered > 200, `${covered} texts of 2,000 had words covered through a list`);
});

test('the list scope covers exactly what it covered reading every clause, on hostile runs of lists', { timeout: 300_000 }, () => {
  const hostile = fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom(...separators), fc.integer({ min: 2, max: 400 }))
    .map(([ws, sep, n]) => `${ws.join(sep)}${sep}`.repeat(n).slice(0, 20_000));
  fc.assert(
    fc.property(hostile, (t) => assertSameScope(t)),
    { numRuns: 150 },
  );
});
