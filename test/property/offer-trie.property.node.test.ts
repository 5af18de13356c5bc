import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bundledOfferRules } from '../../src/sdk/offer-check/check.js';
import { CHAIN, Candidate, ITEM_SPELLED, PrefixTrie, SHAPE_FORMS, SHAPE_REGEXP, SHAPE_STEM, SHAPE_WORDS, allCandidates, engineTables, spellsPrefix } from '../../src/sdk/offer-check/compile.js';
import type { EngineTables } from '../../src/sdk/offer-check/compile.js';
import { KEY_STEM, parsePattern, patternKeys } from '../../src/sdk/offer-check/pattern.js';

// The trie is built in typed arrays (speed round 6: the per-node arrays and lists of the build kept
// the young generation full, so the preparation's scavenges were long). The packed result must be
// the same: the builder as it was before, kept here only as the oracle, is fed the same keys in the
// same order, and every packed array — records, root table, lists, items, shapes, rules — and the
// candidates' numbering must be equal, on the bundled rules and on random and hostile key sets
// (long shared prefixes, chains, stems, many children at one node, one key repeated).

/** The root table's span, as compile.ts has it. */
const ROOT_SPAN = 0x530;

class OldPrefixTrie {
  /** While building: the candidates whose key ends at each node (node 0 is the root). */
  #here: (Candidate[] | undefined)[] | undefined = [undefined];
  /** While building: each node's children as [unit, child, unit, child, …]. */
  #kids: number[][] | undefined = [[]];
  #root = new Int32Array(ROOT_SPAN);
  /** The packed node records (see the class comment); the root's record is at offset 0. */
  cells = new Int32Array(2);
  /** The candidate lists that `cells` index; `lists[0]` is unused. */
  lists: Candidate[][] = [[]];
  /** Every distinct candidate, by its number. */
  candidates: Candidate[] = [];
  /** Where each list's numbers start in `items`, and (last) where the last one ends. */
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
    if (this.#kids) return this.#buildingChild(node, unit);
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
    const here = this.insert(key);
    if (here.includes(candidate)) return;
    here.push(candidate);
    let flags = this.#spelled.get(here);
    if (!flags) this.#spelled.set(here, (flags = []));
    flags.push(spelled ? ITEM_SPELLED : 0);
  }

  /** While building: per candidate list, `ITEM_SPELLED` or 0 for each of its candidates (see `add`). */
  #spelled = new Map<Candidate[], number[]>();

  /** Adds `key`'s path and returns the candidates whose key it is, to add to. Only before `freeze`. */
  insert(key: string): Candidate[] {
    const kids = this.#kids;
    const here = this.#here;
    if (!kids || !here) throw new Error('PrefixTrie: insert after freeze');
    let node = 0;
    for (let k = 0; k < key.length; k++) {
      const unit = key.charCodeAt(k);
      let next = this.#buildingChild(node, unit);
      if (next === 0) {
        next = here.length;
        here.push(undefined);
        kids.push([]);
        kids[node]!.push(unit, next);
      }
      node = next;
    }
    return (here[node] ??= []);
  }

  /** Packs the trie for walking; no key can be added afterwards. */
  freeze(): void {
    const steps = this.freezeSteps();
    while (!steps.next().done);
  }

