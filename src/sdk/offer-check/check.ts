/**
 * `checkOffer` and `checkOffers`: the synchronous, DOM-free engine. It never sends the text
 * anywhere and keeps nothing after it returns.
 */
import * as z from 'zod/mini';
import { offerRuleSet } from '../../data/offer-rules/index.js';
import { listWords } from '../../data/offer-rules/negators.js';
import { CHAIN, NEGATOR_AFTER, NEGATOR_BEFORE, NEGATOR_WARNING, ITEM_SPELLED, SEVERAL_RULES, SHAPE_FORMS, SHAPE_STEM, SHAPE_WORDS, compileOfferRules, compileSteps, engineTables } from './compile.js';
import { KEY_DIGITS, KEY_LENGTH, KEY_SEPARATOR, KEY_STEM, isKeySeparator, mayStartWith, prepareWork } from './pattern.js';
import type { WordSlot } from './pattern.js';
import type { Candidate, CompiledOfferRules, EngineTables } from './compile.js';
import { OfferCheckError } from './errors.js';
import { extract } from './extractors.js';
import { detectLanguage } from './language.js';
import { isClauseEnd, normalizeText } from './normalize.js';
import type { NormalizedText, TextWords } from './normalize.js';
import { answerEffects, offerAnswersSchema } from './questionnaire.js';
import type { OfferAnswers } from './questionnaire.js';
import { scoreSignals } from './score.js';
import type { ScoredSignal } from './score.js';
import { adviceCodes, offerLanguages } from './types.js';
import type { AdviceCode, OfferCheckResult, OfferEvidence, OfferEvidenceSign, OfferFlag, OfferLanguage } from './types.js';
import { maxOfferLength } from './limits.js';

export { maxOfferLength };

/** At most this many evidence spans are kept per flag. */
const MAX_EVIDENCE = 6;
/** A negation counts when it is this many words or fewer from the match, in the same clause. */
const NEGATION_REACH = 3;

/** Options of `checkOffer`. */
export interface CheckOfferOptions {
  /** The offer's language, when known; otherwise it is detected. All rules run either way. */
  lang?: OfferLanguage;
  /** Answers to the questionnaire (`offerQuestions`). */
  answers?: OfferAnswers;
  /** Rules compiled with `compileOfferRules`; the bundled rules when absent. */
  rules?: CompiledOfferRules;
}

/** One offer given to `checkOffers`. */
export interface OfferItem {
  /** The caller's id for the offer, returned with its result. */
  id?: string;
  text: string;
  lang?: OfferLanguage;
}

/** A result of `checkOffers`, with the item's id. */
export type OfferBulkResult = OfferCheckResult & { id?: string };

const textSchema = z.string().check(z.maxLength(maxOfferLength));
const optionsSchema = z.optional(
  z.object({
    lang: z.optional(z.enum(offerLanguages)),
    answers: z.optional(offerAnswersSchema),
    rules: z.optional(z.any()),
  }),
);
const itemSchema = z.union([
  textSchema,
  z.object({ id: z.optional(z.string()), text: textSchema, lang: z.optional(z.enum(offerLanguages)) }),
]);

let bundled: CompiledOfferRules | undefined;

function tablesOf(rules: CompiledOfferRules | undefined, caller: string): EngineTables {
  const tables = engineTables(rules ?? bundledOfferRules());
  if (!tables) {
    throw new OfferCheckError('offer-check/invalid-options', `${caller}: "rules" must be a rule set returned by compileOfferRules`);
  }
  return tables;
}

/** The bundled rules, compiled on first use and kept. */
export function bundledOfferRules(): CompiledOfferRules {
  bundled ??= compileOfferRules(offerRuleSet);
  return bundled;
}

let preparing: Generator<void, void> | undefined;

function* preparation(): Generator<void, void> {
  if (!bundled) {
    const steps = compileSteps(offerRuleSet);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        bundled ??= step.value;
        break;
      }
      yield;
    }
    // Ending the compile is a step of its own: with the first warm-ups it was the longest unit of
    // the preparation.
    yield;
  }
  // V8 compiles a RegExp when it first runs, not when it is made — first to bytecode, then, on
  // the next run, to machine code — and separately for one-byte (Latin-1) and two-byte strings:
  // run each twice on each kind. A plain word, a word with alternatives and a sequence of such
  // words (see `Candidate`) never run their RegExps.
  // The candidates are read a few at a time: listing them all at once was a long step.
  const { candidates } = tablesOf(bundled, 'prepareOfferRules').trie;
  for (const candidate of candidates) {
    if (candidate.plainLength > 0 || candidate.exactForms !== undefined || candidate.words !== undefined) continue;
    const { re } = candidate;
    prepareWork.units += re.source.length;
    for (const subject of warmUpSubjects) {
      re.lastIndex = 0;
      re.test(subject);
    }
    yield;
  }
  // The engine's own first run is slow too: its code is compiled when first called, and the
  // extractors' RegExps when first run. Do that a part at a time, then check a short sample in
  // each script, once.
  const norm = normalizeText(warmUpSamples[1]!);
  prepareWork.units += warmUpSamples[1]!.length;
  yield;
  extract(norm.text);
  prepareWork.units += norm.text.length;
  yield;
  detectLanguage(norm.letters, norm.text);
  prepareWork.units += norm.text.length;
  yield;
  const tables = tablesOf(bundled, 'prepareOfferRules');
  for (const sample of warmUpSamples) {
    run(sample, tables, undefined, {});
    prepareWork.units += sample.length;
    yield;
  }
  // Until it has run on enough text, the engine's code is not optimised, and the first real check
  // of a few kilobytes would take tens of milliseconds: check the samples twice over (about 1,900
  // characters) a hundred times, each in its own step — the same work as forty checks of them five
  // times over, in steps two fifths as long, so a slow phone's slice stays well under 50 ms.
  const long = warmUpSamples.join('\n').repeat(2);
  for (let k = 0; k < WARM_UP_RUNS; k++) {
    run(long, tables, undefined, {});
    prepareWork.units += long.length;
    yield;
  }
}

/** How often `prepareOfferRules` checks its sample of about 1,900 characters to get the engine's code optimised. */
const WARM_UP_RUNS = 100;

const warmUpSubjects = ['a', 'a', 'ж', 'ж'];

/**
 * Short offers in Latin and Cyrillic script with what real ones have — money in several
 * currencies, ages, contacts, a card number, negations, emoji, quotes and dashes, spaced letters —
 * so that warming up runs the same code paths a real check will.
 */
const warmUpSamples = [
  'Hostess in Dubai 🇦🇪 — $3,000/month (AED 11 000), girls 18-25, free ticket & visa, no fee! Write @jobs_dxb or t.me/jobs_dxb, hr@example.com, www.example.com.',
  '«Срочно!» Работа в Москве: 90 000 руб./мес., без опыта, предоплата не нужна. Паспорт хранится у вас. П р е д о п л а т а на карту 8600 1295 4001 4952 — нет.',
  "Koreyaga ish, oylik 2 000 000 von, toʻlov olinmaydi, pasportingiz oʻzingizda. Жұмыс, айлық 300 000 теңге, тегін билет. Маош 5000 сомонӣ. Aýlyk 3000 manat, ýaşy 18-25.",
];

