/**
 * The rule compiler: checks a rule set against its schema and its cross-references, compiles every
 * pattern (with its script-bridge variants) once, and indexes the RegExps by the first two
 * characters a match can start with.
 */
import * as z from 'zod/mini';
import { OfferCheckError } from './errors.js';
import {
  PatternSyntaxError,
  cyrillicLatinVariant,
  gapFollowers,
  gapGuard,
  hasGap,
  isKeySeparator,
  isOneWord,
  KEY_STEM,
  kazakhLatinVariant,
  literalPrefixes,
  parsePattern,
  patternKeys,
  plainWord,
  prepareWork,
  toRegexSource,
  uzbekCyrillicVariant,
  WORD_END,
  wordForms,
  wordSequence,
} from './pattern.js';
import type { PatternNode, WordSlot } from './pattern.js';
import { extractorSignals, offerRuleSchema, offerRuleSetSchema } from './rule-schema.js';
import type { LanguagePatterns, OfferRule, OfferRuleSet } from './rule-schema.js';
import { offerQuestions } from './questionnaire.js';
import type { OfferQuestion } from './questionnaire.js';
import type { AdviceCode, OfferDimension, OfferLanguage, SignalStrength } from './types.js';

/** The pseudo-rule index of negations that stand before a match. */
export const NEGATOR_BEFORE = -1;
/** The pseudo-rule index of negations that stand after a match. */
export const NEGATOR_AFTER = -2;
/** The pseudo-rule index of warnings that negate every match in their clause. */
export const NEGATOR_WARNING = -3;

/** `Candidate.soleRule` of a pattern that belongs to several rules (no rule or negator list has this index). */
export const SEVERAL_RULES = -128;

let serials = 0;

/**
 * One pattern (in one spelling) as a sticky RegExp to try at a word start, and the rules (or
 * negator lists) it belongs to. Every key of the pattern leads to this one object, so each pattern
 * is compiled once, however many ways it can start. The RegExp is built the first time a text
 * reaches it, so a page that checks one offer pays only for the patterns that offer's words start.
 */
export class Candidate {
  #re: RegExp | undefined;
  #guarded: RegExp | undefined;
  #source: string | undefined;
  /** Candidates are numbered as they are made: the order their keys enter the trie (for the matcher's property test). */
  readonly serial = serials++;
  /**
   * The one rule it belongs to, or `SEVERAL_RULES` (see `rules`): set once compiling ends, so that
   * a match of most patterns reads no array.
   */
  soleRule = SEVERAL_RULES;
  /**
   * For a pattern that is one plain word no longer than a key (see `plainWord`): its length, and
   * whether letters may follow (a stem). The matcher checks only the word's end, with no RegExp:
   * most concept words are such patterns. 0 for the others.
   */
  readonly plainLength: number;
  readonly plainStem: boolean;
  /** What a match must start with (see `literalPrefixes`), checked before the RegExp is run. */
  readonly prefixes: readonly string[] | undefined;
  /**
   * For a pattern whose key stops at a gap: what the words after the gap start with, and within
   * how many word starts of the match's start (see `gapFollowers`), checked before the RegExp.
   */
  readonly followers: readonly string[] | undefined;
  readonly followReach: number;
  /**
   * Bit `u % 32` is set for the first unit `u` of each of `followers` (every digit for one after a
   * number): a word start whose first unit's bit is clear cannot start any of them.
   */
  readonly followFirst: number;
  /**
   * For a pattern that is one word of letters with alternatives (see `wordForms`): the spellings
   * the word must be, or start with; the matcher compares them instead of running the RegExp.
   */
  readonly exactForms: readonly string[] | undefined;
  readonly stemForms: readonly string[] | undefined;
  /**
   * For a pattern of words joined by plain separators, each a number or a word with alternatives
   * (see `wordSequence`): its words; the matcher reads them instead of running the RegExp.
   */
  readonly words: readonly WordSlot[] | undefined;

