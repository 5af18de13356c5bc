// A file of its own: it needs a process in which the bundled rules have not been compiled yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer, prepareOfferRules } from '../../../src/sdk/index.js';

test('prepareOfferRules does the work in slices until it says it is done, and checks agree with it', () => {
  let calls = 0;
  for (; calls < 10; calls += 1) assert.equal(prepareOfferRules(0), false);
  // A check half-way through finishes what it needs by itself.
  assert.equal(checkOffer('Free ticket, tourist visa, no contract.').level, 'high');
  while (!prepareOfferRules(0)) calls += 1;
  assert.ok(calls > 50, `${calls} slices: the work was split`);
  assert.equal(prepareOfferRules(0), true, 'once done, it stays done');
  const result = checkOffer('Предоплата 100$ на карту 8600 1295 4001 4952, паспорт хранится у работодателя.');
  assert.equal(result.level, 'high');
});
