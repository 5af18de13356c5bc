import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { levelBands, meetsCombinationRule, scoreSignals } from '../../../src/sdk/index.js';
import type { ScoredSignal, SignalStrength } from '../../../src/sdk/index.js';

const signal = (strength: SignalStrength, indicator = `i-${Math.random()}`, firm = false): ScoredSignal => ({ indicator, strength, firm });

test('the ILO/EC combination rule: 2 strong, 1 strong + another, 3 medium, or 2 medium + 1 weak', () => {
  assert.equal(meetsCombinationRule(2, 0, 0), true);
  assert.equal(meetsCombinationRule(1, 0, 1), true);
  assert.equal(meetsCombinationRule(1, 1, 0), true);
  assert.equal(meetsCombinationRule(0, 3, 0), true);
  assert.equal(meetsCombinationRule(0, 2, 1), true);
  assert.equal(meetsCombinationRule(1, 0, 0), false);
  assert.equal(meetsCombinationRule(0, 2, 0), false);
  assert.equal(meetsCombinationRule(0, 1, 5), false);
  assert.equal(meetsCombinationRule(0, 0, 9), false);
});

test('weak signals alone are never high, and need three to make medium', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 5 }), (weak, reassurances) => {
      const { level } = scoreSignals(Array.from({ length: weak }, () => signal('weak')), reassurances);
      assert.notEqual(level, 'high');
      if (weak < 3) assert.equal(level, 'low');
    }),
  );
});

test('two signals of one indicator count once, at the stronger strength', () => {
  assert.equal(scoreSignals([signal('medium', 'looks'), signal('weak', 'looks'), signal('medium', 'contract')], 0).level, 'medium');
  assert.equal(scoreSignals([signal('medium', 'a'), signal('weak', 'b'), signal('medium', 'c')], 0).level, 'high');
});

test('reassurances lower a lone medium signal, never a firm one, never a strong one, never high', () => {
  assert.equal(scoreSignals([signal('medium')], 2).level, 'low');
  assert.equal(scoreSignals([signal('medium', 'fee', true)], 3).level, 'medium');
  assert.equal(scoreSignals([signal('strong')], 3).level, 'medium');
  assert.equal(scoreSignals([signal('medium'), signal('medium'), signal('medium')], 3).level, 'high');
});

test('the score always lies in its level band', () => {
  const strengths = fc.constantFrom<SignalStrength>('strong', 'medium', 'weak');
  fc.assert(
    fc.property(fc.array(fc.tuple(strengths, fc.boolean()), { maxLength: 12 }), fc.integer({ min: 0, max: 6 }), (list, reassurances) => {
      const { level, score } = scoreSignals(list.map(([s, firm]) => signal(s, undefined, firm)), reassurances);
      const [min, max] = levelBands[level];
      assert.ok(score >= min && score <= max, `${level} ${score}`);
    }),
  );
});

test('adding a signal never lowers the level', () => {
  const order = { low: 0, medium: 1, high: 2 };
  const strengths = fc.constantFrom<SignalStrength>('strong', 'medium', 'weak');
  fc.assert(
    fc.property(fc.array(strengths, { maxLength: 8 }), strengths, fc.integer({ min: 0, max: 4 }), (list, extra, reassurances) => {
      const base = list.map((s) => signal(s));
      const before = scoreSignals(base, reassurances).level;
      const after = scoreSignals([...base, signal(extra)], reassurances).level;
      assert.ok(order[after] >= order[before], `${before} → ${after}`);
    }),
  );
});