/**
 * Prepares the bundled rules a slice at a time, so that a page's first check is fast without one
 * long task: compiles the rules, builds and runs every RegExp once, and checks three short
 * samples so the engine's code is warm. Call it again — from
 * `requestIdleCallback`, say — until it returns `true`; each call works for about `budgetMs`
 * milliseconds. Checking an offer meanwhile is always safe: it finishes what it needs itself.
 */
export function prepareOfferRules(budgetMs = 8): boolean {
  preparing ??= preparation();
  let now = performance.now();
  const end = now + budgetMs;
  // Each call takes at least one step, so the work always moves on; it takes another only when the
  // last one, measured, would still end within the budget. Steps differ (compiling one pattern,
  // checking a sample text), so a slice ends before its deadline rather than one long step after it.
  for (;;) {
    const before = now;
    if (preparing.next().done) return true;
    now = performance.now();
    if (now + (now - before) >= end) return false;
  }
}

type Words = TextWords;

/** Index of the first word starting at or after `pos`. */
function firstWordAtOrAfter(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A match of one pattern (exported, with `matchAll`, for the matcher's property test). */
export interface Match {
  start: number;
  end: number;
  firstWord: number;
  lastWord: number;
  /** The pattern that matched. */
  candidate: Candidate;
}

/** The matches of a text, per rule index, and the words that are one-word negations. */
export interface Matches {
  found: Map<number, Match[]>;
  /**
   * 1 for each word inside a match of a one-word negation ("не", "no", "emas"). A view of a buffer
   * the next `matchAll` reuses, as the normaliser's offsets are: the engine is done with it first.
   */
  negationWord: Uint8Array;
}

let negationBuffer = new Uint8Array(1024);

const isDigitUnit = (u: number) => u >= 0x30 && u <= 0x39;
// In the match view a letter or digit is anything but a line break and U+0020–U+002F (see pattern.ts).
const isViewWordUnit = (u: number) => u !== 0x0a && (u < 0x20 || u > 0x2f);
const isViewLetter = (u: number) => u !== 0x0a && (u < 0x20 || u > 0x39);

/** Whether the word `view[at, end)` is one of `exact`, or one of `stems` followed by letters only (see `wordForms`). */
function isWordForm(view: string, at: number, end: number, exact: readonly string[], stems: readonly string[]): boolean {
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

/**
 * Where a match of `slots` (see `wordSequence`) starting at `at` ends, or -1 when there is none:
 * each word is the whole run of letters and digits from its start, and the separators between two
 * words the whole run of separator units after the first, one to four of them. Exported for the
 * matcher's property test, which holds it to the pattern's RegExp.
 */
export function wordsEnd(view: string, at: number, slots: readonly WordSlot[]): number {
  const n = view.length;
  let i = at;
  for (let s = 0; s < slots.length; s++) {
    if (s > 0) {
      // The separator: [ -\-/]{1,4} in the RegExp, that is U+0020–U+002F but the full stop.
      let run = 0;
      for (;;) {
        const u = i < n ? view.charCodeAt(i) : 0;
        if (u < 0x20 || u > 0x2f || u === 0x2e) break;
        i++;
        run++;
      }
      if (run === 0 || run > 4) return -1;
    }
    const start = i;
    while (i < n && isViewWordUnit(view.charCodeAt(i))) i++;
    if (i === start) return -1;
    const slot = slots[s]!;
    if (slot.number) {
      if (i - start > 7) return -1;
      for (let j = start; j < i; j++) if (!isDigitUnit(view.charCodeAt(j))) return -1;
    } else if (!isWordForm(view, start, i, slot.exact, slot.stems)) {
      return -1;
    }
  }
  return i;
}

/** The walks still to take from one word start, as (node, position, depth) (see `matchAll`). */
const pending: number[] = [];

/**
 * What `tryAll`, `followsWithin` and `record` read of the text being matched: module-level, filled
 * by `matchAll` for each text, instead of closures made per text (with tsx's keepNames, as the
 * bench runs the engine, each nested function cost a `defineProperty` per text). The engine
 * matches one text at a time.
 */
class MatchState {
  view = '';
  n = 0;
  starts: Int32Array = new Int32Array(0);
  found = new Map<number, Match[]>();
  negationWord: Uint8Array = new Uint8Array(0);
  listStart: Int32Array = new Int32Array(0);
  items: Int32Array = new Int32Array(0);
  stamps: Int32Array = new Int32Array(0);
  shapes: Uint8Array = new Uint8Array(0);
  soleRules: Int32Array = new Int32Array(0);
  candidates: Candidate[] = [];
}

const ms = new MatchState();

/**
 * Runs the candidate patterns at every word start: reads the match view from there in the key
 * alphabet (a run of digits is one `#`, a run of separators one space), walks the trie of keys
 * along it, and tries each candidate met on the way, once. Exported for the matcher's property
 * test, which holds it to a plain re-implementation that runs every RegExp the trie reaches.
 */
export function matchAll(view: string, w: Words, rules: EngineTables): Matches {
  const found = new Map<number, Match[]>();
  const { starts } = w;
  if (negationBuffer.length < starts.length) negationBuffer = new Uint8Array(Math.max(starts.length, negationBuffer.length * 2));
  const negationWord = negationBuffer.subarray(0, starts.length);
  negationWord.fill(0);
  const { trie, counter } = rules;
  const { cells, stamps } = trie;
  const n = view.length;
  ms.view = view;
  ms.n = n;
  ms.starts = starts;
  ms.found = found;
  ms.negationWord = negationWord;
  ms.listStart = trie.listStart;
  ms.items = trie.items;
  ms.stamps = stamps;
  ms.shapes = trie.shapes;
  ms.soleRules = trie.soleRules;
  ms.candidates = trie.candidates;
  if (counter.value > 0x3fff_0000) {
    // Word starts are counted per rule set; start again before the count leaves the small-integer range.
    counter.value = 0;
    stamps.fill(-1);
  }
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    const stamp = ++counter.value;
    // The walk, and the walks that go on past a stem (see KEY_STEM), kept as (node, position,
    // depth) on a small stack: a key holds at most a few stems, so each word start costs a few walks.
    let top = 0;
    pending[top++] = 0;
    pending[top++] = at;
    pending[top++] = 0;
    while (top > 0) {
      let d = pending[--top]!;
      let i = pending[--top]!;
      let node = pending[--top]!;
      // Inside a chain record (see PrefixTrie): the cell of the next unit to compare, and the
      // record after the chain's last unit; -1 outside one.
      let chain = -1;
      let chainEnd = 0;
      if ((cells[node + 1]! & CHAIN) !== 0) {
        chain = node + 2;
        chainEnd = chain + ((cells[node + 1]! & ~CHAIN) >> 1);
      }
      for (; d < KEY_LENGTH && i < n; d++) {
        let u = view.charCodeAt(i);
        if (u === 0x0a) break;
        if (isDigitUnit(u)) {
          u = KEY_DIGITS;
          while (i + 1 < n && isDigitUnit(view.charCodeAt(i + 1))) i++;
        } else if (isKeySeparator(u)) {
          u = KEY_SEPARATOR;
          while (i + 1 < n && isKeySeparator(view.charCodeAt(i + 1))) i++;
        }
        i++;
        if (chain >= 0) {
          if (cells[chain] !== u) break;
          // A node inside a chain has no list and no stem: nothing to do until its end.
          if (++chain < chainEnd) continue;
          node = chainEnd;
        } else {
          node = trie.child(node, u);
          if (node === 0) break;
        }
        // A node's record (see PrefixTrie): its candidate list, then its edge count and stem bit,
        // or its chain's length.
        const here = cells[node]!;
        if (here !== 0) tryAll(here, at, k, stamp);
        const head = cells[node + 1]!;
        if ((head & CHAIN) !== 0) {
          chain = node + 2;
          chainEnd = chain + ((head & ~CHAIN) >> 1);
        } else {
          chain = -1;
          if ((head & 1) === 1) {
            // The rest of this word is the stem; the key goes on at the word's end.
            const stem = trie.child(node, KEY_STEM);
            const atStem = cells[stem]!;
            if (atStem !== 0) tryAll(atStem, at, k, stamp);
            let end = i;
            while (end < n && isViewLetter(view.charCodeAt(end))) end++;
            pending[top++] = stem;
            pending[top++] = end;
            pending[top++] = d + 2;
          }
        }
      }
    }
  }
  return { found, negationWord };
}

/**
 * Whether one of `followers` starts at one of the first `reach` word starts after word `k`: false
 * only where the candidate's RegExp cannot match (see `gapFollowers`). Word starts in the sense of
 * `gapFollowers` (a letter or digit after a unit that is neither) are the normaliser's word starts:
 * in the match view every unit that is not a letter or digit of the text is a line break or lies in
 * U+0020–U+002F (a property test holds the two to each other), so they need no scan of their own.
 */
function followsWithin(k: number, followers: readonly string[], reach: number, first: number): boolean {
  const { view, starts } = ms;
  const last = Math.min(starts.length, k + 1 + reach);
  for (let s = k + 1; s < last; s++) {
    const start = starts[s]!;
    if ((first & (1 << (view.charCodeAt(start) & 31))) !== 0 && mayStartWith(view, start, followers)) return true;
  }
  return false;
}

/**
 * Tries the candidates of list `list` (see `PrefixTrie`): a plain word is checked from the packed
 * arrays alone, so only a candidate that may match is read as an object.
 */
function tryAll(list: number, at: number, k: number, stamp: number): void {
  const { view, n, starts, listStart, items, stamps, shapes, soleRules, candidates } = ms;
  for (let p = listStart[list]!, last = listStart[list + 1]!; p < last; p++) {
    const item = items[p]!;
    const number = item >> 1;
    if (stamps[number] === stamp) continue;
    stamps[number] = stamp;
    const shape = shapes[number]!;
    let end: number;
    let lastWord = k;
    if (shape < SHAPE_FORMS) {
      // Reaching this key has spelled the word; only its end is left to check.
      end = at + (shape & (SHAPE_STEM - 1));
      if ((shape & SHAPE_STEM) !== 0) while (end < n && isViewLetter(view.charCodeAt(end))) end++;
      if (end < n && isViewWordUnit(view.charCodeAt(end))) continue;
    } else if (shape === SHAPE_FORMS) {
      // One word with alternatives: the word, to its end, must be one of the spellings, or start
      // with a stem spelling and go on with letters only.
      end = at;
      while (end < n && isViewWordUnit(view.charCodeAt(end))) end++;
      const candidate = candidates[number]!;
      if (!isWordForm(view, at, end, candidate.exactForms!, candidate.stemForms!)) continue;
      lastWord = firstWordAtOrAfter(starts, end) - 1;
    } else if (shape === SHAPE_WORDS) {
      // Words joined by separators: read word by word, with no RegExp.
      end = wordsEnd(view, at, candidates[number]!.words!);
      if (end < 0) continue;
      lastWord = firstWordAtOrAfter(starts, end) - 1;
    } else {
      const candidate = candidates[number]!;
      const prefixes = candidate.prefixes;
      if (prefixes !== undefined && (item & ITEM_SPELLED) === 0 && !mayStartWith(view, at, prefixes)) continue;
      const followers = candidate.followers;
      if (followers !== undefined && !followsWithin(k, followers, candidate.followReach, candidate.followFirst)) continue;
      const re = candidate.re;
      re.lastIndex = at;
      if (!re.test(view)) continue;
      end = re.lastIndex;
      lastWord = firstWordAtOrAfter(starts, end) - 1;
    }
    const candidate = candidates[number]!;
    const sole = soleRules[number]!;
    if (sole !== SEVERAL_RULES) record(sole, candidate, at, end, k, lastWord);
    else for (const rule of candidate.rules) record(rule, candidate, at, end, k, lastWord);
  }
}

function record(rule: number, candidate: Candidate, at: number, end: number, k: number, lastWord: number): void {
  const match: Match = { start: at, end, firstWord: k, lastWord, candidate };
  const found = ms.found;
  const list = found.get(rule);
  if (list) list.push(match);
  else found.set(rule, [match]);
  if ((rule === NEGATOR_BEFORE || rule === NEGATOR_AFTER) && candidate.oneWord) ms.negationWord.fill(1, k, lastWord + 1);
}

/**
 * Whether a match of a negatable rule still holds when its gaps may not skip a negation: it does,
 * unless a one-word negation stands inside it and the pattern, tried again with gaps that skip
 * none, fails there. Updates the match's end when the guarded pattern matches less.
 */
function holdsWithoutNegatedGap(match: Match, view: string, w: Words, negationWord: Uint8Array, guard: string): boolean {
  if (!match.candidate.hasGap || guard === '') return true;
  let inside = false;
  for (let k = match.firstWord + 1; k < match.lastWord; k++) {
    if (negationWord[k]) {
      inside = true;
      break;
    }
  }
  if (!inside) return true;
  const re = match.candidate.guarded(guard);
  re.lastIndex = match.start;
  if (!re.test(view)) return false;
  match.end = re.lastIndex;
  match.lastWord = firstWordAtOrAfter(w.starts, match.end) - 1;
  return true;
}

/** At most this many words on each side of an item's coordinator ("a registration fee or your card details"). */
const LIST_ITEM_WORDS = 4;
/** At most this many items after the clause a negation stands in, and words after the negation in that clause. */
const LIST_ITEMS = 8;
const LIST_HEAD_WORDS = 5;

let listWordSets: { coordinators: Set<string>; contrasts: Set<string> } | undefined;

/** The list words, normalised as a text's words are (case, the skeleton fold). */
function listWordSet(): { coordinators: Set<string>; contrasts: Set<string> } {
  const fold = (words: readonly string[]) => new Set(words.map((word) => normalizeText(word).text));
  return (listWordSets ??= { coordinators: fold(listWords.coordinators), contrasts: fold(listWords.contrasts) });
}

const familyBitsOf = new WeakMap<readonly EngineTables['engineRules'][number][], Int32Array>();

/**
 * Per rule index, the bit of the family of a negatable rule (`listWords.families`; a rule in none
 * is a family of its own), 0 for a rule that is not negatable. Families past the 30th share a bit.
 */
function familyBits(engine: EngineTables['engineRules']): Int32Array {
  let bits = familyBitsOf.get(engine);
  if (bits) return bits;
  bits = new Int32Array(engine.length);
  const family = new Map<string, number>();
  listWords.families.forEach((ids, f) => ids.forEach((id) => family.set(id, f)));
  let next = listWords.families.length;
  engine.forEach((rule, i) => {
    if (!rule.negatable) return;
    const f = family.get(rule.id) ?? next++;
    bits![i] = 1 << Math.min(f, 30);
  });
  familyBitsOf.set(engine, bits);
  return bits;
}

/**
 * Per-word arrays of the negations, zeroed views of buffers reused from text to text (a new typed
 * array per text and array cost more than filling one): the engine is done with them before it
 * checks another text, as with the normaliser's offsets.
 */
const wordBuffers: (Uint8Array | Int32Array)[] = [new Int32Array(1024), new Uint8Array(1024), new Uint8Array(1024), new Int32Array(1024)];
const SCRATCH_NEGATABLE = 0;
const SCRATCH_BEFORE_ENDS = 1;
const SCRATCH_AFTER_STARTS = 2;
const SCRATCH_AFTER_END = 3;

function wordScratch(slot: number, words: number): Uint8Array | Int32Array {
  let buffer = wordBuffers[slot]!;
  if (buffer.length < words) {
    const size = Math.max(words, buffer.length * 2);
    buffer = wordBuffers[slot] = buffer instanceof Int32Array ? new Int32Array(size) : new Uint8Array(size);
  }
  const view = buffer.subarray(0, words);
  view.fill(0);
  return view;
}

/** Where a match of a negatable rule starts, as the bit of its family: what a negation can cover through a list. */
function negatableStarts(matches: Map<number, Match[]>, engine: EngineTables['engineRules'], words: number): Int32Array {
  const negatableAt = wordScratch(SCRATCH_NEGATABLE, words) as Int32Array;
  const bits = familyBits(engine);
  for (const [i, found] of matches) {
    const bit = bits[i];
    if (bit) for (const m of found) negatableAt[m.firstWord]! |= bit;
  }
  return negatableAt;
}

/**
 * What `listScope` reads of a text, made as `run` makes it: for the negation property test, which
 * holds `listScope` to the version that worked out every clause first. The offsets are views of
 * buffers the next check reuses.
 */
export function listScopeInputs(original: string, rules: EngineTables) {
  const list = listWordSet();
  const norm = normalizeText(original, false);
  const { found } = matchAll(norm.matchView, norm.words, rules);
  const negations = new Negations(norm.words, found.get(NEGATOR_BEFORE), found.get(NEGATOR_AFTER), found.get(NEGATOR_WARNING));
  return { w: norm.words, text: norm.text, view: norm.matchView, negations, negatableAt: negatableStarts(found, rules.engineRules, norm.words.starts.length), list };
}

/** Per rule index, whether `run` visits the rule for the text at hand; reused from text to text (a new typed array per text cost more than the loop it spares). */
let visitBuffer = new Uint8Array(256);

const ruleShapes = new WeakMap<EngineTables['engineRules'], { combined: Uint8Array; indexOf: Map<string, number> }>();

/** Per rule index, 1 for a rule with combinations (`when`); and each rule's index by its id (compiling refuses an id used twice). */
function ruleShape(engine: EngineTables['engineRules']): { combined: Uint8Array; indexOf: Map<string, number> } {
  let shape = ruleShapes.get(engine);
  if (shape) return shape;
  const combined = new Uint8Array(engine.length);
  const indexOf = new Map<string, number>();
  engine.forEach((rule, i) => {
    if (rule.when.length > 0) combined[i] = 1;
    indexOf.set(rule.id, i);
  });
  shape = { combined, indexOf };
  ruleShapes.set(engine, shape);
  return shape;
}

/** Per clause of the text being checked (see `listScope`), reused from text to text: its first word, and one past its last. */
let clauseFirst = new Int32Array(256);
let clauseEnd = new Int32Array(256);
/**
 * Per clause, what the list scope knows of it (`CLAUSE_*` bits), worked out only for a clause that
 * a negation's list may reach — a few per text — and 0 until then.
 */
let clauseFacts = new Uint8Array(256);
/** Per clause, its first coordinator word before it stops being a short item, or -1; read only once its facts are known. */
let clauseCoordinator = new Int32Array(256);
/** `clauseFacts`: worked out. */
const CLAUSE_KNOWN = 1;
/** `clauseFacts`: a short item — no digits (a negated list names no sums), no "but" first, at most LIST_ITEM_WORDS words per side of each coordinator. */
const CLAUSE_ITEM = 2;
/** `clauseFacts`: a comma, in the same sentence, separates it from the clause before. */
const CLAUSE_AFTER_COMMA = 4;

/**
 * The words a negation reaches through a list. Commas end clauses, so a negation reached only the
 * first item of "We never ask you for money, a registration fee or your card details" or "без
 * залога, предоплаты и комиссий". A list is a run of short items separated by commas, in one
 * sentence, that ends in an item with a coordinator ("or", "и", "же", "ва ё"); a negation covers it
 * - from before: when it stands in the clause before the items, negates something a rule can
 *   negate in that clause (a fee, a deposit, money), and that clause has no sum and at most
 *   LIST_HEAD_WORDS words after it ("без залога, предоплаты и комиссий"; not "Без опыта, виза,
 *   билет и жильё бесплатно", where experience is not a thing a rule negates);
 * - from after: when it ends the last item ("каттоо акысын же карта маалыматын сурабайбыз",
 *   "to'lov, depozit yo'q"), back over items that each hold something a rule can negate, and only
 *   when the last item has a coordinator or something a rule can negate.
 * A negation inside a clause that goes on with other words ("Предоплату не берём, паспорт сдаёте
 * бригадиру") covers no list: the items must be short and the list closed. Each clause is looked
 * at a bounded number of times: linear. What is known of a clause — whether it is a short item,
 * its first coordinator, whether a comma comes before it — is worked out only for the clauses a
 * negation's list may reach (reading each word's text is most of the cost), in typed arrays reused
 * from text to text. Exported for the negation property test, which holds it to the version that
 * worked out every clause first.
 */
export function listScope(w: Words, text: string, view: string, negations: Pick<Negations, 'beforeEnds' | 'afterStarts' | 'afterEnd'>, negatableAt: Int32Array): Uint8Array | undefined {
  const { starts } = w;
  const n = starts.length;
  const { beforeEnds, afterStarts, afterEnd } = negations;
  // The clauses' bounds: one pass over the words' clause numbers.
  if (clauseFirst.length < n) {
    const size = Math.max(n, clauseFirst.length * 2);
    clauseFirst = new Int32Array(size);
    clauseEnd = new Int32Array(size);
    clauseFacts = new Uint8Array(size);
    clauseCoordinator = new Int32Array(size);
  }
  const clauseOf = w.clause;
  let count = 0;
  for (let k = 0; k < n; ) {
    const first = k;
    const id = clauseOf[k]!;
    k += 1;
    while (k < n && clauseOf[k] === id) k++;
    clauseFirst[count] = first;
    clauseEnd[count] = k;
    clauseFacts[count] = 0;
    count += 1;
  }
  let inList: Uint8Array | undefined;
  for (let c = 0; c < count; c++) {
    const first = clauseFirst[c]!;
    const end = clauseEnd[c]!;
    // From before: the last "before" negation of the clause, then its items.
    let b = -1;
    for (let k = first; k < end; k++) if (beforeEnds[k]) b = k;
    const kind = b >= 0 ? negatableIn(negatableAt, b + 1, end) : 0;
    if (kind !== 0 && end - b - 1 <= LIST_HEAD_WORDS && !(coordinatorOf(w, text, view, c) > b)) {
      let digits = false;
      for (let k = b + 1; k < end; k++) if (hasDigit(view, starts, k)) digits = true;
      for (let j = c + 1; !digits && j < count && j - c <= LIST_ITEMS; j++) {
        const facts = factsOf(w, text, view, j);
        if ((facts & CLAUSE_AFTER_COMMA) === 0 || (facts & CLAUSE_ITEM) === 0 || !sameKind(negatableAt, j, kind)) break;
        if (clauseCoordinator[j]! >= 0) {
          inList ??= new Uint8Array(n);
          inList.fill(1, b + 1, clauseEnd[j]!);
          break;
        }
      }
    }
    // From after: an "after" negation that ends the clause, then the items before it.
    for (let a = first; a < end; a++) {
      if (!afterStarts[a] || afterEnd[a] !== end - 1) continue;
      const kind = negatableIn(negatableAt, first, a);
      const coordinator = coordinatorOf(w, text, view, c);
      const coordinated = coordinator >= 0 && coordinator < a;
      const { coordinators, contrasts } = listWordSet();
      let lastItem = kind !== 0 && a > first && !contrasts.has(wordText(text, view, starts, first));
      let side = 0;
      for (let k = first; k < a && lastItem; k++) {
        if (hasDigit(view, starts, k)) lastItem = false;
        else if (coordinators.has(wordText(text, view, starts, k))) side = 0;
        else if (!continues(view, starts, k) && ++side > LIST_ITEM_WORDS) lastItem = false;
      }
      if (!lastItem) break;
      let from = first;
      for (let j = c - 1; j >= 0 && c - j <= LIST_ITEMS; j--) {
        if ((factsOf(w, text, view, j + 1) & CLAUSE_AFTER_COMMA) === 0 || (factsOf(w, text, view, j) & CLAUSE_ITEM) === 0) break;
        if (negatableIn(negatableAt, clauseFirst[j]!, clauseEnd[j]!) === 0 || !sameKind(negatableAt, j, kind)) break;
        from = clauseFirst[j]!;
      }
      if (from < first || coordinated) {
        inList ??= new Uint8Array(n);
        inList.fill(1, from, a);
      }
      break;
    }
  }
  return inList;
}

// What `listScope` reads of a word or a clause: module-level functions of the text (closures made
// per text cost more, with tsx's keepNames a `defineProperty` each).

/** The text of word `k`. */
function wordText(text: string, view: string, starts: Int32Array, k: number): string {
  let e = starts[k]!;
  while (e < view.length && isViewWordUnit(view.charCodeAt(e))) e++;
  return text.slice(starts[k]!, e);
}

/** Uzbek "to'lovi" is two words to the matcher; it is one item word. */
function continues(view: string, starts: Int32Array, k: number): boolean {
  const at = starts[k]!;
  return at > 1 && view.charCodeAt(at - 1) === 0x27 && isViewWordUnit(view.charCodeAt(at - 2));
}

/** Whether word `k` holds a digit. */
function hasDigit(view: string, starts: Int32Array, k: number): boolean {
  for (let i = starts[k]!; i < view.length && isViewWordUnit(view.charCodeAt(i)); i++) if (isDigitUnit(view.charCodeAt(i))) return true;
  return false;
}

/** Whether clause `c` names only things of the families in `bits` (or nothing a rule negates). */
function sameKind(negatableAt: Int32Array, c: number, bits: number): boolean {
  return (negatableIn(negatableAt, clauseFirst[c]!, clauseEnd[c]!) & ~bits) === 0;
}

/** The first coordinator word of clause `c` (see `clauseCoordinator`). */
function coordinatorOf(w: Words, text: string, view: string, c: number): number {
  factsOf(w, text, view, c);
  return clauseCoordinator[c]!;
}

/** The facts of clause `c` (see `clauseFacts`), worked out on first use. */
function factsOf(w: Words, text: string, view: string, c: number): number {
  const known = clauseFacts[c]!;
  if (known !== 0) return known;
  const starts = w.starts;
  const first = clauseFirst[c]!;
  const end = clauseEnd[c]!;
  const { coordinators, contrasts } = listWordSet();
  let facts = CLAUSE_KNOWN;
  if (first > 0 && w.sentence[first - 1] === w.sentence[first]) {
    for (let i = starts[first - 1]!; i < starts[first]!; i++) {
      const u = text.charCodeAt(i);
      if (isClauseEnd(u)) {
        if (u === 0x2c) facts |= CLAUSE_AFTER_COMMA;
        break;
      }
    }
  }
  let item = !contrasts.has(wordText(text, view, starts, first));
  let coordinator = -1;
  let side = 0;
  for (let j = first; j < end && item; j++) {
    if (hasDigit(view, starts, j)) item = false;
    else if (coordinators.has(wordText(text, view, starts, j))) {
      if (coordinator < 0) coordinator = j;
      side = 0;
    } else if (!continues(view, starts, j) && ++side > LIST_ITEM_WORDS) item = false;
  }
  if (item) facts |= CLAUSE_ITEM;
  clauseFacts[c] = facts;
  clauseCoordinator[c] = coordinator;
  return facts;
}

/** The families of the negatable matches that start in words [from, to). */
function negatableIn(negatableAt: Int32Array, from: number, to: number): number {
  let bits = 0;
  for (let k = from; k < to; k++) bits |= negatableAt[k]!;
  return bits;
}

/**
 * Where the negations of a text are, indexed by word, so that asking whether a match is negated
 * costs a constant: a text full of negations and matches stays linear.
 */
class Negations {
  /** Words that end a "before" negation ("не", "no", "hech qanday"). */
  readonly beforeEnds: Uint8Array;
  /** Words that start an "after" negation ("emas", "жоқ", "не нужна"). */
  readonly afterStarts: Uint8Array;
  /** The last word of the longest "after" negation that starts at a word. */
  readonly afterEnd: Int32Array;
  /** Per sentence: how many warnings it holds, and the first one's words. */
  readonly warnings = new Map<number, { count: number; first: number; last: number }>();
  /** 1 for each word a negation reaches through a list (see `listScope`). */
  readonly inList: Uint8Array | undefined;

  constructor(
    readonly w: Words,
    before: Match[] | undefined,
    after: Match[] | undefined,
    warnings: Match[] | undefined,
    list?: { text: string; view: string; negatableAt: Int32Array },
  ) {
    this.beforeEnds = wordScratch(SCRATCH_BEFORE_ENDS, w.starts.length) as Uint8Array;
    this.afterStarts = wordScratch(SCRATCH_AFTER_STARTS, w.starts.length) as Uint8Array;
    for (const n of before ?? []) this.beforeEnds[n.lastWord] = 1;
    this.afterEnd = wordScratch(SCRATCH_AFTER_END, w.starts.length) as Int32Array;
    for (const n of after ?? []) {
      this.afterStarts[n.firstWord] = 1;
      if (n.lastWord > this.afterEnd[n.firstWord]!) this.afterEnd[n.firstWord] = n.lastWord;
    }
    for (const n of warnings ?? []) {
      const sentence = w.sentence[n.firstWord]!;
      const known = this.warnings.get(sentence);
      if (known) known.count += 1;
      else this.warnings.set(sentence, { count: 1, first: n.firstWord, last: n.lastWord });
    }
    if (list && (before !== undefined || after !== undefined)) this.inList = listScope(w, list.text, list.view, this, list.negatableAt);
  }

  /** Whether a negation stands within reach of the match, in its clause, or a warning in its sentence. */
  negates(match: Match): boolean {
    const { w } = this;
    if (this.inList?.[match.firstWord]) return true;
    const warning = this.warnings.get(w.sentence[match.firstWord]!);
    // A warning negates the matches of its sentence other than itself; with two, one is always other.
    if (warning && (warning.count > 1 || warning.last < match.firstWord || warning.first > match.lastWord)) return true;
    const clause = w.clause[match.firstWord];
    for (let k = 1; k <= NEGATION_REACH; k++) {
      const at = match.firstWord - k;
      if (at < 0 || w.clause[at] !== clause) break;
      if (this.beforeEnds[at]) return true;
    }
    // A match that lies inside a negative form, as `котор*` does in "которбоңуз" (do not transfer).
    if (this.afterStarts[match.firstWord] && this.afterEnd[match.firstWord]! >= match.lastWord) return true;
    const lastClause = w.clause[match.lastWord];
    for (let k = 1; k <= NEGATION_REACH; k++) {
      const at = match.lastWord + k;
      if (at >= w.starts.length || w.clause[at] !== lastClause) break;
      if (this.afterStarts[at]) return true;
    }
    return false;
  }
}

/**
 * A stretch of normalised text that shows a signal, `[start, end)`, and — when it came into a
 * combined signal from one of its parts — the id of that part (see `OfferEvidence.signal`).
 */
type Part = readonly [start: number, end: number, signal?: string];

function allPresent(ids: readonly string[], present: Map<string, Part[]>): boolean {
  for (const id of ids) if (!present.has(id)) return false;
  return true;
}

function anyPresent(ids: readonly string[], present: Map<string, Part[]>): boolean {
  for (const id of ids) if (present.has(id)) return true;
  return false;
}

/** The word a position of the normalised text is in (or the word before it, between words). */
function wordAt(starts: Int32Array, pos: number): number {
  return Math.max(0, firstWordAtOrAfter(starts, pos + 1) - 1);
}

/**
 * The clauses and sentences each signal's spans stand in, worked out once per signal and text:
 * many combinations ask about the same concepts ("wages" blocks five of them).
 */
class UnitIndex {
  readonly #clause = new Map<string, Map<number, Part[]>>();
  readonly #sentence = new Map<string, Map<number, Part[]>>();

  constructor(
    readonly present: Map<string, Part[]>,
    readonly w: Words,
  ) {}

  /** The spans of `id` by the clause (or sentence) they start in, each labelled with its signal. */
  of(id: string, within: 'clause' | 'sentence'): Map<number, Part[]> {
    const cache = within === 'clause' ? this.#clause : this.#sentence;
    let units = cache.get(id);
    if (units) return units;
    units = new Map();
    const unitOf = within === 'clause' ? this.w.clause : this.w.sentence;
    for (const part of this.present.get(id) ?? []) {
      if (part[1] <= part[0]) continue;
      const unit = unitOf[wordAt(this.w.starts, part[0])]!;
      const labelled: Part = part[2] === undefined ? [part[0], part[1], id] : part;
      const list = units.get(unit);
      if (list) list.push(labelled);
      else units.set(unit, [labelled]);
    }
    // Signals are added in rule order and a rule only asks about earlier ones: nothing is added to
    // `id` after this, so the index stays right.
    cache.set(id, units);
    return units;
  }
}

/**
 * The parts of a conjunction with `within` that stand together in the first clause (or sentence)
 * that holds every one of them and none of its `none` signals, each labelled with its signal; or
 * undefined when no clause does; a clause where the parts are negated does not
 * count (see `negatedTogether`). Costs a few look-ups per span: the engine stays linear.
 */
function inOneUnit(
  conjunction: { readonly all: readonly string[]; readonly none: readonly string[]; readonly within: 'clause' | 'sentence' | undefined },
  units: UnitIndex,
  st: RunState,
  onNegated: string | undefined,
): Part[] | undefined {
  const within = conjunction.within ?? 'sentence';
  const each: Map<number, Part[]>[] = [];
  let empty = false;
  for (const id of conjunction.all) {
    const found = units.of(id, within);
    if (found.size === 0) empty = true;
    each.push(found);
  }
  if (empty) return undefined;
  const head = each[0]!;
  const first = head.size === 1 ? head.keys() : [...head.keys()].sort((a, b) => a - b);
  for (const unit of first) {
    if (!each.every((u) => u.has(unit)) || conjunction.none.some((id) => units.of(id, within).has(unit))) continue;
    const parts: Part[] = [];
    for (const found of each) for (const part of found.get(unit)!) parts.push(part);
    if (!negatedTogether(st, parts, onNegated)) return parts;
  }
  return undefined;
}

function toEvidence(norm: NormalizedText, original: string, parts: readonly Part[]): OfferEvidence[] {
  const sorted = parts.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number, string | undefined][] = [];
  for (const [s, e, signal] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1] && last[2] === signal) last[1] = Math.max(last[1], e);
    else if (last && s < last[1]) continue; // inside a stretch already shown for another part
    else merged.push([s, e, signal]);
  }
  let kept = merged;
  if (merged.length > MAX_EVIDENCE) {
    // Keep the first stretch of each part, so that every part of a combination is shown, then the
    // earliest others.
    const chosen = new Set<(typeof merged)[number]>();
    const seen = new Set<string | undefined>();
    for (const m of merged) {
      if (seen.has(m[2])) continue;
      seen.add(m[2]);
      chosen.add(m);
    }
    for (const m of merged) if (chosen.size < MAX_EVIDENCE) chosen.add(m);
    kept = merged.filter((m) => chosen.has(m)).slice(0, Math.max(MAX_EVIDENCE, seen.size));
  }
  return kept.map(([s, e, signal]) => {
    const start = norm.starts[s]!;
    const end = norm.ends[e - 1]!;
    const evidence: OfferEvidence = { start, end, text: original.slice(start, end) };
    if (signal !== undefined) evidence.signal = signal;
    return evidence;
  });
}

