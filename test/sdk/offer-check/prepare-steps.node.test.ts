// A file of its own: it needs a process in which the bundled rules have not been compiled yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareOfferRules } from '../../../src/sdk/index.js';
import { prepareWork } from '../../../src/sdk/offer-check/pattern.js';

// The idle-time preparation must stay cut into small steps as the rules grow: no step may walk more
// than one spelling's keys, pack more than a few thousand trie nodes or check more than one warm-up
// text. Timing cannot show this on a shared machine, so the engine counts its elementary operations
// (`prepareWork`: a key walk's calls, a trie unit, node or packed cell, a warm-up text's characters,
// a RegExp source's length) and each step is held to a bound. The bound is about one key walk's
// budget plus the trie's inserts of its keys: a spelling walked at several lengths, or a freeze loop
// that does not yield, goes past it.
const MOST_UNITS_PER_STEP = 40_000;

test('every step of prepareOfferRules does a bounded amount of work', () => {
  const per: number[] = [];
  for (;;) {
    const before = prepareWork.units;
    // A budget of 0 takes exactly one step per call.
    const done = prepareOfferRules(0);
    per.push(prepareWork.units - before);
    if (done) break;
  }
  const most = Math.max(...per);
  const total = per.reduce((a, b) => a + b, 0);
  assert.ok(per.length > 5_000, `${per.length} steps`);
  assert.ok(total > 1_000_000, `${total} units: the count follows the work`);
  assert.ok(most <= MOST_UNITS_PER_STEP, `a step did ${most} units of work (at most ${MOST_UNITS_PER_STEP})`);
});