  constructor(
    readonly nodes: PatternNode[],
    /** The rules it belongs to (a negator list is a negative index). */
    readonly rules: number[],
    /** The pattern has a gap (` ~ `), which in a negatable rule must not skip a negation. */
    readonly hasGap: boolean,
    /** The pattern is one word ("не", "emas"): a negation inside a gap, when it is a negator. */
    readonly oneWord: boolean,
  ) {
    const plain = plainWord(nodes);
    this.plainLength = plain?.length ?? 0;
    this.plainStem = plain?.stem ?? false;
    this.prefixes = plain ? undefined : literalPrefixes(nodes);
    const follow = plain ? undefined : gapFollowers(nodes);
    this.followers = follow?.prefixes;
    this.followReach = follow?.reach ?? 0;
    let first = 0;
    for (const prefix of follow?.prefixes ?? []) {
      if (prefix.charCodeAt(0) === 0) for (let d = 0x30; d <= 0x39; d++) first |= 1 << (d & 31);
      else first |= 1 << (prefix.charCodeAt(0) & 31);
    }
    this.followFirst = first;
    const forms = plain ? undefined : wordForms(nodes);
    this.exactForms = forms?.exact;
    this.stemForms = forms?.stems;
    this.words = plain || forms ? undefined : wordSequence(nodes);
  }

  /** The RegExp source: the pattern, then the end of a word. */
  get source(): string {
    this.#source ??= `(?:${toRegexSource(this.nodes)})${WORD_END}`;
    return this.#source;
  }

  get re(): RegExp {
    this.#re ??= new RegExp(this.source, 'y');
    return this.#re;
  }

  /**
   * The same pattern with gaps that never skip a word matching `guard` (see `gapGuard`): built
   * only when a match of a negatable rule has a negation inside it, which is rare.
   */
  guarded(guard: string): RegExp {
    this.#guarded ??= new RegExp(`(?:${toRegexSource(this.nodes, guard)})${WORD_END}`, 'y');
    return this.#guarded;
  }
}

/**
 * A rule set ready to match: build it once with `compileOfferRules` and pass it to `checkOffer` or
 * `checkOffers`. Its matching tables are internal.
 */
export interface CompiledOfferRules {
  /** The rule set's version. */
  readonly version: string;
  /** The rules, in evaluation order, as written. */
  readonly rules: readonly OfferRule[];
  /** How many patterns were compiled, script-bridge variants included. */
  readonly patternCount: number;
}

/** What the engine reads from a compiled rule set. Not exported from the SDK. */
export interface EngineTables extends CompiledOfferRules {
  /** The same rules in one uniform shape, which keeps the engine's property reads fast. */
  readonly engineRules: readonly EngineRule[];
  /** Position of each rule by id. */
  readonly indexOf: ReadonlyMap<string, number>;
  /**
   * A trie of the patterns' keys (their first characters in the key alphabet of pattern.ts): the
   * matcher walks it along the match view from each word start and tries the candidates of every
   * node it passes.
   */
  readonly trie: PrefixTrie;
  /** The look-ahead that keeps a negatable rule's gaps from skipping a negation (see `gapGuard`). */
  readonly guard: string;
  /** Counts word starts, for `PrefixTrie.stamps`. */
  readonly counter: { value: number };
}

const compiled = new WeakSet<object>();

/** The engine's tables of a compiled rule set, or undefined when `rules` did not come from `compileOfferRules`. */
export function engineTables(rules: CompiledOfferRules): EngineTables | undefined {
  return compiled.has(rules) ? (rules as EngineTables) : undefined;
}

/** A rule as the engine reads it: every field present, one object shape for all kinds. */
export interface EngineRule {
  readonly id: string;
  readonly kind: OfferRule['kind'];
  readonly negatable: boolean;
  readonly onNegated: string | undefined;
  readonly when: readonly { readonly all: readonly string[]; readonly none: readonly string[]; readonly within: 'clause' | 'sentence' | undefined }[];
  readonly suppresses: readonly string[];
  readonly unless: { readonly any: readonly string[]; readonly within: 'clause' | 'sentence' } | undefined;
  readonly firm: boolean;
  readonly context: boolean;
  readonly country: string | undefined;
  readonly dimension: OfferDimension | undefined;
  readonly strength: SignalStrength | undefined;
  readonly indicator: string | undefined;
  readonly advice: readonly AdviceCode[];
}