const strengthOrder = { strong: 0, medium: 1, weak: 2 } as const;

/** Signals that mean the offer takes the person away from home. */
const travelSignals = ['abroad', 'travel', 'free-travel', 'tourist-visa-work', 'scam-compound-lure', 'minors-abroad', 'official-channel-bypass'];

/** Whether the offer involves leaving home: work abroad, travel, a visa — in the text or the answers. */
function involvesTravel(present: Map<string, Part[]>, answers: OfferAnswers): boolean {
  for (const id of travelSignals) if (present.has(id)) return true;
  return answers['work-visa'] !== undefined || answers['repay-travel'] === 'yes' || answers['state-programme'] === 'yes';
}

/**
 * Checks one job offer for recruitment risk signals. Synchronous and DOM-free; the text never
 * leaves the caller. `text` may be empty when only `answers` are given. In the all-in-one IIFE
 * (`window.SafeMigrationKit`), `await SafeMigrationKit.ready()` first: it fetches the data this
 * reads (docs/embedding.md).
 *
 * @throws {OfferCheckError} `offer-check/invalid-text` when `text` is not a string or is longer
 *   than `maxOfferLength`; `offer-check/invalid-options` for an unknown `lang` or answer.
 */
export function checkOffer(text: string, options?: CheckOfferOptions): OfferCheckResult {
  const textResult = textSchema.safeParse(text);
  if (!textResult.success) {
    throw new OfferCheckError(
      'offer-check/invalid-text',
      typeof text === 'string'
        ? `checkOffer: the text is ${text.length} characters long; the most it checks is ${maxOfferLength}`
        : 'checkOffer: the text must be a string',
      textResult.error.issues.map((i) => i.message),
      { cause: textResult.error },
    );
  }
  const opts = optionsSchema.safeParse(options);
  if (!opts.success) {
    throw new OfferCheckError(
      'offer-check/invalid-options',
      `checkOffer: the options are not ones it knows:\n${z.prettifyError(opts.error)}`,
      opts.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      { cause: opts.error },
    );
  }
  const rules = tablesOf(options?.rules, 'checkOffer');
  const answers = (opts.data?.answers ?? {}) as OfferAnswers;
  return run(text, rules, opts.data?.lang, answers);
}

