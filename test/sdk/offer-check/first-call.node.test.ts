// The first check in a process must give what every later check gives. This file makes its own
// process's first call (the test runner starts one process per file): the engine normalises a text
// into buffers that the next normalisation reuses, so anything it normalises lazily mid-check (the
// list words of a negation over a list were, on first use) moved that first call's evidence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer } from '../../../src/sdk/index.js';

test('the first check in a process quotes the same evidence as every later one (an invisible mark before a reassurance, a negated list after it)', () => {
  const text = '\u200Fтрудовой договор. Без залога, предоплаты и комиссий.';
  const first = checkOffer(text);
  const later = checkOffer(text);
  assert.deepEqual(first, later);
  const contract = first.reassurances.find((r) => r.id === 'written-contract');
  assert.deepEqual(contract?.evidence, [{ start: 1, end: 17, text: 'трудовой договор' }]);
});