function engineRule(rule: OfferRule): EngineRule {
  return {
    id: rule.id,
    kind: rule.kind,
    negatable: rule.negatable ?? false,
    onNegated: rule.onNegated,
    when: (rule.when ?? []).map((c) => ({ all: c.all, none: c.none ?? [], within: c.within })),
    suppresses: rule.kind === 'flag' ? (rule.suppresses ?? []) : [],
    unless: rule.unless,
    firm: rule.kind === 'flag' ? (rule.firm ?? false) : false,
    context: rule.kind === 'flag' ? (rule.context ?? false) : false,
    country: rule.kind === 'cue' ? rule.country : undefined,
    dimension: rule.kind === 'flag' ? rule.dimension : undefined,
    strength: rule.kind === 'flag' ? rule.strength : undefined,
    indicator: rule.kind === 'flag' ? rule.indicator : undefined,
    advice: rule.kind === 'flag' ? rule.advice : [],
  };
}

/** `PrefixTrie.shapes`: a plain word's length is below this (`KEY_LENGTH` is 16); this bit marks a stem. */
export const SHAPE_STEM = 0x20;
/** `PrefixTrie.shapes` of a word with alternatives (see `Candidate.exactForms`). */
export const SHAPE_FORMS = 0x40;
/** `PrefixTrie.shapes` of a sequence of words (see `Candidate.words`). */
export const SHAPE_WORDS = 0x41;
/** `PrefixTrie.shapes` of a pattern matched by its RegExp. */
export const SHAPE_REGEXP = 0x80;

/** `PrefixTrie.items`: the bit of an item whose key has spelled one of the candidate's `prefixes`. */
export const ITEM_SPELLED = 1;

/** The bit of a chain record's second cell (see `PrefixTrie`). */
export const CHAIN = 0x4000_0000;

/** First units below this are looked up in a table at the root (all of Latin and Cyrillic). */
const ROOT_SPAN = 0x530;

/**
 * A prefix trie of keys. While it is built, each node links its children; `freeze` then packs it
 * into one typed array of records in depth-first order, so that a node's first child lies right
 * after it and a walk along a key reads memory that is close together, plus a table of the root's
 * children by first unit. A record at offset `o` is `[list, children × 2 + stem, unit, child, unit,
 * child, …]`: `list` is the number of the node's candidate list (0 when no key ends here), `stem`
 * is 1 when a `KEY_STEM` edge leaves it. Most of the trie is chains of nodes with one child and nothing else (the tails of
 * keys of up to 16 characters): a node with one child, not a stem, is a chain record
 * `[list, CHAIN | length × 2, unit, unit, …]`, its units running on through the nodes after it
 * that have no list and one child, to the first that has a list, a stem or not one child, whose
 * record comes next — a unit per node instead of four cells.
 *
 * Beside it, the candidates packed into typed arrays, so that the matcher reads an object only for
 * a candidate that may match: each distinct candidate has a number (its place in `candidates`);
 * list `l` is `items[listStart[l]]` up to `items[listStart[l + 1]]`, in the order its keys were added;
 * and per number, the word start it was last tried at (`stamps`) and its `shapes`.
 */
export class PrefixTrie {
  /**
   * While building, the trie lives in typed arrays, not in an array (and a list) per node: a page
   * compiling 210,000 nodes as small arrays kept the young generation full of objects that
   * survive, so each scavenge copied megabytes and took 40–130 ms in one piece (the preparation's
   * longest slices). Per node: the unit of the edge into it, its first and last child, its next
   * sibling, how many children it has, and its first and last item (0: none; node 0 is the root,
   * never a child). Per item (from 1): its candidate's build number, its `ITEM_SPELLED` flag and
   * the next item of its node.
   */
  #building = true;
  #nodes = 1;
  #unit = new Int32Array(1024);
  #first = new Int32Array(1024);
  #last = new Int32Array(1024);
  #next = new Int32Array(1024);
  #kidCount = new Int32Array(1024);
  #itemHead = new Int32Array(1024);
  #itemTail = new Int32Array(1024);
  #itemCount = 1;
  #itemCandidate = new Int32Array(1024);
  #itemFlag = new Uint8Array(1024);
  #itemNext = new Int32Array(1024);
  /** While building: the candidates in the order they were first added, and each one's place there. */
  #built: Candidate[] = [];
  #buildNumber = new Map<Candidate, number>();
  /** The root's children by first unit (below `ROOT_SPAN`), while building and after. */
  #root = new Int32Array(ROOT_SPAN);
  /** The packed node records (see the class comment); the root's record is at offset 0. */
  cells = new Int32Array(2);
  /** Every distinct candidate, by its number. */
  candidates: Candidate[] = [];
  /** Where each list's numbers start in `items`, and (last) where the last one ends; list 0 is unused. */
  listStart = new Int32Array(2);
  /** The candidates' numbers × 2, list after list, plus `ITEM_SPELLED` where the key has spelled a prefix (see `add`). */
  items = new Int32Array(0);
  /**
   * Per candidate number, the word start (a per-rule-set count, see `EngineTables.counter`) it was
   * last tried at: one reached by two keys runs once.
   */
  stamps = new Int32Array(0);
  /**
   * Per candidate number: for a plain word (see `Candidate.plainLength`), its length plus
   * `SHAPE_STEM` when letters may follow; `SHAPE_FORMS` for a word with alternatives;
   * `SHAPE_WORDS` for a sequence of words; `SHAPE_REGEXP` for the others.
   */
  shapes = new Uint8Array(0);
  /** Per candidate number, `Candidate.soleRule`. */
  soleRules = new Int32Array(0);