/** Adds spans to a signal; takes `spans` over when the signal is new. */
function addSpans(present: Map<string, Part[]>, id: string, spans: Part[]): void {
  const list = present.get(id);
  if (list) for (const span of spans) list.push(span);
  else present.set(id, spans);
}

/** The negations of a text, made when a negatable match first asks. */
function newNegations(norm: NormalizedText, matches: Map<number, Match[]>, engine: EngineTables['engineRules']): Negations {
  const w = norm.words;
  const list = { text: norm.text, view: norm.matchView, negatableAt: negatableStarts(matches, engine, w.starts.length) };
  return new Negations(w, matches.get(NEGATOR_BEFORE), matches.get(NEGATOR_AFTER), matches.get(NEGATOR_WARNING), list);
}

/** What `run` makes lazily for a text — its negations, its clause index — and what they are made of. */
class RunState {
  negations: Negations | undefined = undefined;
  units: UnitIndex | undefined = undefined;

  constructor(
    readonly norm: NormalizedText,
    readonly matches: Map<number, Match[]>,
    readonly engine: EngineTables['engineRules'],
    readonly present: Map<string, Part[]>,
    readonly fromText: Set<string>,
  ) {}
}

function negationsOf(st: RunState): Negations {
  return (st.negations ??= newNegations(st.norm, st.matches, st.engine));
}