  /** `freeze` a slice at a time: yields every few thousand nodes (see `prepareOfferRules`). */
  *freezeSteps(): Generator<void, void> {
    const kids = this.#kids;
    const here = this.#here;
    if (!kids || !here) return;
    // A node with one edge, not a stem: where a chain starts, or goes on when no list ends there.
    const single = (node: number) => node !== 0 && kids[node]!.length === 2 && kids[node]![0] !== KEY_STEM;
    // The packed size first, so that no array grows or is copied while packing: a node inside a
    // chain (no list, one child, and a parent with one child) is one cell of its chain's record.
    const inChain = new Uint8Array(kids.length);
    for (let node = 0; node < kids.length; node++) {
      if (node % 8192 === 8191) yield;
      if (single(node)) inChain[kids[node]![1]!] = 1;
    }
    let size = 0;
    let edgeCells = 0;
    for (let node = 0; node < kids.length; node++) {
      if (node % 8192 === 8191) yield;
      edgeCells += kids[node]!.length;
      if (inChain[node] === 1 && here[node] === undefined && single(node)) size += 1;
      else size += 2 + (single(node) ? 1 : kids[node]!.length);
    }
    const cells = new Int32Array(size);
    let at = 0;
    const lists: Candidate[][] = [[]];
    const offset = new Int32Array(kids.length).fill(-1);
    /** Cells to fill with a child's offset once every record has one, as (cell, node) pairs. */
    const patches = new Int32Array(edgeCells);
    let patched = 0;
    // Depth first, each node's children in the order they were added, first child next; a chain
    // runs on to the first node that has a list, a stem or not one child, whose record follows it.
    const stack = [0];
    let done = 0;
    while (stack.length > 0) {
      if (++done % 2048 === 0) yield;
      const node = stack.pop()!;
      const record = at;
      offset[node] = record;
      const list = here[node];
      if (list) lists.push(list);
      cells[at] = list ? lists.length - 1 : 0;
      at += 2;
      if (single(node)) {
        let length = 0;
        let next = node;
        do {
          cells[at++] = kids[next]![0]!;
          length += 1;
          next = kids[next]![1]!;
        } while (here[next] === undefined && single(next));
        cells[record + 1] = CHAIN | (length << 1);
        stack.push(next);
        continue;
      }
      const edges = kids[node]!;
      let stem = 0;
      for (let k = 0; k < edges.length; k += 2) {
        if (edges[k] === KEY_STEM) stem = 1;
        cells[at] = edges[k]!;
        patches[patched++] = at + 1;
        patches[patched++] = edges[k + 1]!;
        at += 2;
      }
      cells[record + 1] = edges.length | stem;
      for (let k = edges.length - 2; k >= 0; k -= 2) stack.push(edges[k + 1]!);
    }
    yield;
    for (let p = 0; p < patched; p += 2) {
      if (p % 65536 === 65534) yield;
      cells[patches[p]!] = offset[patches[p + 1]!]!;
    }
    yield;
    if (at !== size) throw new Error(`PrefixTrie: packed ${at} cells, counted ${size}`);
    const rootEdges = kids[0]!;
    for (let k = 0; k < rootEdges.length; k += 2) if (rootEdges[k]! < ROOT_SPAN) this.#root[rootEdges[k]!] = offset[rootEdges[k + 1]!]!;
    yield;
    const numbers = new Map<Candidate, number>();
    const candidates: Candidate[] = [];
    const listStart = new Int32Array(lists.length + 1);
    let count = 0;
    for (let l = 1; l < lists.length; l++) count += lists[l]!.length;
    const items = new Int32Array(count);
    count = 0;
    for (let l = 1; l < lists.length; l++) {
      if (l % 2048 === 0) yield;
      listStart[l] = count;
      const flags = this.#spelled.get(lists[l]!);
      for (const [position, candidate] of lists[l]!.entries()) {
        let number = numbers.get(candidate);
        if (number === undefined) {
          number = candidates.length;
          numbers.set(candidate, number);
          candidates.push(candidate);
        }
        items[count++] = number * 2 + (flags?.[position] ?? 0);
      }
    }
    listStart[lists.length] = count;
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
    this.lists = lists;
    this.candidates = candidates;
    this.listStart = listStart;
    this.items = items;
    this.stamps = new Int32Array(candidates.length).fill(-1);
    this.shapes = shapes;
    this.soleRules = soleRules;
    this.#kids = undefined;
    this.#here = undefined;
    this.#spelled.clear();
  }

  /** Every candidate in the trie. */
  all(): Candidate[] {
    return (this.#here ?? this.lists).flatMap((list) => list ?? []);
  }

  #buildingChild(node: number, unit: number): number {
    const list = this.#kids![node]!;
    for (let k = 0; k < list.length; k += 2) if (list[k] === unit) return list[k + 1]!;
    return 0;
  }
}


/** Feeds both builders the same adds and returns them frozen. */
function both(adds: readonly [string, Candidate, boolean][]): [PrefixTrie, OldPrefixTrie] {
  const now = new PrefixTrie();
  const before = new OldPrefixTrie();
  for (const [key, candidate, spelled] of adds) {
    now.add(key, candidate, spelled);
    before.add(key, candidate, spelled);
  }
  now.freeze();
  before.freeze();
  return [now, before];
}