test('a vulnerable profile targeted, with deception and coercion beside it, is high though the other two are weak', () => {
  const s = (strength: SignalStrength, dimension: ScoredSignal['dimension']): ScoredSignal => ({ indicator: `i-${Math.random()}`, strength, dimension });
  const targeting = s('medium', 'abuse-of-vulnerability');
  assert.equal(scoreSignals([targeting, s('weak', 'deceptive-recruitment'), s('weak', 'coercive-recruitment')], 0).level, 'high');
  // Two dimensions only, or the targeting only weak (haste), or the medium signal elsewhere: medium.
  assert.equal(scoreSignals([targeting, s('weak', 'deceptive-recruitment'), s('weak', 'deceptive-recruitment')], 0).level, 'medium');
  assert.equal(scoreSignals([s('weak', 'abuse-of-vulnerability'), s('medium', 'coercive-recruitment'), s('weak', 'deceptive-recruitment')], 0).level, 'medium');
  assert.equal(scoreSignals([targeting, s('weak', 'coercive-recruitment')], 0).level, 'medium');
});

test('weak context (a messenger-only contact, haste) adds towards medium but never lifts to high', () => {
  const context = (dimension: ScoredSignal['dimension']): ScoredSignal => ({ indicator: `c-${Math.random()}`, strength: 'weak', context: true, dimension });
  assert.equal(scoreSignals([signal('medium'), signal('medium'), context('deceptive-recruitment')], 0).level, 'medium');
  assert.equal(scoreSignals([signal('strong'), context('deceptive-recruitment'), context('abuse-of-vulnerability')], 0).level, 'medium');
  // Nor does it make up the third dimension of a targeted profile.
  const targeting: ScoredSignal = { indicator: 'profile', strength: 'medium', dimension: 'abuse-of-vulnerability' };
  assert.equal(scoreSignals([targeting, { indicator: 'ticket', strength: 'weak', dimension: 'deceptive-recruitment' }, context('coercive-recruitment')], 0).level, 'medium');
  // Its points still count: three weak signs, one of them context, make medium.
  assert.equal(scoreSignals([signal('weak'), signal('weak'), context('deceptive-recruitment')], 0).level, 'medium');
  // A real weak indicator beside it lifts as before.
  assert.equal(scoreSignals([signal('medium'), signal('medium'), context('deceptive-recruitment'), signal('weak')], 0).level, 'high');
});

test('adding context never changes whether the combination rule holds', () => {
  const strengths = fc.constantFrom<SignalStrength>('strong', 'medium', 'weak');
  fc.assert(
    fc.property(fc.array(strengths, { maxLength: 8 }), fc.integer({ min: 1, max: 4 }), (list, n) => {
      const base = list.map((s) => signal(s));
      const context = Array.from({ length: n }, (): ScoredSignal => ({ indicator: `c-${Math.random()}`, strength: 'weak', context: true }));
      const before = scoreSignals(base, 0).level;
      const after = scoreSignals([...base, ...context], 0).level;
      assert.equal(after === 'high', before === 'high', `${before} → ${after}`);
    }),
  );
});

test('a strong coercion at destination that the offer announces is high alone; another strong sign alone is not', () => {
  // Passport kept, no leaving, a debt worked off: dimension 2 (medium) and dimension 5 (strong) at once.
  for (const indicator of ['confiscation-of-documents', 'isolation-confinement-surveillance', 'debt-bondage']) {
    assert.equal(scoreSignals([signal('strong', indicator)], 0).level, 'high', indicator);
    assert.equal(scoreSignals([signal('strong', indicator)], 3).level, 'high', `${indicator}, reassured`);
  }
  // The same indicators at recruitment strength (a passport copy, a cost deducted) are not announced coercion.
  assert.equal(scoreSignals([signal('weak', 'confiscation-of-documents')], 0).level, 'low');
  assert.equal(scoreSignals([signal('medium', 'debt-bondage', true)], 0).level, 'medium');
  // A strong deception (a military contract under a job's name, a sex-industry hint) still needs another sign.
  assert.equal(scoreSignals([signal('strong', 'deceived-nature-of-job')], 0).level, 'medium');
  assert.equal(scoreSignals([signal('strong', 'recruitment-of-children')], 0).level, 'medium');
});