function unitsOf(st: RunState): UnitIndex {
  return (st.units ??= new UnitIndex(st.present, st.norm.words));
}

/** Whether a span of one of `ids` starts in clause (or sentence) `unit`. */
function anyInUnit(ids: readonly string[], units: UnitIndex, within: 'clause' | 'sentence', unit: number): boolean {
  for (const id of ids) if (units.of(id, within).has(unit)) return true;
  return false;
}

/**
 * Whether the parts of a combination found together are negated: a negation just before the first
 * part or just after the last, or a warning in the sentence, turns the combination around ("No
 * upfront fee is ever charged"); its `onNegated` signal is then added.
 */
function negatedTogether(st: RunState, parts: Part[], onNegated: string | undefined): boolean {
  const w = st.norm.words;
  let first = parts[0]![0];
  let last = parts[0]![1];
  for (const [s, e] of parts) {
    if (s < first) first = s;
    if (e > last) last = e;
  }
  const span = { start: first, end: last, firstWord: wordAt(w.starts, first), lastWord: wordAt(w.starts, last - 1) } as Match;
  if (!negationsOf(st).negates(span)) return false;
  if (onNegated) {
    addSpans(st.present, onNegated, [[first, last]]);
    st.fromText.add(onNegated);
  }
  return true;
}