function assertSame(now: PrefixTrie, before: OldPrefixTrie, what: string): void {
  assert.deepEqual(now.cells, before.cells, `${what}: records`);
  assert.deepEqual(now.listStart, before.listStart, `${what}: list starts`);
  assert.deepEqual(now.items, before.items, `${what}: items`);
  assert.deepEqual(now.shapes, before.shapes, `${what}: shapes`);
  assert.deepEqual(now.soleRules, before.soleRules, `${what}: rules`);
  assert.deepEqual(now.stamps, before.stamps, `${what}: stamps`);
  assert.equal(now.candidates.length, before.candidates.length, `${what}: candidates`);
  for (let k = 0; k < now.candidates.length; k++) assert.equal(now.candidates[k], before.candidates[k], `${what}: candidate ${k}`);
  assert.deepEqual(now.all(), [...new Set(before.all())], `${what}: all()`);
  for (let unit = 0; unit < 0x600; unit++) assert.equal(now.child(0, unit), before.child(0, unit), `${what}: the root's child along ${unit}`);
  assert.equal(now.child(0, 0xffff), before.child(0, 0xffff), `${what}: a unit past the root table`);
}

test('the bundled rules: the trie compiling made equals the one the old builder makes of the same keys', () => {
  const tables = engineTables(bundledOfferRules()) as EngineTables;
  const adds: [string, Candidate, boolean][] = [];
  // The compiler adds each new candidate's keys as it makes it; candidates are numbered (serial) as made.
  for (const candidate of allCandidates(bundledOfferRules()).sort((a, b) => a.serial - b.serial)) {
    for (const key of patternKeys('', candidate.nodes)) adds.push([key, candidate, spellsPrefix(key, candidate.prefixes)]);
  }
  const before = new OldPrefixTrie();
  for (const [key, candidate, spelled] of adds) before.add(key, candidate, spelled);
  before.freeze();
  assert.ok(adds.length > 20_000, `${adds.length} keys`);
  assert.ok(tables.trie.cells.length > 100_000);
  assertSame(tables.trie, before, 'bundled');
});

/** Candidates of every shape, to hang on random keys. */
const pool = ['агент', 'паспорт*', 'виз(а|у|ы)', '# лет', 'no fee', 'билет* ~ (оплат*|бесплат*)', 'hr', 'x'].map(
  (pattern, k) => new Candidate(parsePattern(pattern), k % 3 === 0 ? [k, k + 1] : [k], pattern.includes('~'), !pattern.includes(' ')),
);
for (const candidate of pool) if (candidate.rules.length === 1) candidate.soleRule = candidate.rules[0]!;

test('random and hostile key sets: the same packed trie as the old builder', () => {
  // Small alphabets so that keys share prefixes, chains and branch points; a stem, a separator, a
  // digit mark, units past the root table.
  const unit = fc.constantFrom('а', 'б', 'в', 'a', 'b', ' ', '#', String.fromCharCode(KEY_STEM), '\u0600', '\uffff');
  const key = fc.array(unit, { minLength: 1, maxLength: 20 }).map((units) => units.join(''));
  const add = fc.tuple(key, fc.integer({ min: 0, max: pool.length - 1 }), fc.boolean());
  fc.assert(
    fc.property(fc.array(add, { minLength: 1, maxLength: 300 }), (raw) => {
      const adds = raw.map(([k, c, s]) => [k, pool[c]!, s] as [string, Candidate, boolean]);
      const [now, before] = both(adds);
      assertSame(now, before, JSON.stringify(raw).slice(0, 200));
    }),
    { numRuns: 400 },
  );
  // Hostile: one long chain with a list at every node; one node with 1,500 children; one key
  // added 500 times by different and the same candidates; keys that run through stems only.
  const chain = Array.from({ length: 60 }, (_, k) => ['я'.repeat(k + 1), pool[k % pool.length]!, k % 2 === 0] as [string, Candidate, boolean]);
  const wide = Array.from({ length: 1500 }, (_, k) => [`ж${String.fromCharCode(0x400 + k)}`, pool[k % pool.length]!, false] as [string, Candidate, boolean]);
  const same = Array.from({ length: 500 }, (_, k) => ['один', pool[k % 3]!, k % 5 === 0] as [string, Candidate, boolean]);
  const stems = Array.from({ length: 200 }, (_, k) => [`ш${String.fromCharCode(KEY_STEM)}${'щ'.repeat(k % 7)}${String.fromCharCode(KEY_STEM)}`, pool[k % pool.length]!, true] as [string, Candidate, boolean]);
  for (const [name, adds] of Object.entries({ chain, wide, same, stems, all: [...chain, ...wide, ...same, ...stems] })) {
    const [now, before] = both(adds);
    assertSame(now, before, name);
  }
});