  /**
   * The child of `node` along `unit`, or 0 when there is none. After `freeze`, only for a record
   * that is not a chain (the matcher reads a chain's units itself).
   */
  child(node: number, unit: number): number {
    if (this.#building) return this.#buildingChild(node, unit);
    if (node === 0 && unit < ROOT_SPAN) return this.#root[unit]!;
    const cells = this.cells;
    for (let e = node + 2, end = e + (cells[node + 1]! & ~1); e < end; e += 2) if (cells[e] === unit) return cells[e + 1]!;
    return 0;
  }

  /**
   * Adds `candidate` under `key` (once). `spelled` says that reaching the key has spelled one of the
   * candidate's `prefixes`, so the matcher need not compare them there. Only before `freeze`.
   */
  add(key: string, candidate: Candidate, spelled: boolean): void {
    const node = this.#insert(key);
    let number = this.#buildNumber.get(candidate);
    if (number === undefined) {
      number = this.#built.length;
      this.#built.push(candidate);
      this.#buildNumber.set(candidate, number);
    }
    for (let i = this.#itemHead[node]!; i !== 0; i = this.#itemNext[i]!) if (this.#itemCandidate[i] === number) return;
    if (this.#itemCount === this.#itemCandidate.length) {
      const size = this.#itemCount * 2;
      this.#itemCandidate = grown(this.#itemCandidate, size);
      this.#itemNext = grown(this.#itemNext, size);
      const flags = new Uint8Array(size);
      flags.set(this.#itemFlag);
      this.#itemFlag = flags;
    }
    const item = this.#itemCount++;
    this.#itemCandidate[item] = number;
    this.#itemFlag[item] = spelled ? ITEM_SPELLED : 0;
    if (this.#itemHead[node] === 0) this.#itemHead[node] = item;
    else this.#itemNext[this.#itemTail[node]!] = item;
    this.#itemTail[node] = item;
  }

  /** Adds `key`'s path and returns the node it ends at. Only before `freeze`. */
  #insert(key: string): number {
    if (!this.#building) throw new Error('PrefixTrie: insert after freeze');
    prepareWork.units += key.length;
    let node = 0;
    for (let k = 0; k < key.length; k++) {
      const unit = key.charCodeAt(k);
      let next = this.#buildingChild(node, unit);
      if (next === 0) {
        if (this.#nodes === this.#unit.length) this.#grow();
        next = this.#nodes++;
        this.#unit[next] = unit;
        if (this.#first[node] === 0) this.#first[node] = next;
        else this.#next[this.#last[node]!] = next;
        this.#last[node] = next;
        this.#kidCount[node] = this.#kidCount[node]! + 1;
        if (node === 0 && unit < ROOT_SPAN) this.#root[unit] = next;
      }
      node = next;
    }
    return node;
  }

  #grow(): void {
    const size = this.#nodes * 2;
    this.#unit = grown(this.#unit, size);
    this.#first = grown(this.#first, size);
    this.#last = grown(this.#last, size);
    this.#next = grown(this.#next, size);
    this.#kidCount = grown(this.#kidCount, size);
    this.#itemHead = grown(this.#itemHead, size);
    this.#itemTail = grown(this.#itemTail, size);
  }

  /** Packs the trie for walking; no key can be added afterwards. */
  freeze(): void {
    const steps = this.freezeSteps();
    while (!steps.next().done);
  }

  /** `freeze` a slice at a time: yields every few thousand nodes (see `prepareOfferRules`). */
  *freezeSteps(): Generator<void, void> {
    if (!this.#building) return;
    const nodes = this.#nodes;
    const unitOf = this.#unit;
    const first = this.#first;
    const next = this.#next;
    const kidCount = this.#kidCount;
    const itemHead = this.#itemHead;
    // A node with one edge, not a stem: where a chain starts, or goes on when no list ends there.
    const single = (node: number) => node !== 0 && kidCount[node] === 1 && unitOf[first[node]!] !== KEY_STEM;
    // The packed size first, so that no array grows or is copied while packing: a node inside a
    // chain (no list, one child, and a parent with one child) is one cell of its chain's record.
    const inChain = new Uint8Array(nodes);
    for (let node = 0; node < nodes; node++) {
      if (node % 8192 === 8191) yield;
      prepareWork.units += 1;
      if (single(node)) inChain[first[node]!] = 1;
    }
    let size = 0;
    let edgeCells = 0;
    let listCount = 0;
    for (let node = 0; node < nodes; node++) {
      if (node % 8192 === 8191) yield;
      prepareWork.units += 1;
      edgeCells += 2 * kidCount[node]!;
      if (itemHead[node] !== 0) listCount += 1;
      if (inChain[node] === 1 && itemHead[node] === 0 && single(node)) size += 1;
      else size += 2 + (single(node) ? 1 : 2 * kidCount[node]!);
    }
    const cells = new Int32Array(size);
    let at = 0;
    /** The node of each list, in the order the records are written. */
    const listNode = new Int32Array(listCount + 1);
    let lists = 0;
    const offset = new Int32Array(nodes).fill(-1);
    /** Cells to fill with a child's offset once every record has one, as (cell, node) pairs. */
    const patches = new Int32Array(edgeCells);
    let patched = 0;
    // Depth first, each node's children in the order they were added, first child next; a chain
    // runs on to the first node that has a list, a stem or not one child, whose record follows it.
    const stack = new Int32Array(nodes);
    let depth = 0;
    stack[depth++] = 0;
    let done = 0;
    while (depth > 0) {
      if (++done % 2048 === 0) yield;
      const node = stack[--depth]!;
      prepareWork.units += 1;
      const record = at;
      offset[node] = record;
      if (itemHead[node] !== 0) listNode[++lists] = node;
      cells[at] = itemHead[node] !== 0 ? lists : 0;
      at += 2;
      if (single(node)) {
        let length = 0;
        let through = node;
        do {
          const kid = first[through]!;
          cells[at++] = unitOf[kid]!;
          length += 1;
          through = kid;
        } while (itemHead[through] === 0 && single(through));
        cells[record + 1] = CHAIN | (length << 1);
        stack[depth++] = through;
        continue;
      }
      let stem = 0;
      const from = depth;
      for (let kid = first[node]!; kid !== 0; kid = next[kid]!) {
        if (unitOf[kid] === KEY_STEM) stem = 1;
        cells[at] = unitOf[kid]!;
        patches[patched++] = at + 1;
        patches[patched++] = kid;
        at += 2;
        stack[depth++] = kid;
      }
      // The first child is taken next: the children go on the stack last first.
      for (let a = from, b = depth - 1; a < b; a++, b--) {
        const kid = stack[a]!;
        stack[a] = stack[b]!;
        stack[b] = kid;
      }
      cells[record + 1] = 2 * kidCount[node]! | stem;
    }
    yield;
    for (let p = 0; p < patched; p += 2) {
      if (p % 65536 === 65534) yield;
      prepareWork.units += 1;
      cells[patches[p]!] = offset[patches[p + 1]!]!;
    }
    yield;
    if (at !== size) throw new Error(`PrefixTrie: packed ${at} cells, counted ${size}`);
    for (let unit = 0; unit < ROOT_SPAN; unit++) if (this.#root[unit] !== 0) this.#root[unit] = offset[this.#root[unit]!]!;
    yield;
    // Candidates are numbered in the order their lists are written, as they first appear.
    const built = this.#built;
    const numberOf = new Int32Array(built.length).fill(-1);
    const candidates: Candidate[] = [];
    const listStart = new Int32Array(lists + 2);
    const items = new Int32Array(this.#itemCount - 1);
    let count = 0;
    for (let l = 1; l <= lists; l++) {
      if (l % 2048 === 0) yield;
      listStart[l] = count;
      for (let i = itemHead[listNode[l]!]!; i !== 0; i = this.#itemNext[i]!) {
        prepareWork.units += 1;
        const b = this.#itemCandidate[i]!;
        let number = numberOf[b]!;
        if (number < 0) {
          number = numberOf[b] = candidates.length;
          candidates.push(built[b]!);
        }
        items[count++] = number * 2 + this.#itemFlag[i]!;
      }
    }
    listStart[lists + 1] = count;
    const shapes = new Uint8Array(candidates.length);
    const soleRules = new Int32Array(candidates.length);
    for (const [number, candidate] of candidates.entries()) {
      shapes[number] =
        candidate.plainLength > 0
          ? candidate.plainLength + (candidate.plainStem ? SHAPE_STEM : 0)
          : candidate.exactForms !== undefined
            ? SHAPE_FORMS
            : candidate.words !== undefined
              ? SHAPE_WORDS
              : SHAPE_REGEXP;
      soleRules[number] = candidate.soleRule;
    }
    this.cells = cells;
    this.candidates = candidates;
    this.listStart = listStart;
    this.items = items;
    this.stamps = new Int32Array(candidates.length).fill(-1);
    this.shapes = shapes;
    this.soleRules = soleRules;
    this.#building = false;
    const none = new Int32Array(0);
    this.#unit = this.#first = this.#last = this.#next = this.#kidCount = this.#itemHead = this.#itemTail = none;
    this.#itemCandidate = this.#itemNext = none;
    this.#itemFlag = new Uint8Array(0);
    this.#built = [];
    this.#buildNumber.clear();
  }

  /** Every candidate in the trie, each once: after `freeze` in the order of their numbers. */
  all(): Candidate[] {
    return this.#building ? [...this.#built] : [...this.candidates];
  }

  #buildingChild(node: number, unit: number): number {
    if (node === 0 && unit < ROOT_SPAN) return this.#root[unit]!;
    for (let kid = this.#first[node]!; kid !== 0; kid = this.#next[kid]!) if (this.#unit[kid] === unit) return kid;
    return 0;
  }
}

/** `array` copied into a new one of `size` elements (the rest 0). */
function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(array);
  return out;
}
/** The rule set's outer shape; each rule is checked on its own with `offerRuleSchema`. */
const ruleSetShapeSchema = z.strictObject({
  version: offerRuleSetSchema.shape.version,
  rules: z.array(z.unknown()).check(z.minLength(1)),
  negators: offerRuleSetSchema.shape.negators,
});

function schemaError(error: z.core.$ZodError, issues: readonly z.core.$ZodIssue[]): OfferCheckError {
  const all = issues.length > 0 ? issues : error.issues;
  return new OfferCheckError(
    'offer-check/invalid-rules',
    `The offer rules do not match their schema:\n${z.prettifyError(error)}`,
    all.map((i) => `${i.path.join('.')}: ${i.message}`),
    { cause: error },
  );
}

/**
 * Negations whose Latin spelling is an everyday English word (Russian "net" pay, "ni", Tajik "be"): read in
 * Cyrillic only, or "450 EUR net" would negate the fee before it.
 */
const cyrillicOnlyNegations = new Set(['нет', 'ни', 'бе']);

/**
 * The spellings a pattern is matched in: its own, and the other script — Latin for Russian,
 * Tajik, Kazakh and Kyrgyz written in Cyrillic (people type them on Latin keyboards), Cyrillic for
 * Uzbek written in Latin.
 */
/** The spellings a pattern of a language is matched in: as written, and its other script where the language has one. */
export function variants(lang: OfferLanguage, nodes: PatternNode[], pattern = ''): PatternNode[][] {
  const out = [nodes];
  let other: PatternNode[] | null = null;
  if (lang === 'kk' || lang === 'ky') other = kazakhLatinVariant(nodes);
  else if (lang === 'uz') other = uzbekCyrillicVariant(nodes);
  else if ((lang === 'ru' || lang === 'tg') && !cyrillicOnlyNegations.has(pattern)) other = cyrillicLatinVariant(nodes, lang === 'tg');
  if (other) out.push(other);
  return out;
}

/**
 * Checks and compiles a rule set. With `eager`, every RegExp is built now (tests do this, so a
 * pattern that does not compile fails there); otherwise each RegExp, and its source, is built the
 * first time a text reaches it. Throws `OfferCheckError` (`offer-check/invalid-rules`) listing
 * every problem: schema errors, unknown or later references in `when`, `onNegated` that is not a
 * reassurance, patterns that do not compile, answers mapped to rules that do not exist.
 */
export function compileOfferRules(input: OfferRuleSet | unknown, options: { eager?: boolean } = {}): CompiledOfferRules {
  const steps = compileSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `compileOfferRules` one pattern at a time: yields before each, so a caller can spread the work
 * over idle moments (see `prepareOfferRules`). Throws as `compileOfferRules` does.
 */
export function* compileSteps(input: OfferRuleSet | unknown, options: { eager?: boolean } = {}): Generator<void, CompiledOfferRules> {
  // The schema is checked rule by rule (the same checks as offerRuleSetSchema), so that the work
  // can be spread out; every problem is reported together.
  const outer = ruleSetShapeSchema.safeParse(input);
  if (!outer.success) throw schemaError(outer.error, []);
  // In a fresh page the first schema checks also set zod up: the longest step of the preparation
  // until it was split from the first rule's.
  yield;
  const rules: OfferRule[] = [];
  const problems: z.core.$ZodIssue[] = [];
  for (const [i, raw] of outer.data.rules.entries()) {
    const rule = offerRuleSchema.safeParse(raw);
    if (rule.success) rules.push(rule.data);
    else problems.push(...rule.error.issues.map((issue) => ({ ...issue, path: ['rules', i, ...issue.path] })));
    yield;
  }
  if (problems.length > 0) throw schemaError(new z.core.$ZodError(problems), problems);
  const set: OfferRuleSet = { version: outer.data.version, rules, negators: outer.data.negators };
  const issues: string[] = [];
  const indexOf = new Map<string, number>();
  const kinds = new Map<string, OfferRule['kind']>();
  for (const [i, rule] of set.rules.entries()) {
    if (indexOf.has(rule.id)) issues.push(`rules.${i}: the id "${rule.id}" is used twice`);
    indexOf.set(rule.id, i);
    kinds.set(rule.id, rule.kind);
  }
  const extractors = new Set<string>(extractorSignals);

  // One candidate per distinct pattern source; each key of it leads to the same candidate. Its keys
  // go into the trie as it is made (a list of every key and its candidate, kept until the end, was
  // 60,000 pairs more for the young generation to copy).
  const bySource = new Map<string, Candidate>();
  const trie = new PrefixTrie();
  let patternCount = 0;
  function* addPatterns(ruleIndex: number, where: string, patterns: LanguagePatterns | undefined): Generator<void, void> {
    for (const [lang, list] of Object.entries(patterns ?? {}) as [OfferLanguage, string[]][]) {
      for (const [p, pattern] of list.entries()) {
        yield;
        try {
          const nodes = parsePattern(pattern);
          for (const [v, variant] of variants(lang, nodes, pattern).entries()) {
            // Each spelling is a step of its own: a bridged spelling's key walks are the longest
            // part of compiling a pattern.
            if (v > 0) yield;
            const keys = patternKeys(pattern, variant);
            const source = toRegexSource(variant);
            patternCount += 1;
            let candidate = bySource.get(source);
            if (candidate) {
              if (!candidate.rules.includes(ruleIndex)) candidate.rules.push(ruleIndex);
              continue;
            }
            candidate = new Candidate(variant, [ruleIndex], hasGap(variant), isOneWord(variant));
            if (options.eager) void candidate.re;
            bySource.set(source, candidate);
            for (const key of keys) trie.add(key, candidate, spellsPrefix(key, candidate.prefixes));
          }
        } catch (error) {
          const reason = error instanceof PatternSyntaxError ? error.message : `pattern "${pattern}": ${String(error)}`;
          issues.push(`${where}.patterns.${lang}.${p}: ${reason}`);
        }
      }
    }
  }

  for (const [i, rule] of set.rules.entries()) {
    const where = `rules.${i} (${rule.id})`;
    yield* addPatterns(i, where, rule.patterns);
    for (const [c, conjunction] of (rule.when ?? []).entries()) {
      for (const ref of [...conjunction.all, ...(conjunction.none ?? [])]) {
        const at = indexOf.get(ref);
        if (!extractors.has(ref) && (at === undefined || at >= i)) {
          issues.push(`${where}.when.${c}: "${ref}" is not an extractor signal or a rule defined before this one`);
        }
      }
    }
    for (const ref of rule.unless?.any ?? []) {
      const at = indexOf.get(ref);
      if (!extractors.has(ref) && (at === undefined || at >= i)) issues.push(`${where}.unless: "${ref}" is not an extractor signal or a rule defined before this one`);
    }
    if (rule.onNegated && kinds.get(rule.onNegated) !== 'reassurance') {
      issues.push(`${where}.onNegated: "${rule.onNegated}" is not a reassurance rule`);
    }
    if (rule.onNegated && !rule.negatable) issues.push(`${where}.onNegated: the rule is not negatable`);
    if (rule.kind === 'flag') {
      for (const s of rule.suppresses ?? []) {
        if (kinds.get(s) !== 'flag') issues.push(`${where}.suppresses: "${s}" is not a flag rule`);
      }
    }
  }
  yield* addPatterns(NEGATOR_BEFORE, 'negators.before', set.negators.before);
  yield* addPatterns(NEGATOR_AFTER, 'negators.after', set.negators.after);
  yield* addPatterns(NEGATOR_WARNING, 'negators.warnings', set.negators.warnings);

  for (const question of offerQuestions as readonly OfferQuestion[]) {
    for (const [answer, effect] of Object.entries(question.effects)) {
      if (effect?.flag && kinds.get(effect.flag) !== 'flag') issues.push(`questions.${question.id}.${answer}: no flag rule "${effect.flag}"`);
      if (effect?.reassurance && kinds.get(effect.reassurance) !== 'reassurance') {
        issues.push(`questions.${question.id}.${answer}: no reassurance rule "${effect.reassurance}"`);
      }
    }
  }

  if (issues.length > 0) {
    throw new OfferCheckError('offer-check/invalid-rules', `The offer rules have ${issues.length} problem(s):\n${issues.join('\n')}`, issues);
  }

  // A gap in a negatable rule never skips a negation: every one-word negation, in every spelling.
  const negationWords: PatternNode[][] = [];
  for (const list of [set.negators.before, set.negators.after]) {
    for (const [lang, patterns] of Object.entries(list ?? {}) as [OfferLanguage, string[]][]) {
      for (const pattern of patterns) negationWords.push(...variants(lang, parsePattern(pattern), pattern));
      yield;
    }
  }
  const guard = gapGuard(negationWords);
  for (const candidate of bySource.values()) if (candidate.rules.length === 1) candidate.soleRule = candidate.rules[0]!;
  yield;
  yield* trie.freezeSteps();
  const tables: EngineTables = {
    version: set.version,
    rules: set.rules,
    patternCount,
    engineRules: set.rules.map(engineRule),
    indexOf,
    trie,
    guard,
    counter: { value: 0 },
  };
  compiled.add(tables);
  return tables;
}

/**
 * Whether a text whose key reading is `key` starts with one of `prefixes`: when the key starts with
 * a prefix made only of units the key alphabet reads as themselves (no digit, no separator), the
 * text has those very units there.
 */
export function spellsPrefix(key: string, prefixes: readonly string[] | undefined): boolean {
  if (prefixes === undefined) return false;
  outer: for (const prefix of prefixes) {
    if (prefix.length === 0 || !key.startsWith(prefix)) continue;
    for (let i = 0; i < prefix.length; i++) {
      const u = prefix.charCodeAt(i);
      if (u === 0 || u === KEY_STEM || u === 0x0a || (u >= 0x30 && u <= 0x39) || isKeySeparator(u)) continue outer;
    }
    return true;
  }
  return false;
}

/** Every candidate of a compiled rule set, once: for tests and tools. */
export function allCandidates(rules: CompiledOfferRules): Candidate[] {
  return engineTables(rules)?.trie.all() ?? [];
}