function run(original: string, rules: EngineTables, lang: OfferLanguage | undefined, answers: OfferAnswers): OfferCheckResult {
  // The list words are normalised before the text: the text's offsets are views of buffers that
  // normalising anything else reuses, so folding them later, on the first list, moved that
  // call's evidence (found by the property test: the same text, a different span the first time).
  listWordSet();
  const norm = normalizeText(original, false);
  const text = norm.text;
  const w = norm.words;
  const { found: matches, negationWord } = matchAll(norm.matchView, w, rules);
  const extracted = extract(text);

  /** Every signal that holds, with its spans in the normalised text. */
  const present = new Map<string, Part[]>();
  const fromText = new Set<string>();
  const fromAnswers = new Set<string>();

  const advice = new Set<AdviceCode>();
  for (const effect of answerEffects(answers)) {
    for (const a of effect.advice ?? []) advice.add(a);
    for (const id of [effect.flag, effect.reassurance]) {
      if (!id) continue;
      addSpans(present, id, []);
      fromAnswers.add(id);
    }
  }
  for (const [signal, spans] of extracted.signals) addSpans(present, signal, spans);

  const engine = rules.engineRules;
  // What the lazily made negations and clause index need, in one object per text: run makes no
  // closures, so its locals stay out of a heap context (the callbacks it passed captured them all).
  const st = new RunState(norm, matches, engine, present, fromText);
  // Most rules (a destination, a flag in another language) have nothing to do for a text: only the
  // rules with matches or combinations are visited, in rule order.
  const { combined, indexOf } = ruleShape(engine);
  if (visitBuffer.length < engine.length) visitBuffer = new Uint8Array(engine.length);
  const visit = visitBuffer;
  visit.set(combined);
  for (const i of matches.keys()) if (i >= 0) visit[i] = 1;
  for (let i = 0; i < engine.length; i++) {
    if (visit[i] === 0) continue;
    const rule = engine[i]!;
    const found = matches.get(i);
    const spans: Part[] = [];
    if (found) {
      const unless = rule.unless;
      for (const m of found) {
        if (unless) {
          // Every clause the match touches: "You pay: the visa fee to the UK Government" is one
          // match over a colon, and the government stands in its second clause.
          const of = unless.within === 'clause' ? w.clause : w.sentence;
          const unit = of[m.firstWord]!;
          const last = of[m.lastWord]!;
          if (anyInUnit(unless.any, unitsOf(st), unless.within, unit) || (last !== unit && anyInUnit(unless.any, unitsOf(st), unless.within, last))) continue;
        }
        if (rule.negatable && !holdsWithoutNegatedGap(m, norm.matchView, w, negationWord, rules.guard)) continue;
        if (rule.negatable && negationsOf(st).negates(m)) {
          if (rule.onNegated) {
            addSpans(present, rule.onNegated, [[m.start, m.end]]);
            fromText.add(rule.onNegated);
          }
        } else {
          spans.push([m.start, m.end]);
        }
      }
    }
    let holds = spans.length > 0;
    // A combination shows the evidence of the first of its conjunctions that holds (rules list the
    // most telling first): the parts that make it, each labelled with the signal it shows (the
    // innermost one, for a part that is a combination itself), so that "Hostess" is not quoted as
    // if it were the pay.
    for (const conjunction of rule.when) {
      if (!allPresent(conjunction.all, present)) continue;
      if (conjunction.within === undefined) {
        if (anyPresent(conjunction.none, present)) continue;
        holds = true;
        for (const id of conjunction.all) {
          for (const part of present.get(id)!) spans.push(part[2] === undefined ? [part[0], part[1], id] : part);
        }
        break;
      }
      const together = inOneUnit(conjunction, unitsOf(st), st, rule.onNegated);
      if (!together) continue;
      holds = true;
      for (const part of together) spans.push(part);
      break;
    }
    if (holds) {
      addSpans(present, rule.id, spans);
      if (spans.length > 0 || !fromAnswers.has(rule.id)) fromText.add(rule.id);
    }
  }

  // The spans of each rule's signal by rule index: a few signals hold, of about 150 rules.
  const spansOf: (Part[] | undefined)[] = new Array<Part[] | undefined>(engine.length);
  for (const [id, spans] of present) {
    const i = indexOf.get(id);
    if (i !== undefined) spansOf[i] = spans;
  }
  const suppressed = new Set<string>();
  for (let i = 0; i < engine.length; i++) {
    const rule = engine[i]!;
    if (rule.kind === 'flag' && spansOf[i] !== undefined) for (const s of rule.suppresses) suppressed.add(s);
  }

  const flags: OfferFlag[] = [];
  const scored: ScoredSignal[] = [];
  const reassurances: OfferEvidenceSign[] = [];
  const destinations: { country: string; at: number }[] = [];
  for (let i = 0; i < engine.length; i++) {
    const spans = spansOf[i];
    if (!spans) continue;
    const rule = engine[i]!;
    if (rule.kind === 'flag') {
      if (suppressed.has(rule.id)) continue;
      const text = fromText.has(rule.id);
      const answered = fromAnswers.has(rule.id);
      flags.push({
        id: rule.id,
        dimension: rule.dimension!,
        strength: rule.strength!,
        indicator: rule.indicator!,
        evidence: toEvidence(norm, original, spans),
        source: text && answered ? 'both' : answered ? 'answers' : 'text',
      });
      scored.push({ indicator: rule.indicator!, strength: rule.strength!, firm: rule.firm, context: rule.context, dimension: rule.dimension!, flag: rule.id });
      for (const a of rule.advice) advice.add(a);
    } else if (rule.kind === 'reassurance') {
      reassurances.push({ id: rule.id, evidence: toEvidence(norm, original, spans) });
    } else if (rule.country && spans.length > 0) {
      let at = spans[0]![0];
      for (const span of spans) if (span[0] < at) at = span[0];
      destinations.push({ country: rule.country, at });
    }
  }
  const firstAt = (f: OfferFlag) => f.evidence[0]?.start ?? Number.MAX_SAFE_INTEGER;
  flags.sort((a, b) => strengthOrder[a.strength] - strengthOrder[b.strength] || firstAt(a) - firstAt(b));

  const { level, score } = scoreSignals(scored, reassurances.length);
  const travel = involvesTravel(present, answers);
  if (level !== 'low') {
    advice.add('keep-in-touch');
    advice.add('check-agency-licence');
  }
  if (level === 'high') advice.add('call-hotline');
  if (!travel) {
    // A job at home: no "before you leave", no questions about tickets and visas.
    if (advice.delete('ask-written-contract')) advice.add('ask-contract-before-start');
    if (advice.delete('ask-who-pays-travel')) advice.add('ask-pay-deductions');
    advice.delete('ask-work-visa');
    if (!present.has('confinement') && !present.has('secrecy') && !present.has('minors-accepted')) advice.delete('keep-in-touch');
    if (!present.has('agency') && !present.has('unlicensed-agency')) advice.delete('check-agency-licence');
  }

  return {
    level,
    score,
    flags,
    advice: adviceCodes.filter((a) => advice.has(a)),
    reassurances,
    destinations: [...new Set(destinations.sort((a, b) => a.at - b.at).map((d) => d.country))],
    language: lang ?? (original.length > 0 ? detectLanguage(norm.letters, text) : 'und'),
  };
}

/**
 * Checks many offers, one after another, with rules compiled once: for a job board's postings.
 * Items are strings or `{ id?, text, lang? }`; each result carries the item's `id`. In the
 * all-in-one IIFE (`window.SafeMigrationKit`), `await SafeMigrationKit.ready()` first: it fetches
 * the data this reads (docs/embedding.md).
 *
 * @throws {OfferCheckError} `offer-check/invalid-item` when an item has neither form (the results
 *   before it have been yielded already).
 */
export function* checkOffers(items: Iterable<string | OfferItem>, options?: Pick<CheckOfferOptions, 'rules'>): Generator<OfferBulkResult> {
  const rules = tablesOf(options?.rules, 'checkOffers');
  let n = 0;
  for (const item of items) {
    const parsed = itemSchema.safeParse(item);
    if (!parsed.success) {
      throw new OfferCheckError(
        'offer-check/invalid-item',
        `checkOffers: item ${n} is neither a string nor { id?, text, lang? } with text of at most ${maxOfferLength} characters`,
        parsed.error.issues.map((i) => `${n}.${i.path.join('.')}: ${i.message}`),
        { cause: parsed.error },
      );
    }
    const value = parsed.data;
    if (typeof value === 'string') {
      yield run(value, rules, undefined, {});
    } else {
      const result: OfferBulkResult = run(value.text, rules, value.lang, {});
      yield value.id === undefined ? result : { id: value.id, ...result };
    }
    n += 1;
  }
}
